// Spec → model → check report: what every command that reasons about a spec
// needs (build, check, model, diff), without rendering anything.
import { loadCatalog } from '../catalog/load.js';
import { mergeCatalog } from '../catalog/merge.js';
import type { Catalog } from '../catalog/types.js';
import { checkSpec } from '../check/index.js';
import type { CheckReport } from '../check/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { buildModel, UnpricedModelError } from '../model/build.js';
import type { Model } from '../model/types.js';
import { loadSpec, type LoadOptions } from '../spec/load.js';
import type { SpecSource } from '../spec/source.js';

export interface AnalyzedSpec {
  readonly ok: true;
  readonly file: string;
  readonly source: SpecSource;
  readonly catalog: Catalog;
  readonly model: Model;
  readonly report: CheckReport;
}

export interface FailedSpec {
  readonly ok: false;
  readonly file: string;
  /** The spec's text ('' when it could not be read as text). */
  readonly text: string;
  /** The loaded sources (the spec and its bases) by file name, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

function modelError(source: SpecSource, error: UnpricedModelError): Diagnostic {
  const index = source.spec?.costs.models.findIndex((m) => m.model === error.model) ?? -1;
  const path = index >= 0 ? `/costs/models/${index}/model` : '/costs/models';
  const { line, column, file = source.file } = source.locate(path);
  return {
    code: 'AIA390',
    severity: 'error',
    message: error.message,
    hint: 'Give inputPer1M and outputPer1M for this model, or pick a model the platform offers (`aiarch catalog`).',
    file,
    line,
    column,
    path,
  };
}

/** `name` is how diagnostics name the file; `content` defaults to reading `name`; `options.readFile` reads the bases it extends. */
export function analyzeSpec(name: string, content?: string | Uint8Array, options?: LoadOptions): AnalyzedSpec | FailedSpec {
  const source = loadSpec(name, content, options);
  const spec = source.spec;
  if (!spec) return { ok: false, file: name, text: source.text, texts: source.texts, diagnostics: source.diagnostics };
  const catalog = mergeCatalog(loadCatalog(), spec.catalog);
  let model: Model;
  try {
    model = buildModel(spec, catalog);
  } catch (error) {
    if (!(error instanceof UnpricedModelError)) throw error;
    return { ok: false, file: name, text: source.text, texts: source.texts, diagnostics: [...source.diagnostics, modelError(source, error)] };
  }
  return { ok: true, file: name, source, catalog, model, report: checkSpec(source, model, catalog) };
}
