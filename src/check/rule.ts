// A red-flag rule: a stable id, the severity it usually reports, the rubric
// criterion it weighs on, one line for SARIF and the README, and a pure
// function from the context to findings.
import type { Severity } from '../diagnostics/diagnostic.js';
import type { CheckContext } from './context.js';
import type { Finding } from './types.js';

export type CriterionId = 'platform-analysis' | 'security-architecture' | 'cost-operations' | 'proposal-quality';

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** The criterion an error finding of this rule caps. */
  readonly criterion: CriterionId;
  readonly summary: string;
  run(ctx: CheckContext): Finding[];
}

/** A weight shift of at most this many points that changes the winner is "small". */
export const SENSITIVE_SHIFT_POINTS = 10;
/** A price older than this at the spec's date is stale. */
export const STALE_PRICE_DAYS = 180;
/** Weighted scores (0-10 scale) closer than this are a tie. */
export const TIE_POINTS = 0.05;
/** Weighted scores closer than this are a near-tie: the ranking rests on rounding-sized differences. */
export const NEAR_TIE_POINTS = 0.25;
/** A spec price this many times above or below the catalog list price is far from it. */
export const PRICE_FACTOR_WARNING = 2;
/** ... and this many times off distorts the whole cost model. */
export const PRICE_FACTOR_ERROR = 10;
/** An error finding holds its criterion to at most this many points. */
export const ERROR_CAP = 3;
