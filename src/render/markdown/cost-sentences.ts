// Sentences that put the headline cost figures in context; shared by the cost
// model, the proposal and the deployment strategy.
import { type RenderContext, omit } from './context.js';
import { budgetShare, percent } from '../../format/numbers.js';

/** "135% of budget", or far over it "4.4 billion times the budget". */
function overBy(usedPercent: number): string {
  const { text, multiple } = budgetShare(usedPercent);
  return multiple ? `${text} the budget` : `${text} of budget`;
}

export function budgetSentence(ctx: RenderContext): string {
  const { model, fmt } = ctx;
  const { annual, headroom, usedPercent } = model.budget;
  const spend = fmt.money(model.year1.total);
  if (annual === null || headroom === null)
    return `Year-1 spend is ${spend}; no budget has been set to compare it with.${omit(ctx, 'No budget to compare the spend with', 'scenario.budget.annualUsd')}`;
  if (headroom >= 0) {
    return `Year-1 spend of ${spend} uses ${usedPercent === null ? 'part' : percent(usedPercent)} of the ${fmt.money(annual)} budget, leaving ${fmt.money(headroom)} of headroom.`;
  }
  return `Year-1 spend of ${spend} exceeds the ${fmt.money(annual)} budget by ${fmt.money(-headroom)}${usedPercent === null ? '' : ` (${overBy(usedPercent)})`}.`;
}

export function savingsSentence(ctx: RenderContext): string {
  const { model, fmt } = ctx;
  if (model.optimizations.length === 0) return '';
  return `Optimizations bring year 1 down from ${fmt.money(model.year1.baselineTotal)} (baseline) to ${fmt.money(model.year1.total)}, saving ${fmt.money(model.year1.savings)}.`;
}

export function paybackSentence(ctx: RenderContext): string {
  const { roi } = ctx.model;
  if (ctx.spec.costs.benefits === undefined || ctx.spec.costs.benefits.length === 0)
    return `Benefits have not been estimated yet, so neither ROI nor payback is shown.${omit(ctx, 'No benefits, so no ROI or payback', 'costs.benefits')}`;
  return roi.paybackMonth === null
    ? 'Cumulative benefits do not catch up with cumulative cost within the 24 months modelled, so the investment does not pay back in that window.'
    : `Cumulative benefits overtake cumulative cost in month ${roi.paybackMonth}, the payback month.`;
}
