// A sentence per diagram, built from the model, that says what the picture
// shows: the alt text of its image in the PDF and the deck.
import { LAYER_TO_DEFINE_SHORT } from '../../present/security.js';
import type { Model } from '../../model/types.js';
import { LAYER_NAMES } from '../../spec/types.js';
import type { DiagramName, DiagramSource } from '../types.js';
import { accessibleText } from './accessibility.js';

const list = (items: readonly string[], max = 12): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

/** The alt text of a diagram's picture: its title and, when the model gave one, the description. */
export function altText(source: Pick<DiagramSource, 'title' | 'description'>): string {
  return source.description !== undefined ? `${source.title}: ${source.description}` : source.title;
}

/** One line of plain text: the same words go to Mermaid's accDescr, the PDF and the deck. */
export function describeDiagram(name: DiagramName, model: Model): string {
  return accessibleText(sentence(name, model));
}

function sentence(name: DiagramName, model: Model): string {
  const { spec } = model;
  const components = spec.architecture.components;
  switch (name) {
    case 'reference-architecture':
      return `${components.length} components grouped by zone, with the calls between them: ${list(components.map((c) => c.name))}.`;
    case 'network-architecture':
      return `Where each component sits in the network: edge and global services outside it, workloads and the stores they host in their subnets, managed AI and data services in the region; ${list(components.map((c) => c.name))}.`;
    case 'defense-in-depth': {
      const layers = spec.security?.layers ?? {};
      return `Five security layers from the network inwards: ${LAYER_NAMES.map((layer) => `${layer} (${(layers[layer] ?? []).map((c) => c.control).join(', ') || LAYER_TO_DEFINE_SHORT.toLowerCase()})`).join('; ')}.`;
    }
    case 'decision-tree':
      return `The platform decision tree with this client's path: ${model.decisionPath.map((s) => `${s.question} ${s.answer}: ${s.outcome}`).join('; ')}; recommended ${model.recommendation}.`;
    case 'weighted-scores':
      return `Weighted score of each candidate platform: ${model.scores.map((s) => s.label).join(', ')}.`;
    case 'cost-projection':
      return `Baseline and optimized monthly cost over ${model.months.length} months.`;
    case 'deployment-roadmap':
      return `Deployment phases on a timeline: ${list((spec.deployment?.phases ?? []).map((p) => p.name)) || 'no phases defined'}.`;
    case 'deployment-pipeline':
      return `The deployment pipeline's stages in order${spec.deployment?.pipeline !== undefined ? '' : ' (none defined yet)'}.`;
    case 'incident-workflow':
      return 'The incident workflow from detection to closing, with the escalation path beside the severity assessment.';
  }
}
