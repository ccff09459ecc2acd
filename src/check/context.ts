// Everything a rule or rubric point looks at, plus one way to build a located finding.
import type { Catalog, CatalogPlatform } from '../catalog/types.js';
import { loadRequirements, requiredFor, type IndustryRequirement } from '../catalog/requirements.js';
import type { RuleId } from '../diagnostics/codes.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/types.js';
import type { SpecSource } from '../spec/source.js';
import type { Spec } from '../spec/types.js';
import { NEAR_TIE_POINTS, TIE_POINTS } from './rule.js';
import { specText, type SpecText } from './substance/spec-text.js';

/** The recommendation and the best other candidate are (nearly) level. */
export interface Tie {
  readonly kind: 'tie' | 'near-tie';
  /** Recommended weighted score minus the runner-up's, on the 0-10 scale. */
  readonly margin: number;
  readonly runnerUp: string;
}

export interface CheckContext {
  readonly source: SpecSource;
  readonly spec: Spec;
  readonly model: Model;
  readonly catalog: Catalog;
  /** Catalog entry of the recommended platform; undefined for a self-hosted or unknown one. */
  readonly platform: CatalogPlatform | undefined;
  /** Display name of the recommended platform. */
  readonly platformLabel: string;
  /** Judges the substance of the spec's texts. */
  readonly text: SpecText;
  /** Certifications the client's industry and data location require. */
  readonly required: readonly IndustryRequirement[];
  readonly tie: Tie | null;
}

function findTie(model: Model): Tie | null {
  const runner = model.scores.find((s) => s.platform === model.runnerUp);
  if (!runner || model.margin < 0 || model.margin >= NEAR_TIE_POINTS) return null;
  return { kind: model.margin < TIE_POINTS ? 'tie' : 'near-tie', margin: model.margin, runnerUp: runner.label };
}

export function createContext(source: SpecSource, model: Model, catalog: Catalog): CheckContext {
  const platform = catalog[model.recommendation];
  const label = model.scores.find((s) => s.platform === model.recommendation)?.label ?? platform?.label ?? model.recommendation;
  const s = model.spec.scenario;
  const required = requiredFor(loadRequirements(), {
    industry: model.spec.client.industry,
    dataResidency: s.dataResidency,
    dataSensitivity: s.dataSensitivity,
  });
  return { source, spec: model.spec, model, catalog, platform, platformLabel: label, text: specText(model.spec), required, tie: findTie(model) };
}

export function finding(ctx: CheckContext, rule: RuleId, severity: Severity, path: string, message: string, hint: string): Diagnostic {
  const { line, column, file = ctx.source.file } = ctx.source.locate(path);
  return { code: rule, severity, message, hint, file, line, column, path };
}

/** "A, B and C" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
