// Slides 9–10: the 24-month projection (native line chart) and the year-1
// summary with budget, ROI and payback. Every number comes from the model.
import { amountColumn, capitalise, money, moneyFitting, moneyPrecise, percent, requestRate, requestRateParts, wholeNumber, withUnit } from '../format.js';
import { budgetShare, count } from '../../../format/numbers.js';
import { addCard, addLabel, addLead, addTable, cardValueFits, contentSlide, fitsCell, type Column, type DeckContext } from '../layout.js';

/** "49% used", or past ten times the budget "4.4 billion times the budget": the percentage alone no longer fits a card. */
function used(usedPercent: number, tail: string): string {
  const { text, multiple } = budgetShare(usedPercent);
  return multiple ? `${text} the budget` : `${text} ${tail}`;
}

/** The year-1 cost table's text size. */
const COST_TABLE_PT = 14;

export function addCostProjection(ctx: DeckContext, title: string): void {
  const { model, theme, currency } = ctx;
  const months = model.months;
  const at = (m: number) => months.find((month) => month.month === m);
  const m1 = at(1);
  const m12 = at(12);
  const m24 = at(24);
  // Without optimizations the baseline is the plan: one line, and no "optimized" anywhere.
  const optimized = model.optimizations.length > 0;
  const lead =
    m24 === undefined
      ? '24-month cost projection'
      : optimized
        ? `Monthly run rate reaches ${money(m24.total, currency)} by month 24 with optimizations (${money(m24.baselineTotal, currency)} without)`
        : `Monthly run rate reaches ${money(m24.total, currency)} by month 24, for ${wholeNumber(m24.users)} users`;
  const notes = [
    `${lead}.`,
    'Month: users; baseline total; optimized total (AI / infrastructure / operations, optimized).',
    ...months.map(
      (m) =>
        `M${m.month}: ${wholeNumber(m.users)} users; ${money(m.baselineTotal, currency)}; ${money(m.total, currency)} (${money(m.ai, currency)} / ${money(m.infrastructure, currency)} / ${money(m.operations, currency)}).`,
    ),
  ];
  const slide = contentSlide(ctx, title, notes);
  const body = addLead(ctx, slide, lead);
  const chartW = 8.6;
  addLabel(ctx, slide, `Monthly cost, ${currency}`, { x: body.x, y: body.y, w: chartW, h: 0.35 });
  const labels = months.map((m) => `M${m.month}`);
  slide.addChart(
    ctx.pres.ChartType.line,
    optimized
      ? [
          { name: 'Baseline', labels, values: months.map((m) => m.baselineTotal) },
          { name: 'Optimized', labels, values: months.map((m) => m.total) },
        ]
      : [{ name: 'Monthly cost', labels, values: months.map((m) => m.total) }],
    {
      x: body.x,
      y: body.y + 0.4,
      w: chartW,
      h: body.h - 0.4,
      chartColors: optimized ? [theme.accent2, theme.accent] : [theme.accent],
      lineSize: 3,
      lineDataSymbol: 'none',
      // Small monthly bills keep their cents on the axis, so its labels are not all "1".
      valAxisLabelFormatCode: Math.max(...months.map((m) => m.baselineTotal)) < 100 ? '#,##0.00' : '#,##0',
      valAxisLabelColor: theme.muted,
      valAxisLabelFontFace: theme.font,
      valAxisLabelFontSize: 10,
      valAxisMinVal: 0,
      valGridLine: { color: theme.grid, size: 0.5 },
      catAxisLabelColor: theme.muted,
      catAxisLabelFontFace: theme.font,
      catAxisLabelFontSize: 10,
      catAxisLabelFrequency: '3',
      catGridLine: { style: 'none' },
      showLegend: optimized,
      legendPos: 't',
      legendColor: theme.text,
      legendFontFace: theme.font,
      legendFontSize: 12,
      altText: `Line chart of monthly cost over 24 months${optimized ? ', baseline and optimized' : ''}, in ${currency}`,
    },
  );
  const cardX = body.x + chartW + 0.3;
  const cardW = body.w - chartW - 0.3;
  const cardH = (body.h - 0.3) / 3;
  [m1, m12, m24].forEach((month, i) => {
    const label = `Month ${[1, 12, 24][i]}`;
    addCard(
      ctx,
      slide,
      { x: cardX, y: body.y + i * (cardH + 0.15), w: cardW, h: cardH },
      optimized ? `${label}, optimized` : label,
      month !== undefined ? moneyFitting(month.total, currency, (text) => cardValueFits(text, cardW, 24)) : '—',
      month === undefined ? '' : optimized ? `Baseline ${money(month.baselineTotal, currency)}` : `${wholeNumber(month.users)} users`,
      { valueColor: theme.accent, valueSize: 24 },
    );
  });
}

export function addCostSummary(ctx: DeckContext, title: string): void {
  const { model, theme, currency } = ctx;
  const { year1, budget, roi } = model;
  const lead =
    budget.annual !== null
      ? `Year-1 total ${money(year1.total, currency)} against a budget of ${money(budget.annual, currency)}`
      : `Year-1 total ${money(year1.total, currency)} (no annual budget set)`;
  const notes = [
    `${lead}.`,
    `Year 1, baseline → optimized: AI ${money(year1.aiBaseline, currency)} → ${money(year1.ai, currency)}; infrastructure ${money(year1.infrastructureBaseline, currency)} → ${money(year1.infrastructure, currency)}; operations ${money(year1.operationsBaseline, currency)} → ${money(year1.operations, currency)}.`,
    `Savings from optimizations in year 1: ${money(year1.savings, currency)}.`,
    budget.headroom !== null
      ? `Budget headroom: ${money(budget.headroom, currency)}${budget.usedPercent !== null ? ` (${used(budget.usedPercent, 'of the budget used')})` : ''}.`
      : 'No annual budget was set, so there is no headroom to report.',
    `Year-1 benefits ${money(roi.year1Benefits, currency)} against year-1 cost ${money(roi.year1Cost, currency)}${roi.year1RoiPercent !== null ? `: ROI ${percent(roi.year1RoiPercent)}` : ''}.`,
    roi.paybackMonth !== null ? `Payback in month ${roi.paybackMonth}.` : 'No payback within 24 months.',
    `Over 24 months: benefits ${money(roi.benefits24, currency)}, cost ${money(roi.cost24, currency)}, net ${money(roi.net24, currency)}.`,
    `Model-mix cost of an average request: ${moneyPrecise(model.costPerRequest, currency)}. Peak ${requestRate(model.peak.requestsPerSecond)} and ${wholeNumber(model.peak.tokensPerMinute)} tokens per minute in month ${model.peak.month}.`,
  ];
  const slide = contentSlide(ctx, title, notes);
  const body = addLead(ctx, slide, lead);
  const tableW = 6.3;
  addLabel(ctx, slide, 'Cost by category', { x: body.x, y: body.y, w: tableW, h: 0.35 });
  // Without optimizations, baseline and optimized are the same figures: one column.
  const optimized = model.optimizations.length > 0;
  const figures: Column = optimized ? { header: 'Baseline', w: 2.0, align: 'right', figures: true } : { header: 'Cost', w: 3.0, align: 'right', figures: true };
  // The same column precision as the proposal's cost table, so a figure reads the same on the slide,
  // unless the amounts are too large for the column: then in the unit the header names. The total row is bold.
  const yearly = amountColumn(
    optimized
      ? [
          year1.aiBaseline,
          year1.ai,
          year1.infrastructureBaseline,
          year1.infrastructure,
          year1.operationsBaseline,
          year1.operations,
          year1.baselineTotal,
          year1.total,
          year1.savings,
        ]
      : [year1.ai, year1.infrastructure, year1.operations, year1.total],
    currency,
    (text) => fitsCell(text, figures, COST_TABLE_PT, true),
  );
  const { format } = yearly;
  const rows = optimized
    ? [
        ['AI models', format(year1.aiBaseline), format(year1.ai)],
        ['Infrastructure', format(year1.infrastructureBaseline), format(year1.infrastructure)],
        ['Operations', format(year1.operationsBaseline), format(year1.operations)],
        ['Total', format(year1.baselineTotal), format(year1.total)],
        ['Savings', '', format(year1.savings)],
      ]
    : [
        ['AI models', format(year1.ai)],
        ['Infrastructure', format(year1.infrastructure)],
        ['Operations', format(year1.operations)],
        ['Total', format(year1.total)],
      ];
  const columns: Column[] = optimized
    ? [
        { header: 'Year 1', w: 2.3 },
        { ...figures, header: withUnit('Baseline', yearly) },
        { ...figures, header: withUnit('Optimized', yearly) },
      ]
    : [
        { header: 'Year 1', w: 3.3 },
        { ...figures, header: withUnit('Cost', yearly) },
      ];
  addTable(ctx, slide, columns, rows, { x: body.x, y: body.y + 0.5 }, { rowH: 0.5, lines: 1, fontSize: COST_TABLE_PT, emphasis: new Set([3]) });
  const cardsX = body.x + tableW + 0.35;
  const cardW = (body.w - tableW - 0.35 - 0.2) / 2;
  const cardH = (body.h - 0.3) / 3;
  const over = budget.headroom !== null && budget.headroom < 0;
  const noBenefits = roi.benefits24 === 0;
  const peakRate = requestRateParts(model.peak.requestsPerSecond);
  // A figure too long for its tile reads in words ("KWD 20.0 billion") rather than cut.
  const tile = (value: number) => moneyFitting(value, currency, (text) => cardValueFits(text, cardW, 22));
  const cards: [string, string, string, (string | undefined)?][] = [
    [
      'Budget',
      budget.annual !== null ? tile(budget.annual) : 'Not set',
      budget.usedPercent !== null ? `${used(budget.usedPercent, 'used')} in year 1` : 'No annual budget was set',
    ],
    // Without a budget there is no headroom to show; the unit cost is the figure to weigh instead.
    budget.headroom === null
      ? ['Cost per request', moneyPrecise(model.costPerRequest, currency), 'Model mix, an average request']
      : ['Headroom', tile(budget.headroom), over ? 'Over budget' : 'Under budget', over ? theme.bad : theme.good],
    // Without any estimated benefit, ROI and payback are not measured, not a loss of 100%.
    noBenefits
      ? ['Year-1 ROI', 'Not quantified', 'No monetary benefit has been estimated']
      : [
          'Year-1 ROI',
          roi.year1RoiPercent !== null ? percent(roi.year1RoiPercent) : '—',
          `Benefits ${money(roi.year1Benefits, currency)} in year 1`,
          roi.year1RoiPercent !== null ? (roi.year1RoiPercent >= 0 ? theme.good : theme.bad) : undefined,
        ],
    noBenefits
      ? ['Payback', 'Not quantified', 'Needs an estimate of the benefits']
      : [
          'Payback',
          roi.paybackMonth !== null ? `Month ${roi.paybackMonth}` : 'Beyond 24 months',
          roi.paybackMonth !== null ? 'Cumulative benefits cover cumulative cost' : 'Cumulative benefits stay below cumulative cost for 24 months',
          roi.paybackMonth !== null ? theme.accent : theme.warn,
        ],
    // A net figure with no benefit to net against is only the cost, not a loss.
    noBenefits
      ? ['24-month cost', tile(roi.cost24), 'No monetary benefit estimated to set against it']
      : ['24-month net', tile(roi.net24), `Benefits ${money(roi.benefits24, currency)}`, roi.net24 >= 0 ? theme.good : theme.bad],
    // The figure large, its unit in the caption: "0.4 requests per second" would not fit the tile.
    ['Peak load', peakRate.value, `${capitalise(peakRate.unit)}; ${count(model.peak.tokensPerMinute)} tokens/min in month ${model.peak.month}`],
  ];
  cards.forEach(([label, value, caption, color], i) => {
    const x = cardsX + (i % 2) * (cardW + 0.2);
    const y = body.y + Math.floor(i / 2) * (cardH + 0.15);
    addCard(ctx, slide, { x, y, w: cardW, h: cardH }, label, value, caption, { valueSize: 22, ...(color !== undefined ? { valueColor: color } : {}) });
  });
}
