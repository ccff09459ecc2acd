// The library API. The CLI is a thin shell over these; tests and other tools
// use them directly. Heavy renderers (browser, PDF, deck) load only when
// compile() needs them.
import { analyzeSpec, type AnalyzedSpec, type FailedSpec } from './compile/analyze.js';
import { withDocumentGaps } from './compile/gaps.js';
import { compareSpecs, type SpecDiff } from './diff/compare.js';

export { compile, type CompileOptions, type CompileResult, type SpecBuild, type Paper } from './compile/index.js';
export { analyzeSpec, type AnalyzedSpec, type FailedSpec } from './compile/analyze.js';
export { loadSpec } from './spec/load.js';
export type { SpecSource, Location } from './spec/source.js';
export type { Spec } from './spec/types.js';
export { buildModel, UnpricedModelError } from './model/build.js';
export { toModelJson } from './model/json.js';
export type { Model } from './model/types.js';
export { loadCatalog } from './catalog/load.js';
export { mergeCatalog } from './catalog/merge.js';
export type { Catalog, CatalogPlatform } from './catalog/types.js';
export { checkSpec, formatReports, renderChecklist, renderRubric, RULES, CRITERIA, CHECK_FORMATS } from './check/index.js';
export type { CheckReport, Rubric } from './check/index.js';
export { CODES, RULE_CODES, type Code, type IssueCode, type RuleId } from './diagnostics/codes.js';
export { compareSpecs, type SpecDiff } from './diff/compare.js';
export { diffMarkdown, diffText } from './diff/format.js';
export { compareArchitecture, type ArchitectureDelta } from './diff/architecture.js';
export { reviewComment, markerLine, COMMENT_LIMIT, type CommentOptions } from './diff/comment.js';
export { evaluateGates, type Gates, type GateFailure } from './diff/gates.js';
export { postReviewComment, COMMENT_MODES, type CommentMode, type PostResult } from './review/post.js';
export { renderDocuments } from './render/markdown/index.js';
export { renderDiagramSources } from './render/mermaid/index.js';
export { createFormatter } from './format/numbers.js';
export { present, type Presentation } from './present/index.js';
export { formatDiagnostic } from './diagnostics/format.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { DIAGRAM_NAMES, DOCUMENT_NAMES, OUTPUT_FORMATS, type OutputFormat } from './render/types.js';

/** Loads, models and checks one spec: the rubric, red flags and what the documents leave out or assume, or the diagnostics that stop it. */
export function check(file: string, content?: string | Uint8Array): AnalyzedSpec | FailedSpec {
  const analyzed = analyzeSpec(file, content);
  return analyzed.ok ? withDocumentGaps(analyzed) : analyzed;
}

/** How the spec at `after` differs from `before` (null for a new spec), or the diagnostics of a side that does not load. */
export function diff(
  before: { file: string; content?: string | Uint8Array } | null,
  after: { file: string; content?: string | Uint8Array },
): SpecDiff | FailedSpec {
  const b = before === null ? null : analyzeSpec(before.file, before.content);
  if (b !== null && !b.ok) return b;
  const a = analyzeSpec(after.file, after.content);
  if (!a.ok) return a;
  return compareSpecs(b, a);
}
