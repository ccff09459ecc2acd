// Slides 7–8: the five defence-in-depth layers, and the compliance mapping.
import { lookupTable } from '../../../records.js';
import { LAYER_NAMES, type Control } from '../../../spec/types.js';
import { truncate } from '../clean.js';
import { capitalise } from '../format.js';
import { addLead, addTable, capacity, contentSlide, pageTitle, pages, rowsThatFit, type Column, type DeckContext } from '../layout.js';

const CONTROLS_PER_CARD = 5;
const ROW_H = 0.55;
const SECRETS = lookupTable({ vault: 'Vault', environment: 'Environment variables', 'managed-identity': 'Managed identity' });

export function addSecurity(ctx: DeckContext, title: string): void {
  const { model, theme } = ctx;
  const security = model.spec.security;
  const layers = LAYER_NAMES.map((name) => ({ name, controls: security?.layers?.[name] ?? [] }));
  const secrets = security?.secrets;
  const lead =
    secrets !== undefined
      ? `Secrets: ${SECRETS[secrets.pattern ?? ''] ?? 'pattern not set'}${secrets.implementation !== undefined ? ` — ${secrets.implementation}` : ''}`
      : 'Five layers of defence in depth, each with its own controls';
  const describe = (layer: string, control: Control): string =>
    `${capitalise(layer)} — ${control.control}: ${control.implementation ?? 'implementation not described'} (${control.status ?? 'status not set'}).`;
  const gap = 0.18;
  const notes = [
    lead,
    ...layers.flatMap((layer) => layer.controls.slice(0, CONTROLS_PER_CARD).map((control) => describe(layer.name, control))),
    security?.roles?.length ? `Roles: ${security.roles.map((r) => `${r.name} (${(r.permissions ?? []).join(', ')})`).join('; ')}.` : '',
  ];
  const slide = contentSlide(ctx, title, notes);
  const body = addLead(ctx, slide, lead);
  const cardW = (body.w - gap * (LAYER_NAMES.length - 1)) / LAYER_NAMES.length;
  // Cards are as tall as the fullest layer needs (all the same height), so a sparse
  // design does not leave five tall, mostly empty frames.
  const anyMore = layers.some((layer) => layer.controls.length > CONTROLS_PER_CARD);
  const itemH = (body.h - 0.8 - (anyMore ? 0.3 : 0)) / CONTROLS_PER_CARD;
  const fullest = Math.max(1, Math.min(CONTROLS_PER_CARD, Math.max(...layers.map((layer) => layer.controls.length))));
  const cardH = Math.min(body.h, Math.max(2.2, 0.8 + fullest * itemH + (anyMore ? 0.36 : 0.12)));
  layers.forEach((layer, index) => {
    const x = body.x + index * (cardW + gap);
    const empty = layer.controls.length === 0;
    slide.addShape(ctx.pres.ShapeType.rect, {
      x,
      y: body.y,
      w: cardW,
      h: cardH,
      fill: { color: theme.surface },
      line: { color: theme.border, width: 0.75 },
    });
    slide.addShape(ctx.pres.ShapeType.rect, {
      x,
      y: body.y,
      w: cardW,
      h: 0.62,
      fill: { color: empty ? theme.neutral : theme.headerFill },
      line: { color: empty ? theme.neutral : theme.headerFill, width: 0 },
    });
    const more = layer.controls.length - CONTROLS_PER_CARD;
    slide.addText(
      [
        { text: `${index + 1}  `, options: { color: theme.accent, bold: true } },
        { text: capitalise(layer.name), options: { color: theme.headerText, bold: true } },
      ],
      { x: x + 0.12, y: body.y, w: cardW - 0.24, h: 0.62, margin: 0, valign: 'middle', fontFace: theme.headingFont, fontSize: 16 },
    );
    if (empty) {
      slide.addText('Controls for this layer are to be defined in the detailed design.', {
        x: x + 0.12,
        y: body.y + 0.8,
        w: cardW - 0.24,
        h: 1.2,
        margin: 0,
        valign: 'top',
        fontFace: theme.font,
        fontSize: 12,
        italic: true,
        color: theme.muted,
      });
      return;
    }
    layer.controls.slice(0, CONTROLS_PER_CARD).forEach((control, i) => {
      const y = body.y + 0.78 + i * itemH;
      slide.addText(
        [
          { text: truncate(control.control, capacity(cardW - 0.24, 13 * 1.1, 2)), options: { bold: true, fontSize: 13, color: theme.text, breakLine: true } },
          { text: truncate(control.implementation ?? '', capacity(cardW - 0.24, 10, 2)), options: { fontSize: 10, color: theme.muted } },
        ],
        { x: x + 0.12, y, w: cardW - 0.24, h: itemH - 0.08, margin: 0, valign: 'top', fontFace: theme.font },
      );
    });
    if (more > 0) {
      slide.addText(`+${more} more on the next slides`, {
        x: x + 0.12,
        y: body.y + cardH - 0.36,
        w: cardW - 0.24,
        h: 0.28,
        margin: 0,
        valign: 'middle',
        fontFace: theme.font,
        fontSize: 11,
        bold: true,
        color: theme.accent,
      });
    }
  });
  // Controls beyond what a card holds continue as a table.
  const rest = layers.flatMap((layer) => layer.controls.slice(CONTROLS_PER_CARD).map((control) => ({ layer: layer.name, control })));
  if (rest.length === 0) return;
  const columns: Column[] = [
    { header: 'Layer', w: 1.8 },
    { header: 'Control', w: 3.4 },
    { header: 'Implementation', w: 5.43 },
    { header: 'Status', w: 1.5 },
  ];
  pages(rest, rowsThatFit(4.95, ROW_H)).forEach((rows, page) => {
    const more = contentSlide(
      ctx,
      pageTitle(title, page + 1),
      rows.map((r) => describe(r.layer, r.control)),
    );
    const moreBody = addLead(ctx, more, lead);
    addTable(
      ctx,
      more,
      columns,
      rows.map((r) => [capitalise(r.layer), r.control.control, r.control.implementation ?? '—', capitalise(r.control.status ?? '—')]),
      { x: moreBody.x, y: moreBody.y },
      { rowH: ROW_H },
    );
  });
}

export function addCompliance(ctx: DeckContext, title: string): void {
  const { model } = ctx;
  const mapping = model.spec.security?.compliance ?? [];
  const frameworks = model.spec.scenario.compliance ?? [];
  const unmapped = frameworks.filter((f) => !mapping.some((row) => row.framework.toLowerCase() === f.toLowerCase()));
  const lead =
    frameworks.length > 0
      ? `In scope: ${frameworks.join(', ')}${unmapped.length > 0 ? ` · not yet mapped: ${unmapped.join(', ')}` : ' · every framework mapped to controls'}`
      : 'Requirement-to-control mapping';
  const columns: Column[] = [
    { header: 'Framework', w: 1.6 },
    { header: 'Requirement', w: 3.5 },
    { header: 'Control', w: 3.8 },
    { header: 'Evidence', w: 3.23 },
  ];
  const perSlide = rowsThatFit(4.95, ROW_H);
  pages(mapping, perSlide).forEach((rows, page) => {
    const notes = [
      page === 0 ? `${lead}.` : '',
      ...rows.map((r) => `${r.framework} ${r.requirement}: ${r.control}${r.evidence !== undefined ? `; evidence: ${r.evidence}` : ''}.`),
    ];
    const slide = contentSlide(ctx, pageTitle(title, page), notes);
    const body = addLead(ctx, slide, lead);
    if (rows.length === 0) return;
    addTable(
      ctx,
      slide,
      columns,
      rows.map((r) => [r.framework, r.requirement, r.control, r.evidence ?? '—']),
      { x: body.x, y: body.y },
      { rowH: ROW_H },
    );
  });
}
