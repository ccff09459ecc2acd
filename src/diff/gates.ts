// Review gates: the limits a spec change must stay within for a pull request
// to pass. Pure: each failure is one line a CI log and a comment can show.
import type { SpecDiff } from './compare.js';

export interface Gates {
  /** Fail when a spec's year-1 optimized total rises by more than this percentage. */
  readonly maxCostIncreasePercent?: number;
  /** Fail when a changed spec's rubric total ends below this (0-20). */
  readonly minRubric?: number;
  /** Findings of severity error that the change introduces fail unless this is true. */
  readonly allowNewErrors?: boolean;
}

export interface GateFailure {
  readonly file: string;
  readonly gate: 'cost-increase' | 'rubric' | 'new-errors';
  /** One line, naming the spec, the value and the limit. */
  readonly reason: string;
}

const percent = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}%` : 'from nothing');

/** Only changed specs are gated: an untouched spec cannot fail a change that did not touch it. */
export function evaluateGates(diffs: readonly SpecDiff[], gates: Gates): GateFailure[] {
  const failures: GateFailure[] = [];
  for (const diff of diffs.filter((d) => d.changed)) {
    const rise = diff.year1Total.percent;
    if (gates.maxCostIncreasePercent !== undefined && rise !== null && rise > gates.maxCostIncreasePercent) {
      failures.push({
        file: diff.file,
        gate: 'cost-increase',
        reason: `${diff.file}: year-1 cost rises ${percent(rise)}, over the ${gates.maxCostIncreasePercent}% limit (--fail-on-cost-increase)`,
      });
    }
    if (gates.minRubric !== undefined && diff.rubricTotal.after < gates.minRubric) {
      failures.push({
        file: diff.file,
        gate: 'rubric',
        reason: `${diff.file}: rubric total ${diff.rubricTotal.after} of 20 is below ${gates.minRubric} (--fail-below-rubric)`,
      });
    }
    if (gates.allowNewErrors !== true && diff.errorsAdded.length > 0) {
      const n = diff.errorsAdded.length;
      failures.push({
        file: diff.file,
        gate: 'new-errors',
        reason: `${diff.file}: the change adds ${n} error finding${n === 1 ? '' : 's'} (${diff.errorsAdded.map((f) => f.split(':')[0]).join(', ')}); fix them or pass --allow-new-errors`,
      });
    }
  }
  return failures;
}

/** The gates that were asked for, in words, for a comment's "passed" line. */
export function describeGates(gates: Gates): string[] {
  const out: string[] = [];
  if (gates.maxCostIncreasePercent !== undefined) out.push(`year-1 cost rises at most ${gates.maxCostIncreasePercent}%`);
  if (gates.minRubric !== undefined) out.push(`rubric total at least ${gates.minRubric} of 20`);
  if (gates.allowNewErrors !== true) out.push('no new error findings');
  return out;
}
