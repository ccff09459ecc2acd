// Slide 11: the optimization roadmap, one row per strategy.
import { amountColumn, capitalise, money, percent, withUnit } from '../format.js';
import { addLead, addTable, bodyBelow, contentSlide, fitsCell, pageTitle, paginateRows, type Column, type DeckContext } from '../layout.js';

const ROW_H = 0.55;
/** The table's base text size (layout.ts's default); it only grows where nothing is shortened. */
const TABLE_PT = 12;

export function addOptimizations(ctx: DeckContext, title: string): void {
  const { model, currency } = ctx;
  const { year1 } = model;
  const optimizations = [...model.optimizations].sort((a, b) => a.startMonth - b.startMonth);
  const lead =
    optimizations.length > 0
      ? `Optimizations save ${money(year1.savings, currency)} in year 1: ${money(year1.baselineTotal, currency)} → ${money(year1.total, currency)}`
      : 'No optimizations planned yet';
  const year1Column: Column = { header: 'Year-1 saving', w: 1.7, align: 'right', figures: true };
  const months24Column: Column = { header: '24-month saving', w: 1.78, align: 'right', figures: true };
  // Each saving whole: in the unit the header names when the amounts are too large for the column.
  const fits = (column: Column) => (text: string) => fitsCell(text, column, TABLE_PT);
  const savings1 = amountColumn(
    optimizations.map((o) => o.standaloneSavingsYear1),
    currency,
    fits(year1Column),
  );
  const savings24 = amountColumn(
    optimizations.map((o) => o.standaloneSavings24),
    currency,
    fits(months24Column),
  );
  const columns: Column[] = [
    { header: 'Strategy', w: 3.9 },
    { header: 'Applies to', w: 1.55 },
    { header: 'Cut', w: 0.95, align: 'center' },
    { header: 'From', w: 1.15, align: 'center' },
    { header: 'Effort', w: 1.1, align: 'center' },
    { ...year1Column, header: withUnit(year1Column.header, savings1) },
    { ...months24Column, header: withUnit(months24Column.header, savings24) },
  ];
  const toRow = (o: (typeof optimizations)[number]) => [
    o.strategy,
    o.appliesTo === 'ai' ? 'AI models' : capitalise(o.appliesTo),
    percent(o.savingsPercent),
    `Month ${o.startMonth}`,
    o.effort !== null ? capitalise(o.effort) : '—',
    savings1.format(o.standaloneSavingsYear1),
    savings24.format(o.standaloneSavings24),
  ];
  paginateRows(optimizations, toRow, columns, { rowH: ROW_H }, bodyBelow(lead).h).forEach((rows, page) => {
    const notes = [
      page === 0 ? `${lead}.` : '',
      page === 0 && optimizations.length > 0
        ? 'Savings per strategy are what it would save on its own; strategies on one category compound, so the total is smaller than their sum.'
        : '',
      ...rows.map(
        (o) =>
          `${o.strategy}: cuts ${o.appliesTo} cost by ${percent(o.savingsPercent)} from month ${o.startMonth}, ${o.effort ?? 'unrated'} effort; on its own saves ${money(o.standaloneSavingsYear1, currency)} in year 1 and ${money(o.standaloneSavings24, currency)} over 24 months.`,
      ),
    ];
    const slide = contentSlide(ctx, pageTitle(title, page), notes);
    const body = addLead(ctx, slide, lead);
    if (rows.length === 0) return;
    addTable(ctx, slide, columns, rows.map(toRow), { x: body.x, y: body.y }, { rowH: ROW_H, fill: body.h });
  });
}
