// The pure half of a build: the analyzed spec plus its diagram sources and
// documents. Everything here is synchronous and in memory; a spec that fails
// any step yields diagnostics and no artifacts.
import { renderChecklist } from '../check/checklist.js';
import { renderRubric } from '../check/rubric-markdown.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { gapsMarkdown } from '../render/markdown/gaps.js';
import { renderDocuments } from '../render/markdown/index.js';
import { diagramLimitDiagnostics, renderDiagramSources } from '../render/mermaid/index.js';
import type { CourseDocument, DiagramSource, MarkdownDocument } from '../render/types.js';
import type { LoadOptions } from '../spec/load.js';
import { analyzeSpec, type AnalyzedSpec, type FailedSpec } from './analyze.js';

export type { FailedSpec } from './analyze.js';

export interface PreparedSpec extends AnalyzedSpec {
  readonly diagrams: readonly DiagramSource[];
  /** The six course documents. */
  readonly documents: readonly CourseDocument[];
  /** rubric.md and deployment-checklist.md. */
  readonly extras: readonly MarkdownDocument[];
  readonly warnings: readonly Diagnostic[];
}

/** `name` is how diagnostics name the file; `content` defaults to reading `name`. */
export function prepareSpec(name: string, content?: string | Uint8Array, options?: LoadOptions): PreparedSpec | FailedSpec {
  const analyzed = analyzeSpec(name, content, options);
  if (!analyzed.ok) return analyzed;
  const { source, model, report } = analyzed;
  const diagrams = renderDiagramSources(model);
  const limits = diagramLimitDiagnostics(diagrams, source);
  if (limits.some((d) => d.severity === 'error'))
    return { ok: false, file: name, text: source.text, texts: source.texts, diagnostics: [...source.diagnostics, ...limits] };
  const documents = renderDocuments(model, diagrams);
  return {
    ...analyzed,
    diagrams,
    documents,
    extras: [
      // The rubric also says what the client documents leave out or assume, since they never name the spec.
      { name: 'rubric', title: 'Rubric', markdown: `${renderRubric(report, model)}\n${gapsMarkdown(documents)}` },
      { name: 'deployment-checklist', title: 'Deployment checklist', markdown: renderChecklist(model) },
    ],
    warnings: [...source.diagnostics, ...limits],
  };
}
