// Slide 3: business context and goals (use cases and success criteria).
import { capitalise, money } from '../format.js';
import {
  addLabel,
  addLead,
  addTable,
  bodyBelow,
  clip,
  contentSlide,
  fitText,
  lineHeight,
  pageTitle,
  pages,
  paginateRows,
  type Column,
  type DeckContext,
} from '../layout.js';

const USE_CASES_PER_SLIDE = 4;
const ROW_H = 0.62;
/** A full-width row holds its metric on one line: it needs less height than one beside the use cases. */
const WIDE_ROW_H = 0.45;

export function addContext(ctx: DeckContext, title: string): void {
  const { theme, model } = ctx;
  const scenario = model.spec.scenario;
  const useCases = scenario.useCases ?? [];
  const criteria = scenario.successCriteria ?? [];
  const lead = scenario.useCase;
  const leftW = 5.6;
  const gap = 0.35;
  const body0 = bodyBelow(lead);
  // Beside the use cases the table has the right half; once they have run out
  // it has the whole width, like every other continuation table.
  const narrow: Column[] = [
    { header: 'Metric', w: 2.5 },
    { header: 'Today', w: 1.15 },
    { header: 'Target', w: 1.25 },
    { header: 'By', w: 1.28 },
  ];
  const wide: Column[] = [
    { header: 'Metric', w: body0.w - 6.6 },
    { header: 'Today', w: 2.1 },
    { header: 'Target', w: 2.3 },
    { header: 'By', w: 2.2 },
  ];
  const useCasePages = useCases.length > 0 ? pages(useCases, USE_CASES_PER_SLIDE) : [];
  const toRow = (c: (typeof criteria)[number]) => [c.metric, c.current ?? '—', c.target, c.timeline ?? '—'];
  // Rows grow to hold their text and page by measured height under the label.
  const room = body0.h - 0.5;
  const beside = paginateRows(criteria, toRow, narrow, { rowH: ROW_H }, room).slice(0, useCasePages.length);
  const rest = criteria.slice(beside.flat().length);
  const criteriaPages = [...beside, ...(rest.length > 0 ? paginateRows(rest, toRow, wide, { rowH: WIDE_ROW_H }, room) : [])];
  const count = Math.max(useCasePages.length, criteriaPages.length);
  for (let page = 0; page < count; page++) {
    const cases = useCasePages[page] ?? [];
    const rows = criteriaPages[page] ?? [];
    const notes =
      page === 0
        ? [
            `Use case: ${scenario.useCase}.`,
            scenario.description ?? '',
            scenario.constraints !== undefined && scenario.constraints.length > 0 ? `Constraints: ${scenario.constraints.join('; ')}.` : '',
            model.budget.annual !== null ? `Budget: ${money(model.budget.annual, ctx.currency)} per year.` : '',
            scenario.timeline !== undefined ? `Timeline: ${scenario.timeline.months} months.` : '',
          ]
        : [];
    for (const useCase of cases) {
      notes.push(
        `Use case "${useCase.name}" (${useCase.priority ?? 'no'} priority${useCase.volume !== undefined ? `, ${useCase.volume}` : ''}): ${useCase.description ?? ''}`,
      );
    }
    for (const criterion of rows) {
      notes.push(
        `Success criterion "${criterion.metric}": from ${criterion.current ?? 'unknown'} to ${criterion.target}${criterion.timeline !== undefined ? ` by ${criterion.timeline}` : ''}.`,
      );
    }
    const slide = contentSlide(ctx, pageTitle(title, page), notes);
    const body = addLead(ctx, slide, lead);
    // A page with only one of the two lists gives it the left edge and, for use cases, the full width.
    const left = { x: body.x, y: body.y, w: rows.length === 0 ? body.w : leftW, h: body.h };
    const right = cases.length === 0 ? body : { x: body.x + leftW + gap, y: body.y, w: body.w - leftW - gap, h: body.h };
    if (cases.length > 0) {
      addLabel(ctx, slide, 'Use cases', { x: left.x, y: left.y, w: left.w, h: 0.35 });
      // Fewer use cases on a page get taller cards, and their descriptions more lines.
      const cardH = Math.min(1.6, (left.h - 0.5) / Math.max(2, cases.length));
      const textW = left.w - 0.3;
      cases.forEach((useCase, i) => {
        const y = left.y + 0.5 + i * cardH;
        slide.addShape(ctx.pres.ShapeType.rect, {
          x: left.x,
          y,
          w: left.w,
          h: cardH - 0.14,
          fill: { color: theme.surface },
          line: { color: theme.border, width: 0.75 },
        });
        const tag = [useCase.priority !== undefined ? `${capitalise(useCase.priority)} priority` : '', useCase.volume ?? '']
          .filter((part) => part.length > 0)
          .join(' · ');
        const name = fitText(useCase.name, { w: textW, h: Number.POSITIVE_INFINITY }, { maxSize: 15, minSize: 13, bold: true, maxLines: 2 });
        const tagH = tag.length > 0 ? lineHeight(11) : 0;
        const description = fitText(
          useCase.description ?? '',
          { w: textW, h: Math.max(lineHeight(11), cardH - 0.3 - name.height - tagH) },
          { maxSize: 13, minSize: 11 },
        );
        slide.addText(
          [
            { text: name.text, options: { bold: true, fontSize: name.fontSize, color: theme.text, breakLine: true } },
            ...(tag.length > 0 ? [{ text: clip(tag, textW, 11, 1, true), options: { fontSize: 11, color: theme.accent, bold: true, breakLine: true } }] : []),
            { text: description.text, options: { fontSize: description.fontSize, color: theme.muted } },
          ],
          { x: left.x + 0.15, y: y + 0.06, w: textW, h: cardH - 0.26, margin: 0, valign: 'middle', fontFace: theme.font },
        );
      });
    }
    if (rows.length > 0) {
      addLabel(ctx, slide, 'Success criteria', { x: right.x, y: right.y, w: right.w, h: 0.35 });
      addTable(
        ctx,
        slide,
        cases.length === 0 ? wide : narrow,
        rows.map(toRow),
        { x: right.x, y: right.y + 0.5 },
        { rowH: cases.length === 0 ? WIDE_ROW_H : ROW_H, fill: right.h - 0.5 },
      );
    }
  }
}
