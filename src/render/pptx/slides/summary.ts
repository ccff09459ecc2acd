// Slide 2: the executive summary — the recommendation, year-1 cost against the
// budget, payback and the decision asked for, before any detail.
import { oneLine } from '../clean.js';
import { money, moneyFitting, score, wholeNumber } from '../format.js';
import { addCard, addLabel, cardValueFits, contentSlide, fitText, CONTENT, type Box, type DeckContext } from '../layout.js';
import { displayDate, platformName } from '../../../present/index.js';

export const SUMMARY_TITLE = 'Executive summary';
/** The size of the cards' figures. */
const VALUE_PT = 26;

/** The decision the audience is asked for: the spec's first decision, else approval of the recommendation (and its first phase). */
export function decisionAsked(ctx: DeckContext): { readonly decision: string; readonly detail: string } {
  const { model } = ctx;
  const first = model.spec.proposal?.decisions?.[0];
  if (first !== undefined) {
    const detail = [first.owner !== undefined ? `Owner: ${first.owner}` : '', first.deadline !== undefined ? `by ${displayDate(first.deadline)}` : '']
      .filter((part) => part.length > 0)
      .join(', ');
    return { decision: first.decision, detail };
  }
  const label = platformName(model, model.recommendation);
  const phase = model.phases[0];
  return {
    decision: phase !== undefined ? `Approve ${label} and start the ${phase.name} phase` : `Approve ${label} as the platform`,
    detail: phase !== undefined ? `${phase.endWeek - phase.startWeek + 1} weeks from week ${phase.startWeek}` : '',
  };
}

function budgetLine(ctx: DeckContext, cardW: number): { value: string; caption: string; good: boolean | null } {
  const { budget, year1 } = ctx.model;
  const value = moneyFitting(year1.total, ctx.currency, (text) => cardValueFits(text, cardW, VALUE_PT));
  if (budget.annual === null || budget.headroom === null) return { value, caption: 'No annual budget was set for comparison', good: null };
  return budget.headroom >= 0
    ? { value, caption: `Within the ${money(budget.annual, ctx.currency)} annual budget, ${money(budget.headroom, ctx.currency)} to spare`, good: true }
    : { value, caption: `Over the ${money(budget.annual, ctx.currency)} annual budget by ${money(-budget.headroom, ctx.currency)}`, good: false };
}

function paybackLine(ctx: DeckContext): { value: string; caption: string } {
  const { roi } = ctx.model;
  if (roi.paybackMonth !== null)
    return { value: `Month ${roi.paybackMonth}`, caption: `Benefits overtake cumulative cost; ${money(roi.net24, ctx.currency)} net over 24 months` };
  if (roi.benefits24 === 0) return { value: 'Not quantified', caption: 'No monetary benefit has been estimated yet' };
  return {
    value: 'Beyond 24 months',
    caption: `${money(roi.benefits24, ctx.currency)} of benefits against ${money(roi.cost24, ctx.currency)} of cost over 24 months`,
  };
}

/** A framed block of wrapped text under a label, its font sized to fit the box. */
function addTextPanel(ctx: DeckContext, slide: ReturnType<typeof contentSlide>, label: string, text: string, box: Box, maxSize: number): void {
  const { theme } = ctx;
  addLabel(ctx, slide, label, { x: box.x, y: box.y, w: box.w, h: 0.35 });
  const room = { x: box.x, y: box.y + 0.45, w: box.w, h: box.h - 0.45 };
  // Measured at the largest size that fits the room whole; the frame then fits the text it holds.
  const fitted = fitText(text, { w: room.w - 0.4, h: room.h - 0.3 }, { maxSize, minSize: 12 });
  const inner = { ...room, h: Math.min(room.h, fitted.height + 0.3) };
  slide.addShape(ctx.pres.ShapeType.rect, { ...inner, fill: { color: theme.surface }, line: { color: theme.border, width: 0.75 } });
  slide.addText(fitted.text, {
    x: inner.x + 0.2,
    y: inner.y + 0.15,
    w: room.w - 0.4,
    h: inner.h - 0.3,
    margin: 0,
    valign: 'top',
    fontFace: theme.font,
    fontSize: fitted.fontSize,
    color: theme.text,
  });
}

/** Without a written summary, one sentence of facts from the model: use case, platform, design and users. */
function inBrief(ctx: DeckContext): string {
  const { model, p } = ctx;
  const useCase = oneLine(model.spec.scenario.useCase);
  // "Appointment reminder drafting" → "appointment reminder drafting"; an acronym ("AI triage") keeps its case.
  const what = /^\p{Lu}\p{Ll}/u.test(useCase) ? useCase.charAt(0).toLowerCase() + useCase.slice(1) : useCase;
  const first = model.months[0]?.users;
  const last = model.months[model.months.length - 1];
  const users =
    first === undefined
      ? ''
      : last !== undefined && last.users !== first
        ? `, for ${wholeNumber(first)} users at launch and ${wholeNumber(last.users)} by month ${last.month}`
        : `, for ${wholeNumber(first)} users`;
  return `${ctx.client}: ${what} on ${p.platform}, ${p.pattern.withArticle} design of ${p.componentCount}${users}.`;
}

export function addExecutiveSummary(ctx: DeckContext): void {
  const { model, theme } = ctx;
  const rec = model.scores.find((s) => s.platform === model.recommendation);
  const label = rec?.label ?? model.recommendation;
  const runner = model.runnerUp !== null ? model.scores.find((s) => s.platform === model.runnerUp) : undefined;
  const gap = 0.3;
  const cardW = (CONTENT.w - 2 * gap) / 3;
  const budget = budgetLine(ctx, cardW);
  const payback = paybackLine(ctx);
  const ask = decisionAsked(ctx);
  const summary = oneLine(model.spec.proposal?.executiveSummary ?? '');
  const scoreLine =
    rec !== undefined
      ? `Weighted score ${score(rec.weighted)} of 10${runner !== undefined ? `; next best ${runner.label} at ${score(runner.weighted)}` : ''}`
      : '';
  const notes = [
    summary,
    `Recommendation: ${label}. ${scoreLine}.`,
    `Year-1 cost: ${budget.value}. ${budget.caption}.`,
    `Payback: ${payback.value}. ${payback.caption}.`,
    `Decision asked: ${ask.decision}${ask.detail.length > 0 ? ` (${ask.detail})` : ''}.`,
  ];
  const slide = contentSlide(ctx, SUMMARY_TITLE, notes);
  const cardH = 2.1;
  const cards: [string, string, string, string][] = [
    ['Recommendation', label, scoreLine, theme.accent],
    ['Year-1 cost', budget.value, budget.caption, budget.good === false ? theme.bad : budget.good === true ? theme.good : theme.text],
    ['Payback', payback.value, payback.caption, model.roi.paybackMonth !== null ? theme.good : theme.text],
  ];
  cards.forEach(([title, value, caption, color], i) => {
    addCard(ctx, slide, { x: CONTENT.x + i * (cardW + gap), y: CONTENT.y, w: cardW, h: cardH }, title, value, caption, {
      valueColor: color,
      valueSize: VALUE_PT,
      captionSize: 15,
    });
  });
  const top = CONTENT.y + cardH + 0.3;
  const rest = { x: CONTENT.x, y: top, w: CONTENT.w, h: CONTENT.y + CONTENT.h - top };
  const decision = `${ask.decision}${ask.detail.length > 0 ? ` (${ask.detail})` : ''}`;
  const decisionW = cardW;
  addTextPanel(ctx, slide, 'Decision asked', decision, { ...rest, w: decisionW }, 24);
  addTextPanel(ctx, slide, 'In brief', summary.length > 0 ? summary : inBrief(ctx), { ...rest, x: rest.x + decisionW + gap, w: rest.w - decisionW - gap }, 22);
}
