// A red-flag rule: a stable id, the severity it usually reports, the rubric
// criterion it weighs on, one line for SARIF and the README, and a pure
// function from the context to findings.
// The id, severity, criterion and summary come from the code table (diagnostics/codes.ts).
import type { RuleEntry, RuleId } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckContext } from './context.js';

export type { CriterionId } from '../diagnostics/codes.js';

export interface Rule extends RuleEntry {
  readonly id: RuleId;
  run(ctx: CheckContext): Diagnostic[];
}

export { ERROR_CAP, NEAR_TIE_POINTS, PRICE_FACTOR_ERROR, PRICE_FACTOR_WARNING, SENSITIVE_SHIFT_POINTS, STALE_PRICE_DAYS, TIE_POINTS } from './thresholds.js';
