// The two charts: weighted platform scores and the 24-month cost projection.
// Values come straight from the model; only their printed precision is chosen here.
import { platformName } from '../../present/index.js';
import type { Model } from '../../model/types.js';
import { label, quoted } from './escape.js';

// Intl rounds the shortest decimal form (6.35 → 6.4), as the documents do; toFixed would print 6.3.
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

/** One decimal, as the documents show weighted scores. */
function oneDecimal(value: number): string {
  return ONE_DECIMAL.format(value);
}

// xychart's grammar reads digits and a decimal point only: String(3.7e21) is "3.7e+21", which it refuses.
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: false });

/** Whole currency units in plain digits at any size: enough for a chart, and free of float noise. */
function wholeUnits(value: number): string {
  const text = WHOLE.format(value);
  return text === '-0' ? '0' : text;
}

export function weightedScores(model: Pick<Model, 'scores' | 'recommendation'>): string {
  const lines = ['xychart-beta'];
  if (model.scores.length === 0) {
    lines.push('  title "No platforms scored"', '  x-axis ["none"]', '  y-axis "Weighted score" 0 --> 10', '  bar [0]');
    return `${lines.join('\n')}\n`;
  }
  const recommended = platformName(model, model.recommendation);
  lines.push(`  title "Weighted score out of 10, recommended: ${label(recommended, 40)}"`);
  lines.push(`  x-axis [${model.scores.map((s) => quoted(s.label, 30)).join(', ')}]`);
  lines.push('  y-axis "Weighted score" 0 --> 10');
  lines.push(`  bar [${model.scores.map((s) => oneDecimal(s.weighted)).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** The smallest 1, 2 or 5 × 10^k at or above `value` (at least 1): an axis top a reader can take in. */
export function roundedTop(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

export function costProjection(model: Pick<Model, 'months' | 'currency'>): string {
  const currency = label(model.currency, 8);
  const lines = ['xychart-beta'];
  const baseline = model.months.map((m) => wholeUnits(m.baselineTotal));
  const optimized = model.months.map((m) => wholeUnits(m.total));
  // Without optimizations the two lines coincide: draw one, and do not name two.
  const saves = optimized.some((value, i) => value !== baseline[i]);
  // xychart has no legend: the title names the lines (baseline is never below optimized).
  lines.push(`  title "Monthly cost in ${currency}${saves ? ': baseline (upper line) and optimized (lower line)' : ''}"`);
  lines.push(`  x-axis "Month" [${model.months.map((m) => `"${m.month}"`).join(', ')}]`);
  // From zero, so a modest saving does not look like a cliff; the top is the next round figure.
  lines.push(`  y-axis "${currency} per month" 0 --> ${wholeUnits(roundedTop(Math.max(0, ...model.months.map((m) => m.baselineTotal))))}`);
  lines.push(`  line [${baseline.join(', ')}]`);
  if (saves) lines.push(`  line [${optimized.join(', ')}]`);
  return `${lines.join('\n')}\n`;
}
