// Slide 14: operations — alert thresholds, alert routing and escalation, from
// the runbook the documents share (its assumed defaults labelled as such).
import { capitalise, requestRate, wholeNumber } from '../format.js';
import {
  addLabel,
  addLead,
  addTable,
  bodyBelow,
  contentSlide,
  fitText,
  layoutTable,
  pageTitle,
  paginateRows,
  tableHeight,
  type Column,
  type DeckContext,
} from '../layout.js';
import { runbook, type Routing, type Threshold } from '../../../present/runbook.js';

const ROW_H = 0.4;
const STEPS_PER_ROW = 5;
const STEP_H = 0.7;
const SEVERITY_COLUMNS: readonly Column[] = [
  { header: 'Level', w: 2.3 },
  { header: 'Definition', w: 5.8 },
  { header: 'Examples', w: 4.03 },
];

export function addOperations(ctx: DeckContext, title: string): void {
  const { model, theme } = ctx;
  const operations = model.spec.operations;
  const book = runbook(model);
  const assumedMetrics = book.thresholds.basis === 'assumed';
  const assumedRouting = book.routing.basis === 'assumed';
  const escalation = model.escalation;
  const contacts = escalation.map((step) => (step.contact !== null ? `${step.who} (${step.contact})` : step.who));
  const lead = `Sized for a peak of ${requestRate(model.peak.requestsPerSecond)} and ${wholeNumber(model.peak.tokensPerMinute)} tokens/min (month ${model.peak.month})`;
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
  const metricRow = (m: Threshold) => [m.metric, m.warning ?? '—', m.critical ?? '—'];
  const routingRow = (r: Routing) => [capitalise(r.severity), r.channel, r.responseTime ?? '—'];
  // The escalation path takes the foot of the first slide, in rows of chevrons.
  const stepRows = Math.ceil(escalation.length / STEPS_PER_ROW);
  const escalationH = stepRows > 0 ? 0.5 + stepRows * STEP_H : 0;
  const body = bodyBelow(lead);
  const tableH = body.h - 0.5;
  const metricPages = paginateRows(book.thresholds.items, metricRow, metricColumns, { rowH: ROW_H }, tableH - escalationH, tableH);
  const routingPages = paginateRows(book.routing.items, routingRow, routingColumns, { rowH: ROW_H }, tableH - escalationH, tableH);
  const count = Math.max(metricPages.length, routingPages.length);
  for (let page = 0; page < count; page++) {
    const metricRows = metricPages[page] ?? [];
    const routingRows = routingPages[page] ?? [];
    const notes = [
      page === 0 ? `${lead}.` : '',
      ...metricRows.map((m) => `${m.metric}: warning ${m.warning ?? 'not set'}, critical ${m.critical ?? 'not set'}.`),
      ...routingRows.map((r) => `${capitalise(r.severity)} alerts go to ${r.channel}${r.responseTime !== null ? `, response within ${r.responseTime}` : ''}.`),
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
    // Where the first slide has room under the tables, the runbook's severity levels
    // fill it; otherwise the tables grow into the room.
    const severityRows = book.severityLevels.map((s) => [`${s.level} ${s.name}${s.basis === 'assumed' ? ' (assumed)' : ''}`, s.definition, s.examples]);
    const severityOptions = { rowH: 0.36, fontSize: 11 };
    const plainH = Math.max(
      metricRows.length > 0 ? tableHeight(layoutTable(metricColumns, metricRows.map(metricRow), { rowH: ROW_H })) : 0,
      routingRows.length > 0 ? tableHeight(layoutTable(routingColumns, routingRows.map(routingRow), { rowH: ROW_H })) : 0,
    );
    const severityY = body.y + 0.5 + plainH + 0.2;
    const withSeverity =
      page === 0 && tableHeight(layoutTable(SEVERITY_COLUMNS, severityRows, severityOptions)) <= body.y + body.h - escalationH - severityY - 0.45;
    const fill = withSeverity ? plainH : tableH - (page === 0 ? escalationH : 0);
    addLead(ctx, slide, lead);
    // A continuation page with only alert routing left puts it at the left edge.
    const right = metricRows.length === 0 && page > 0 ? { x: body.x, w: body.w - leftW - gap } : { x: body.x + leftW + gap, w: body.w - leftW - gap };
    if (metricRows.length > 0) {
      addLabel(ctx, slide, assumedMetrics ? 'Alert thresholds (assumed: industry practice)' : 'Alert thresholds', { x: body.x, y: body.y, w: leftW, h: 0.35 });
      addTable(ctx, slide, metricColumns, metricRows.map(metricRow), { x: body.x, y: body.y + 0.5 }, { rowH: ROW_H, fill });
    }
    if (routingRows.length > 0) {
      addLabel(ctx, slide, assumedRouting ? 'Alert routing (assumed)' : 'Alert routing', { x: right.x, y: body.y, w: right.w, h: 0.35 });
      addTable(ctx, slide, routingColumns, routingRows.map(routingRow), { x: right.x, y: body.y + 0.5 }, { rowH: ROW_H, fill });
    }
    if (withSeverity) {
      addLabel(ctx, slide, 'Incident severity', { x: body.x, y: severityY, w: body.w, h: 0.35 });
      addTable(ctx, slide, SEVERITY_COLUMNS, severityRows, { x: body.x, y: severityY + 0.45 }, severityOptions);
    }
    if (page !== 0) continue;
    if (escalation.length === 0) continue;
    const escY = body.y + body.h - escalationH;
    addLabel(ctx, slide, 'Escalation path', { x: body.x, y: escY, w: body.w, h: 0.35 });
    const perRow = Math.min(STEPS_PER_ROW, escalation.length);
    const stepW = Math.min(3.0, body.w / perRow);
    escalation.forEach((step, i) => {
      const row = Math.floor(i / STEPS_PER_ROW);
      const column = i % STEPS_PER_ROW;
      // Chevron insets (pptxgenjs orders them left, right, bottom, top): 18 pt left, 14 pt right.
      const textW = stepW - 0.04 - 32 / 72;
      const who = fitText(step.who, { w: textW, h: step.contact !== null ? 0.38 : 0.6 }, { maxSize: 12, minSize: 9, bold: true, maxLines: 2 });
      const contact = step.contact !== null ? fitText(step.contact, { w: textW, h: 0.2 }, { maxSize: 10, minSize: 8, maxLines: 1 }) : null;
      const first = i === 0;
      slide.addText(
        [
          { text: who.text, options: { bold: true, fontSize: who.fontSize, breakLine: contact !== null } },
          ...(contact !== null ? [{ text: contact.text, options: { fontSize: contact.fontSize } }] : []),
        ],
        {
          shape: first ? ctx.pres.ShapeType.homePlate : ctx.pres.ShapeType.chevron,
          x: body.x + column * stepW,
          y: escY + 0.45 + row * STEP_H,
          w: stepW - 0.04,
          h: STEP_H - 0.1,
          margin: [18, 14, 0, 0],
          align: 'center',
          valign: 'middle',
          fontFace: theme.font,
          color: first ? theme.headerText : theme.text,
          fill: { color: first ? theme.headerFill : theme.surface },
          line: { color: theme.border, width: 0.75 },
        },
      );
    });
  }
}
