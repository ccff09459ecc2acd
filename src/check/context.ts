// Everything a rule or rubric point looks at, plus one way to build a located finding.
import type { Catalog, CatalogPlatform } from '../catalog/types.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/types.js';
import { attachFrameText } from '../spec/frames.js';
import type { SpecSource } from '../spec/source.js';
import type { Spec } from '../spec/types.js';
import type { Finding } from './types.js';

export interface CheckContext {
  readonly source: SpecSource;
  readonly spec: Spec;
  readonly model: Model;
  readonly catalog: Catalog;
  /** Catalog entry of the recommended platform; undefined for a self-hosted or unknown one. */
  readonly platform: CatalogPlatform | undefined;
  /** Display name of the recommended platform. */
  readonly platformLabel: string;
}

export function createContext(source: SpecSource, model: Model, catalog: Catalog): CheckContext {
  const platform = catalog[model.recommendation];
  const label = model.scores.find((s) => s.platform === model.recommendation)?.label ?? platform?.label ?? model.recommendation;
  return { source, spec: model.spec, model, catalog, platform, platformLabel: label };
}

export function finding(ctx: CheckContext, rule: string, severity: Severity, path: string, message: string, hint: string): Finding {
  const { line, column, file = ctx.source.file } = ctx.source.locate(path);
  const found: Finding = { rule, severity, message, hint, file, line, column, path };
  // A finding in a base spec is framed from the base's text.
  const baseText = ctx.source.baseTexts?.get(file);
  if (baseText !== undefined) attachFrameText(found, baseText);
  return found;
}

/** "A, B and C" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
