// A red-flag rule: a stable id, the severity it usually reports, one line for
// SARIF and the README, and a pure function from the context to findings.
import type { Severity } from '../diagnostics/diagnostic.js';
import type { CheckContext } from './context.js';
import type { Finding } from './types.js';

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  run(ctx: CheckContext): Finding[];
}

/** A weight shift of at most this many points that changes the winner is "small". */
export const SENSITIVE_SHIFT_POINTS = 10;
/** A price older than this at the spec's date is stale. */
export const STALE_PRICE_DAYS = 180;
