// The six course documents, in DOCUMENT_NAMES order: each built once as a
// document tree, and written as markdown from that tree.
import type { Model } from '../../model/types.js';
import { writeMarkdown } from '../document/markdown.js';
import type { DocumentTree } from '../document/tree.js';
import type { CourseDocument, DiagramRef, DiagramSource, DocumentGap, DocumentName } from '../types.js';
import { DOCUMENT_NAMES } from '../types.js';
import { type RenderContext, createContext } from './context.js';
import * as cost from './cost-model.js';
import * as deployment from './deployment-strategy.js';
import * as runbook from './operations-runbook.js';
import * as comparison from './platform-comparison.js';
import * as proposal from './proposal.js';
import * as security from './security-architecture.js';

const BUILDERS: Readonly<Record<DocumentName, (ctx: RenderContext) => DocumentTree>> = {
  'platform-comparison-analysis': comparison.buildPlatformComparison,
  'security-architecture-design': security.buildSecurityArchitecture,
  'cost-model': cost.buildCostModel,
  'deployment-strategy': deployment.buildDeploymentStrategy,
  'operations-runbook': runbook.buildOperationsRunbook,
  'enterprise-architecture-proposal': proposal.buildProposal,
};

export interface DocumentOutline {
  readonly name: DocumentName;
  readonly title: string;
  readonly tree: DocumentTree;
  readonly gaps: readonly DocumentGap[];
}

/**
 * The six documents' trees and what each leaves out, without their markdown:
 * what `aiarch check` needs. A document places a figure wherever the diagram
 * was generated, so the names of the diagrams are enough to build it.
 */
export function outlineDocuments(model: Model, diagrams: readonly DiagramRef[]): DocumentOutline[] {
  const shared = createContext(model, diagrams);
  return DOCUMENT_NAMES.map((name) => {
    const ctx: RenderContext = { ...shared, document: name, gaps: [] };
    const tree = BUILDERS[name](ctx);
    return { name, title: tree.title, tree, gaps: ctx.gaps };
  });
}

export function renderDocuments(model: Model, diagrams: readonly DiagramSource[]): CourseDocument[] {
  return outlineDocuments(model, diagrams).map((outline) => ({ ...outline, markdown: writeMarkdown(outline.tree, diagrams) }));
}
