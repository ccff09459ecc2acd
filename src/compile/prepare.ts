// The pure half of a build: spec → model → diagram sources → documents.
// Everything here is synchronous and in memory; a spec that fails any step
// yields diagnostics and no artifacts.
import { loadCatalog } from '../catalog/load.js';
import { mergeCatalog } from '../catalog/merge.js';
import type { Catalog } from '../catalog/types.js';
import { renderChecklist } from '../check/checklist.js';
import { checkSpec } from '../check/index.js';
import { renderRubric } from '../check/rubric-markdown.js';
import type { CheckReport } from '../check/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { buildModel, UnpricedModelError } from '../model/build.js';
import type { Model } from '../model/types.js';
import { renderDocuments } from '../render/markdown/index.js';
import { diagramLimitDiagnostics, renderDiagramSources } from '../render/mermaid/index.js';
import type { DiagramSource, MarkdownDocument } from '../render/types.js';
import { loadSpec } from '../spec/load.js';
import type { SpecSource } from '../spec/source.js';

export interface PreparedSpec {
  readonly ok: true;
  readonly file: string;
  readonly source: SpecSource;
  readonly catalog: Catalog;
  readonly model: Model;
  readonly report: CheckReport;
  readonly diagrams: readonly DiagramSource[];
  /** The six course documents. */
  readonly documents: readonly MarkdownDocument[];
  /** rubric.md and deployment-checklist.md. */
  readonly extras: readonly MarkdownDocument[];
  readonly warnings: readonly Diagnostic[];
}

export interface FailedSpec {
  readonly ok: false;
  readonly file: string;
  /** The spec's text, for code frames ('' when it could not be read as text). */
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

function modelError(source: SpecSource, error: UnpricedModelError): Diagnostic {
  const index = source.spec?.costs.models.findIndex((m) => m.model === error.model) ?? -1;
  const path = index >= 0 ? `/costs/models/${index}/model` : '/costs/models';
  const { line, column } = source.locate(path);
  return { code: 'AIA390', severity: 'error', message: error.message, hint: 'Give inputPer1M and outputPer1M for this model, or pick a model the platform offers (`aiarch catalog`).', file: source.file, line, column, path };
}

/** `name` is how diagnostics name the file; `content` defaults to reading `name`. */
export function prepareSpec(name: string, content?: string | Uint8Array): PreparedSpec | FailedSpec {
  const source = loadSpec(name, content);
  const spec = source.spec;
  const file = name;
  const fail = (diagnostics: readonly Diagnostic[]): FailedSpec => ({ ok: false, file, text: source.text, diagnostics });
  if (!spec) return fail(source.diagnostics);
  const catalog = mergeCatalog(loadCatalog(), spec.catalog);
  let model: Model;
  try {
    model = buildModel(spec, catalog);
  } catch (error) {
    if (error instanceof UnpricedModelError) return fail([...source.diagnostics, modelError(source, error)]);
    throw error;
  }
  const diagrams = renderDiagramSources(model);
  const limits = diagramLimitDiagnostics(diagrams, source);
  if (limits.some((d) => d.severity === 'error')) return fail([...source.diagnostics, ...limits]);
  const report = checkSpec(source, model, catalog);
  return {
    ok: true,
    file,
    source,
    catalog,
    model,
    report,
    diagrams,
    documents: renderDocuments(model, diagrams),
    extras: [
      { name: 'rubric', title: 'Rubric', markdown: renderRubric(report, model) },
      { name: 'deployment-checklist', title: 'Deployment checklist', markdown: renderChecklist(model) },
    ],
    warnings: [...source.diagnostics, ...limits],
  };
}
