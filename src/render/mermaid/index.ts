// Mermaid sources of every diagram: pure, synchronous and deterministic. The
// same text is written to diagrams/NAME.mmd and embedded in the documents.
import type { Model } from '../../model/types.js';
import { DIAGRAM_NAMES, type DiagramName, type DiagramSource } from '../types.js';
import { costProjection, weightedScores } from './charts.js';
import { decisionTree } from './decision.js';
import { withAccessibility } from './accessibility.js';
import { describeDiagram } from './describe.js';
import { IconCollector } from './graph.js';
import { defenseInDepth } from './defense.js';
import { networkArchitecture, providerOf } from './network.js';
import { referenceArchitecture } from './reference.js';
import { referenceParts } from './reference-parts.js';
import { printedAsParts } from './print-parts.js';
import { deploymentRoadmap } from './roadmap.js';
import { deploymentPipeline, incidentWorkflow } from './workflows.js';

export { diagramLimitDiagnostics, MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE } from './limits.js';

const DIAGRAMS: Readonly<Record<DiagramName, { title: string; render: (model: Model) => string }>> = {
  'reference-architecture': { title: 'Reference architecture', render: referenceArchitecture },
  'network-architecture': { title: 'Network architecture', render: networkArchitecture },
  'defense-in-depth': { title: 'Defense in depth', render: defenseInDepth },
  'decision-tree': { title: 'Platform decision tree', render: decisionTree },
  'weighted-scores': { title: 'Weighted platform scores', render: weightedScores },
  'cost-projection': { title: '24-month cost projection', render: costProjection },
  'deployment-roadmap': { title: 'Deployment roadmap', render: deploymentRoadmap },
  'deployment-pipeline': { title: 'Deployment pipeline', render: deploymentPipeline },
  'incident-workflow': { title: 'Incident workflow', render: incidentWorkflow },
};

/**
 * The two diagrams an architect draws with service icons. GitHub renders a
 * markdown mermaid block without icon packs, so the icons are not Mermaid
 * text: the generator notes each node's icon and the renderer adds them to
 * the laid-out picture (SVG, PNG, PDF, deck), on the same layout the .mmd gives.
 */
const ICONED: Readonly<Partial<Record<DiagramName, (model: Model, icons: IconCollector) => string>>> = {
  'reference-architecture': (model, icons) => referenceArchitecture(model, icons),
  'network-architecture': (model, icons) => networkArchitecture(model, icons),
};

/** One diagram's Mermaid text, exactly as written to NAME.mmd (the review diff shows it before and after). */
export function diagramSource(model: Model, name: DiagramName): string {
  return withAccessibility(DIAGRAMS[name].render(model), DIAGRAMS[name].title, describeDiagram(name, model));
}

export function renderDiagramSources(model: Model): DiagramSource[] {
  return DIAGRAM_NAMES.map((name) => {
    const { title, render } = DIAGRAMS[name];
    const description = describeDiagram(name, model);
    const iconed = ICONED[name];
    const icons = new IconCollector(providerOf(model));
    const source = iconed !== undefined ? iconed(model, icons) : render(model);
    const parts = name === 'reference-architecture' ? referenceParts(model, providerOf(model)) : [];
    const print = printedAsParts(name, model, parts);
    return {
      name,
      title,
      source: withAccessibility(source, title, description),
      ...(icons.icons.length > 0 ? { icons: icons.icons } : {}),
      description,
      ...(parts.length > 0 ? { parts } : {}),
      ...(print !== undefined ? { print } : {}),
    };
  });
}
