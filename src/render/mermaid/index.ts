// Mermaid sources of every diagram: pure, synchronous and deterministic. The
// same text is written to diagrams/NAME.mmd and embedded in the documents.
import type { Model } from '../../model/types.js';
import { DIAGRAM_NAMES, type DiagramName, type DiagramSource } from '../types.js';
import { costProjection, weightedScores } from './charts.js';
import { decisionTree } from './decision.js';
import { describeDiagram } from './describe.js';
import { defenseInDepth } from './defense.js';
import { networkArchitecture } from './network.js';
import { referenceArchitecture } from './reference.js';
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

export function renderDiagramSources(model: Model): DiagramSource[] {
  return DIAGRAM_NAMES.map((name) => ({
    name,
    title: DIAGRAMS[name].title,
    source: DIAGRAMS[name].render(model),
    description: describeDiagram(name, model),
  }));
}
