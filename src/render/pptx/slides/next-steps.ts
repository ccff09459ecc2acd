// Slide 15: next steps and the decisions asked of the audience.
import { displayDate } from '../../../present/index.js';
import {
  addBullets,
  addLabel,
  addLead,
  addTable,
  bodyBelow,
  contentSlide,
  pageTitle,
  paginateBullets,
  paginateRows,
  CONTENT,
  type Column,
  type DeckContext,
} from '../layout.js';

const STEP_SIZE = 18;

export function addNextSteps(ctx: DeckContext, title: string): void {
  const proposal = ctx.model.spec.proposal;
  const steps = proposal?.nextSteps ?? [];
  const decisions = proposal?.decisions ?? [];
  // The lead says what is asked of the audience; the written summary already opened the deck.
  const deadlines = decisions.flatMap((d) => (d.deadline !== undefined ? [d.deadline] : [])).sort();
  const lead =
    decisions.length > 0
      ? `${decisions.length} ${decisions.length === 1 ? 'decision' : 'decisions'} needed${deadlines[0] !== undefined ? `, the first by ${displayDate(deadlines[0])}` : ''}`
      : `${steps.length} ${steps.length === 1 ? 'step' : 'steps'} to start`;
  const leftW = 5.6;
  const gap = 0.35;
  const columns: Column[] = [
    { header: 'Decision', w: 3.0 },
    { header: 'Owner', w: 1.48 },
    { header: 'Deadline', w: 1.7 },
  ];
  const decisionRow = (d: (typeof decisions)[number]) => [d.decision, d.owner ?? '—', displayDate(d.deadline) ?? '—'];
  // Both lists page by measured height under their labels; every item lands on some slide.
  const room = bodyBelow(lead);
  const stepPages = paginateBullets(steps, decisions.length > 0 ? leftW : CONTENT.w, STEP_SIZE, room.h - 0.55);
  const decisionPages = paginateRows(decisions, decisionRow, columns, { rowH: 0.5 }, room.h - 0.5);
  const count = Math.max(stepPages.length, decisionPages.length);
  for (let page = 0; page < count; page++) {
    const pageSteps = stepPages[page] ?? [];
    const pageDecisions = decisionPages[page] ?? [];
    const notes = [
      ...pageSteps.map((s, i) => `Next step ${stepPages.slice(0, page).flat().length + i + 1}: ${s}.`),
      ...pageDecisions.map(
        (d) =>
          `Decision: ${d.decision}${d.owner !== undefined ? `, owned by ${d.owner}` : ''}${d.deadline !== undefined ? `, due ${displayDate(d.deadline)}` : ''}.`,
      ),
    ];
    const slide = contentSlide(ctx, pageTitle(title, page), page === 0 ? [`${lead}.`, ...notes] : notes);
    const top = addLead(ctx, slide, lead).y;
    const height = CONTENT.y + CONTENT.h - top;
    // A page with one of the two lists gives it the left edge and the full width.
    const right = pageSteps.length === 0 ? { x: CONTENT.x, w: CONTENT.w } : { x: CONTENT.x + leftW + gap, w: CONTENT.w - leftW - gap };
    const stepsW = decisions.length === 0 ? CONTENT.w : leftW;
    if (pageSteps.length > 0) {
      addLabel(ctx, slide, 'Next steps', { x: CONTENT.x, y: top, w: stepsW, h: 0.35 });
      addBullets(ctx, slide, pageSteps, { x: CONTENT.x, y: top + 0.55, w: stepsW, h: height - 0.55 }, { fontSize: STEP_SIZE });
    }
    if (pageDecisions.length > 0) {
      addLabel(ctx, slide, 'Decisions needed', { x: right.x, y: top, w: right.w, h: 0.35 });
      addTable(ctx, slide, columns, pageDecisions.map(decisionRow), { x: right.x, y: top + 0.5 }, { rowH: 0.5, fill: height - 0.5 });
    }
  }
}
