// The optimization, per-transaction and ROI sections of the cost model.
import { lookupTable } from '../../records.js';
import { bullets, numbered, section, table } from '../document/build.js';
import type { Section } from '../document/tree.js';
import { paybackSentence } from './cost-sentences.js';
import { type RenderContext, capitalize, omit } from './context.js';
import { text } from '../../format/markdown.js';
import { int, percent } from '../../format/numbers.js';

const CATEGORY = lookupTable({ ai: 'AI API', infrastructure: 'infrastructure', operations: 'operations' });

export function optimizationSections(ctx: RenderContext): Section {
  const { model, fmt } = ctx;
  const opts = model.optimizations;
  if (opts.length === 0)
    return section(2, 'Cost Optimization Strategies', [
      section(3, 'Identified Opportunities', [omit(ctx, 'No optimizations planned yet', 'costs.optimizations')]),
    ]);
  return section(2, 'Cost Optimization Strategies', [
    section(3, 'Identified Opportunities', [
      numbered(
        opts.map(
          (o) =>
            `**${text(o.strategy)}:** cuts ${CATEGORY[o.appliesTo] ?? o.appliesTo} cost by ${percent(o.savingsPercent)} from month ${o.startMonth}; on its own it saves ${fmt.money(o.standaloneSavingsYear1)} in year 1 and ${fmt.money(o.standaloneSavings24)} over 24 months.`,
        ),
      ),
    ]),
    section(3, 'Optimization Roadmap', [
      table(
        ['Strategy', 'Implementation Effort', 'Savings', 'Year-1 Savings (alone)', 'Timeline'],
        opts.map((o) => [
          text(o.strategy),
          o.effort ? capitalize(o.effort) : 'Not rated',
          `${percent(o.savingsPercent)} of ${CATEGORY[o.appliesTo] ?? o.appliesTo}`,
          fmt.totals(opts.map((x) => x.standaloneSavingsYear1))(o.standaloneSavingsYear1),
          `Month ${o.startMonth}`,
        ]),
        ['l', 'l', 'l', 'r', 'l'],
      ),
      `Savings on one category compound rather than add, so together they save ${fmt.money(model.year1.savings)} in year 1 and ${fmt.money(model.year2.savings)} in year 2.`,
    ]),
  ]);
}

export function transactionSection(ctx: RenderContext): Section {
  const { model, fmt } = ctx;
  const tx = model.transactions;
  if (tx.length === 0) return section(2, 'Cost per Transaction Analysis', [omit(ctx, 'No transaction scenarios yet', 'costs.transactions')]);
  const verdict = (v: boolean | null) => (v === null ? 'No target' : v ? 'Yes' : '**No**');
  const misses = tx.filter((t) => t.meetsTarget === false);
  return section(2, 'Cost per Transaction Analysis', [
    'Each cost is the model-mix token cost of the transaction plus the per-request infrastructure charges.',
    table(
      ['Scenario', 'Input Tokens', 'Output Tokens', 'Cost', 'Target', 'Meets Target'],
      tx.map((t) => {
        // Near the target, both amounts get the decimals that tell them apart.
        const [cost, target] = t.target === null ? [fmt.unitMoney(t.cost), 'None'] : fmt.pair(t.cost, t.target).map((v, i) => (i === 1 ? `≤ ${v}` : v));
        return [text(t.scenario), int(t.input), int(t.output), cost ?? '', target ?? '', verdict(t.meetsTarget)];
      }),
      ['l', 'r', 'r', 'r', 'r', 'l'],
    ),
    misses.length > 0
      ? `${misses.map((t) => text(t.scenario)).join(', ')} ${misses.length === 1 ? 'misses its' : 'miss their'} target; a cheaper model share or shorter prompts would close the gap.`
      : tx.some((t) => t.target !== null)
        ? 'Every scenario with a target comes in under it.'
        : omit(ctx, 'No cost target for any transaction scenario (target)', 'costs.transactions'),
  ]);
}

export function roiSection(ctx: RenderContext): Section {
  const { model, fmt, spec } = ctx;
  const benefits = spec.costs.benefits ?? [];
  const roi = model.roi;
  if (benefits.length === 0) return section(2, 'Return on Investment', [paybackSentence(ctx)]);
  const year1 = fmt.totals([roi.year1Benefits, roi.year1Cost]);
  const months24 = fmt.totals([roi.benefits24, roi.cost24]);
  return section(2, 'Return on Investment', [
    bullets(benefits.map((b) => `**${text(b.benefit)}:** ${fmt.money(b.monthly)} a month from month ${b.startMonth ?? 1}`)),
    table(
      ['Measure', 'Year 1', 'Months 1–24'],
      [
        ['Benefits', year1(roi.year1Benefits), months24(roi.benefits24)],
        ['Cost (optimized)', year1(roi.year1Cost), months24(roi.cost24)],
      ],
      ['l', 'r', 'r'],
    ),
    `${roi.year1RoiPercent === null ? 'With no cost recorded there is no year-1 ROI to state' : `Year-1 ROI is ${percent(roi.year1RoiPercent)}`}; over 24 months the net benefit is ${fmt.money(roi.net24)}.`,
    paybackSentence(ctx),
  ]);
}
