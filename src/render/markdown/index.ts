// The six course documents in markdown, in DOCUMENT_NAMES order.
import type { Model } from '../../model/types.js';
import type { DiagramSource, DocumentName, MarkdownDocument } from '../types.js';
import { DOCUMENT_NAMES } from '../types.js';
import { type RenderContext, createContext } from './context.js';
import * as cost from './cost-model.js';
import * as deployment from './deployment-strategy.js';
import * as runbook from './operations-runbook.js';
import * as comparison from './platform-comparison.js';
import * as proposal from './proposal.js';
import * as security from './security-architecture.js';

const RENDERERS: Readonly<Record<DocumentName, { title: string; render: (ctx: RenderContext) => string }>> = {
  'platform-comparison-analysis': { title: comparison.TITLE, render: comparison.renderPlatformComparison },
  'security-architecture-design': { title: security.TITLE, render: security.renderSecurityArchitecture },
  'cost-model': { title: cost.TITLE, render: cost.renderCostModel },
  'deployment-strategy': { title: deployment.TITLE, render: deployment.renderDeploymentStrategy },
  'operations-runbook': { title: runbook.TITLE, render: runbook.renderOperationsRunbook },
  'enterprise-architecture-proposal': { title: proposal.TITLE, render: proposal.renderProposal },
};

export function renderDocuments(model: Model, diagrams: readonly DiagramSource[]): MarkdownDocument[] {
  const ctx = createContext(model, diagrams);
  return DOCUMENT_NAMES.map((name) => ({ name, title: RENDERERS[name].title, markdown: RENDERERS[name].render(ctx) }));
}
