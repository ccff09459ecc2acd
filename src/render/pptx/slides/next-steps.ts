// Slide 15: next steps and the decisions asked of the audience.
import { displayDate } from '../../../present/index.js';
import { oneLine } from '../clean.js';
import { addBullets, addLabel, addLead, addTable, contentSlide, pageTitle, pages, CONTENT, type Column, type DeckContext } from '../layout.js';

const STEPS_PER_SLIDE = 6;
const DECISIONS_PER_SLIDE = 6;

export function addNextSteps(ctx: DeckContext, title: string): void {
  const proposal = ctx.model.spec.proposal;
  const steps = proposal?.nextSteps ?? [];
  const decisions = proposal?.decisions ?? [];
  const stepPages = pages(steps, STEPS_PER_SLIDE);
  const decisionPages = pages(decisions, DECISIONS_PER_SLIDE);
  const count = Math.max(stepPages.length, decisionPages.length);
  const summary = oneLine(proposal?.executiveSummary ?? '');
  const leftW = 5.6;
  const gap = 0.35;
  const columns: Column[] = [
    { header: 'Decision', w: 3.0 },
    { header: 'Owner', w: 1.48 },
    { header: 'Deadline', w: 1.7 },
  ];
  for (let page = 0; page < count; page++) {
    const pageSteps = stepPages[page] ?? [];
    const pageDecisions = decisionPages[page] ?? [];
    const notes = [
      ...pageSteps.map((s, i) => `Next step ${page * STEPS_PER_SLIDE + i + 1}: ${s}.`),
      ...pageDecisions.map(
        (d) =>
          `Decision: ${d.decision}${d.owner !== undefined ? `, owned by ${d.owner}` : ''}${d.deadline !== undefined ? `, due ${displayDate(d.deadline)}` : ''}.`,
      ),
    ];
    const slide = contentSlide(ctx, pageTitle(title, page), page === 0 && summary.length > 0 ? [summary, ...notes] : notes);
    const top = summary.length > 0 ? addLead(ctx, slide, summary).y : CONTENT.y;
    const height = CONTENT.y + CONTENT.h - top;
    // A page with one of the two lists gives it the left edge and the full width.
    const right = pageSteps.length === 0 ? { x: CONTENT.x, w: CONTENT.w } : { x: CONTENT.x + leftW + gap, w: CONTENT.w - leftW - gap };
    const stepsW = pageDecisions.length === 0 ? CONTENT.w : leftW;
    if (pageSteps.length > 0) {
      addLabel(ctx, slide, 'Next steps', { x: CONTENT.x, y: top, w: stepsW, h: 0.35 });
      addBullets(ctx, slide, pageSteps, { x: CONTENT.x, y: top + 0.55, w: stepsW, h: height - 0.55 }, { fontSize: 18 });
    }
    if (pageDecisions.length > 0) {
      addLabel(ctx, slide, 'Decisions needed', { x: right.x, y: top, w: right.w, h: 0.35 });
      addTable(
        ctx,
        slide,
        columns,
        pageDecisions.map((d) => [d.decision, d.owner ?? '—', displayDate(d.deadline) ?? '—']),
        { x: right.x, y: top + 0.5 },
        { rowH: 0.6 },
      );
    }
  }
}
