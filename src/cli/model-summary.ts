// The readable form of `aiarch model`: scores, recommendation, year-1 money,
// peak load and payback. Formats model values only; computes nothing.
import type { Model } from '../model/types.js';
import { createFormatter, int, oneDecimal, requestRate } from '../format/numbers.js';

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export function modelSummary(model: Model): string {
  const money = createFormatter(model.currency).money;
  const lines = [`${model.spec.client.name}`, '', 'Platform scores (0-10, weighted)'];
  lines.push(
    ...table([['platform', 'weighted', 'rank'], ...model.scores.map((s) => [`${s.label} (${s.platform})`, oneDecimal(s.weighted), String(s.rank)])]).map(
      (l) => '  ' + l,
    ),
  );
  const source = model.recommendationSource === 'spec' ? 'chosen in the spec' : 'highest weighted score';
  lines.push('', `Recommendation: ${model.recommendation} (${source}; margin ${oneDecimal(model.margin)} over ${model.runnerUp ?? 'no other candidate'})`);
  lines.push('', 'Year 1');
  const budget = model.budget.annual === null ? 'not set' : `${money(model.budget.annual)} (headroom ${money(model.budget.headroom ?? 0)})`;
  lines.push(
    ...table([
      ['baseline total', money(model.year1.baselineTotal)],
      ['optimized total', money(model.year1.total)],
      ['budget', budget],
    ]).map((l) => '  ' + l),
  );
  lines.push('', `Peak: ${requestRate(model.peak.requestsPerSecond)}, ${int(model.peak.tokensPerMinute)} tokens/min (month ${model.peak.month})`);
  lines.push(`Payback: ${model.roi.paybackMonth === null ? 'not within 24 months' : `month ${model.roi.paybackMonth}`}`);
  return lines.join('\n');
}
