// Slide 14: operations — metric thresholds, alert routing and escalation.
import { truncate } from '../clean.js';
import { capitalise, quantity, wholeNumber } from '../format.js';
import { addLabel, addLead, addTable, capacity, contentSlide, pageTitle, pages, type Column, type DeckContext } from '../layout.js';
import { runbook } from '../../../present/runbook.js';

const ROWS_PER_SLIDE = 5;
const ROW_H = 0.5;
const ESCALATION_STEPS = 5;

export function addOperations(ctx: DeckContext, title: string): void {
  const { model, theme } = ctx;
  const operations = model.spec.operations;
  // Where the proposal sets no thresholds or routing, the runbook's industry-practice
  // defaults are shown, labelled as assumptions.
  const book = runbook(model);
  const assumedMetrics = book.thresholds.basis === 'assumed';
  const assumedRouting = book.routing.basis === 'assumed';
  const metrics = book.thresholds.items;
  const routing = book.routing.items;
  const escalation = model.escalation.map((step) => step.who);
  const contacts = model.escalation.map((step) => (step.contact !== null ? `${step.who} (${step.contact})` : step.who));
  const lead = `Sized for a peak of ${quantity(model.peak.requestsPerSecond)} requests/s and ${wholeNumber(model.peak.tokensPerMinute)} tokens/min (month ${model.peak.month})`;
  const metricPages = pages(metrics, ROWS_PER_SLIDE);
  const routingPages = pages(routing, ROWS_PER_SLIDE);
  const count = Math.max(metricPages.length, routingPages.length);
  const leftW = 6.3;
  const gap = 0.35;
  const metricColumns: Column[] = [
    { header: 'Metric', w: 2.9 },
    { header: 'Warning', w: 1.7, align: 'center' },
    { header: 'Critical', w: 1.7, align: 'center' },
  ];
  const routingColumns: Column[] = [
    { header: 'Severity', w: 1.25 },
    { header: 'Channel', w: 2.33 },
    { header: 'Respond in', w: 1.9, align: 'center' },
  ];
  for (let page = 0; page < count; page++) {
    const metricRows = metricPages[page] ?? [];
    const routingRows = routingPages[page] ?? [];
    const notes = [
      page === 0 ? `${lead}.` : '',
      ...metricRows.map((m) => `${m.metric}: warning ${m.warning ?? 'not set'}, critical ${m.critical ?? 'not set'}.`),
      ...routingRows.map(
        (r) => `${capitalise(r.severity)} alerts go to ${r.channel}${r.responseTime !== undefined ? `, response within ${r.responseTime}` : ''}.`,
      ),
      page === 0 && escalation.length > 0 ? `Escalation: ${contacts.join(' → ')}.` : '',
      ...(page === 0 ? book.severityLevels.map((s) => `${s.level} ${s.name}: ${s.definition} (e.g. ${s.examples}).`) : []),
      ...(page === 0 ? book.assumptions : []),
      ...(page === 0
        ? (operations?.procedures ?? []).map(
            (p) =>
              `Procedure "${p.name}"${p.when !== undefined ? ` (${p.when})` : ''}: ${p.steps.join('; ')}.${p.verification !== undefined ? ` Verify: ${p.verification}.` : ''}`,
          )
        : []),
    ];
    const slide = contentSlide(ctx, pageTitle(title, page), notes);
    const body = addLead(ctx, slide, lead);
    // A continuation page with only alert routing left puts it at the left edge.
    const right = metricRows.length === 0 && page > 0 ? { x: body.x, w: body.w - leftW - gap } : { x: body.x + leftW + gap, w: body.w - leftW - gap };
    if (metricRows.length > 0) {
      addLabel(ctx, slide, assumedMetrics ? 'Alert thresholds (assumed)' : 'Alert thresholds', { x: body.x, y: body.y, w: leftW, h: 0.35 });
      addTable(
        ctx,
        slide,
        metricColumns,
        metricRows.map((m) => [m.metric, m.warning ?? '—', m.critical ?? '—']),
        { x: body.x, y: body.y + 0.5 },
        { rowH: ROW_H, lines: 1 },
      );
    }
    if (routingRows.length > 0) {
      addLabel(ctx, slide, assumedRouting ? 'Alert routing (assumed)' : 'Alert routing', { x: right.x, y: body.y, w: right.w, h: 0.35 });
      addTable(
        ctx,
        slide,
        routingColumns,
        routingRows.map((r) => [capitalise(r.severity), r.channel, r.responseTime ?? '—']),
        { x: right.x, y: body.y + 0.5 },
        { rowH: ROW_H, lines: 1 },
      );
    }
    if (page !== 0 || escalation.length === 0) continue;
    const escY = body.y + body.h - 1.3;
    addLabel(ctx, slide, 'Escalation path', { x: body.x, y: escY, w: body.w, h: 0.35 });
    const shown =
      escalation.length > ESCALATION_STEPS
        ? [...escalation.slice(0, ESCALATION_STEPS - 1), `+${escalation.length - ESCALATION_STEPS + 1} more (notes)`]
        : escalation;
    const stepW = Math.min(3.0, body.w / shown.length);
    shown.forEach((step, i) => {
      slide.addText(truncate(step, capacity(stepW - 0.5, 12, 2)), {
        shape: i === 0 ? ctx.pres.ShapeType.homePlate : ctx.pres.ShapeType.chevron,
        x: body.x + i * stepW,
        y: escY + 0.45,
        w: stepW - 0.04,
        h: 0.6,
        margin: [0, 14, 0, 18],
        align: 'center',
        valign: 'middle',
        fontFace: theme.font,
        fontSize: 12,
        bold: true,
        color: i === 0 ? theme.headerText : theme.text,
        fill: { color: i === 0 ? theme.headerFill : theme.surface },
        line: { color: theme.border, width: 0.75 },
      });
    });
  }
}
