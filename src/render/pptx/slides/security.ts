// Slides 7–8: the five defence-in-depth layers, and the compliance mapping.
import { LAYER_TO_DEFINE } from '../../../present/security.js';
import { lookupTable } from '../../../records.js';
import { LAYER_NAMES, type Control } from '../../../spec/types.js';
import { capitalise } from '../format.js';
import { addLead, addTable, bodyBelow, contentSlide, fitText, pageTitle, paginateRows, type Column, type DeckContext, type FittedText } from '../layout.js';

const ROW_H = 0.45;
const SECRETS = lookupTable({ vault: 'Vault', environment: 'Environment variables', 'managed-identity': 'Managed identity' });

/** Control names and details, largest first: the cards take the largest pair at which every control fits whole. */
const SIZES = [
  { name: 16, detail: 13 },
  { name: 15, detail: 12 },
  { name: 14, detail: 11 },
  { name: 13, detail: 10 },
] as const;
type Sizes = (typeof SIZES)[number];
const ITEM_GAP = 0.12;
const CARD_HEAD = 0.78;

interface PlacedControl {
  readonly name: FittedText;
  readonly detail: FittedText | null;
  readonly h: number;
}

function placeControl(control: Control, w: number, sizes: Sizes): PlacedControl {
  const name = fitText(control.control, { w, h: Number.POSITIVE_INFINITY }, { maxSize: sizes.name, bold: true, maxLines: 3 });
  const detail =
    control.implementation !== undefined ? fitText(control.implementation, { w, h: Number.POSITIVE_INFINITY }, { maxSize: sizes.detail, maxLines: 4 }) : null;
  return { name, detail, h: name.height + (detail?.height ?? 0) + ITEM_GAP };
}

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
  const body = bodyBelow(lead);
  const cardW = (body.w - gap * (LAYER_NAMES.length - 1)) / LAYER_NAMES.length;
  const textW = cardW - 0.24;
  // Each card holds as many of its controls as its measured height allows; the
  // rest continue in a table on the next slides, so none is dropped.
  const room = body.h - CARD_HEAD - 0.36;
  const placeAll = (sizes: Sizes) =>
    layers.map((layer) => {
      const items: { control: Control; at: PlacedControl }[] = [];
      let used = 0;
      for (const control of layer.controls) {
        const at = placeControl(control, textW, sizes);
        if (used + at.h > room) break;
        items.push({ control, at });
        used += at.h;
      }
      return { ...layer, items, used };
    });
  const whole = (layout: ReturnType<typeof placeAll>) =>
    layout.every((layer) => layer.items.length === layer.controls.length && layer.items.every(({ at }) => !at.name.cut && at.detail?.cut !== true));
  // A few controls are set larger to use the slide rather than sit small above an empty half of it.
  const fallback = SIZES[SIZES.length - 1] as Sizes;
  const sizes = SIZES.find((candidate) => whole(placeAll(candidate))) ?? fallback;
  const placed = placeAll(sizes);
  const anyMore = placed.some((layer) => layer.items.length < layer.controls.length);
  // Cards are as tall as the fullest layer needs (all the same height), so a sparse
  // design does not leave five tall, mostly empty frames.
  const cardH = Math.min(body.h, Math.max(2.2, CARD_HEAD + Math.max(...placed.map((l) => l.used)) + (anyMore ? 0.36 : 0.12)));
  const notes = [
    lead,
    ...placed.flatMap((layer) => layer.items.map(({ control }) => describe(layer.name, control))),
    security?.roles?.length ? `Roles: ${security.roles.map((r) => `${r.name} (${(r.permissions ?? []).join(', ')})`).join('; ')}.` : '',
  ];
  const slide = contentSlide(ctx, title, notes);
  addLead(ctx, slide, lead);
  placed.forEach((layer, index) => {
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
    slide.addText(
      [
        { text: `${index + 1}  `, options: { color: theme.accent, bold: true } },
        { text: capitalise(layer.name), options: { color: theme.headerText, bold: true } },
      ],
      { x: x + 0.12, y: body.y, w: cardW - 0.24, h: 0.62, margin: 0, valign: 'middle', fontFace: theme.headingFont, fontSize: 16 },
    );
    if (empty) {
      slide.addText(LAYER_TO_DEFINE, {
        x: x + 0.12,
        y: body.y + 0.8,
        w: textW,
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
    let y = body.y + CARD_HEAD;
    for (const { at } of layer.items) {
      slide.addText(
        [
          { text: at.name.text, options: { bold: true, fontSize: sizes.name, color: theme.text, breakLine: at.detail !== null } },
          ...(at.detail !== null ? [{ text: at.detail.text, options: { fontSize: sizes.detail, color: theme.muted } }] : []),
        ],
        { x: x + 0.12, y, w: textW, h: at.h - ITEM_GAP + 0.04, margin: 0, valign: 'top', fontFace: theme.font },
      );
      y += at.h;
    }
    const more = layer.controls.length - layer.items.length;
    if (more > 0) {
      slide.addText(`+${more} more on the next slide`, {
        x: x + 0.12,
        y: body.y + cardH - 0.36,
        w: textW,
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
  const rest = placed.flatMap((layer) => layer.controls.slice(layer.items.length).map((control) => ({ layer: layer.name, control })));
  if (rest.length === 0) return;
  const columns: Column[] = [
    { header: 'Layer', w: 1.8 },
    { header: 'Control', w: 3.4 },
    { header: 'Implementation', w: 5.43 },
    { header: 'Status', w: 1.5 },
  ];
  const toRow = (r: (typeof rest)[number]) => [capitalise(r.layer), r.control.control, r.control.implementation ?? '—', capitalise(r.control.status ?? '—')];
  paginateRows(rest, toRow, columns, { rowH: ROW_H }, body.h).forEach((rows, page) => {
    const more = contentSlide(
      ctx,
      pageTitle(title, page + 1),
      rows.map((r) => describe(r.layer, r.control)),
    );
    const moreBody = addLead(ctx, more, lead);
    addTable(ctx, more, columns, rows.map(toRow), { x: moreBody.x, y: moreBody.y }, { rowH: ROW_H, fill: moreBody.h });
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
  const toRow = (r: (typeof mapping)[number]) => [r.framework, r.requirement, r.control, r.evidence ?? '—'];
  paginateRows(mapping, toRow, columns, { rowH: ROW_H }, bodyBelow(lead).h).forEach((rows, page) => {
    const notes = [
      page === 0 ? `${lead}.` : '',
      ...rows.map((r) => `${r.framework} ${r.requirement}: ${r.control}${r.evidence !== undefined ? `; evidence: ${r.evidence}` : ''}.`),
    ];
    const slide = contentSlide(ctx, pageTitle(title, page), notes);
    const body = addLead(ctx, slide, lead);
    if (rows.length === 0) return;
    addTable(ctx, slide, columns, rows.map(toRow), { x: body.x, y: body.y }, { rowH: ROW_H, fill: body.h });
  });
}
