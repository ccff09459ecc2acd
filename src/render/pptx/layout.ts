// The slide grid and the building blocks every slide uses: masters (title bar,
// footer, slide number), bounded text, tables, cards and paging. All sizes are
// inches on the 13.33 × 7.5 in LAYOUT_WIDE page.
import type { Model } from '../../model/types.js';
import type { Presentation } from '../../present/index.js';
import { truncate } from './clean.js';
import type { Pres, Slide, TableRow } from './pptxgen.js';
import type { DeckTheme } from './theme.js';

export type { Pres, Slide };

export const PAGE = { w: 13.333, h: 7.5 } as const;
export const MARGIN_X = 0.6;
const TITLE_BAR_H = 0.95;
/** The area below the title bar and above the footer. */
export const CONTENT = { x: MARGIN_X, y: 1.3, w: PAGE.w - 2 * MARGIN_X, h: 5.45 } as const;
const FOOTER_Y = 7.0;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface DeckContext {
  readonly pres: Pres;
  readonly theme: DeckTheme;
  /** The model with every string already cleaned for XML. */
  readonly model: Model;
  /** The display facts (names, dates, counts) every artifact shares, from the cleaned model. */
  readonly p: Presentation;
  readonly client: string;
  readonly currency: string;
  readonly images: ReadonlyMap<string, { readonly png: Uint8Array; readonly width: number; readonly height: number }>;
}

export const MASTER_CONTENT = 'AIARCH_CONTENT';
export const MASTER_COVER = 'AIARCH_COVER';

/** Characters of a font size that fit `lines` lines of width `w` (Arial, average mixed text). */
export function capacity(w: number, fontSize: number, lines = 1): number {
  const charWidth = (fontSize * 0.56) / 72;
  return Math.max(8, Math.floor((lines * Math.max(0.3, w - 0.15)) / charWidth));
}

/** The largest font size from `max` down to `min` at which `text` fits `lines` lines of width `w`; `min` when none does. */
export function fitFontSize(text: string, w: number, lines: number, max: number, min: number): number {
  const length = Array.from(text).length;
  for (let size = max; size > min; size--) if (length <= capacity(w, size, lines)) return size;
  return min;
}

export function defineMasters(ctx: Pick<DeckContext, 'pres' | 'theme' | 'client'>, footerLabel: string, draft = false): void {
  const { pres, theme } = ctx;
  // A draft deck carries a tag in the corner of every content slide, where a screenshot keeps it.
  const draftTag = draft
    ? [
        {
          text: {
            text: 'DRAFT',
            options: {
              x: PAGE.w - MARGIN_X - 1.3,
              y: 0.28,
              w: 1.3,
              h: 0.4,
              margin: 0,
              align: 'center' as const,
              valign: 'middle' as const,
              fontFace: theme.font,
              fontSize: 14,
              bold: true,
              color: 'FFFFFF',
              fill: { color: 'B42318' },
            },
          },
        },
      ]
    : [];
  pres.defineSlideMaster({
    title: MASTER_CONTENT,
    background: { color: theme.background },
    objects: [
      { rect: { x: 0, y: 0, w: PAGE.w, h: TITLE_BAR_H, fill: { color: theme.titleBar } } },
      { rect: { x: 0, y: TITLE_BAR_H, w: PAGE.w, h: 0.06, fill: { color: theme.accent } } },
      { line: { x: MARGIN_X, y: FOOTER_Y - 0.08, w: CONTENT.w, h: 0, line: { color: theme.border, width: 0.75 } } },
      {
        text: {
          text: truncate(ctx.client, 60),
          options: {
            x: MARGIN_X,
            y: FOOTER_Y,
            w: 6,
            h: 0.3,
            margin: 0,
            fontFace: theme.font,
            fontSize: 10,
            color: theme.muted,
            bold: true,
            valign: 'middle',
          },
        },
      },
      {
        text: {
          text: footerLabel,
          options: {
            x: 6.7,
            y: FOOTER_Y,
            w: 5.4,
            h: 0.3,
            margin: 0,
            align: 'right',
            fontFace: theme.font,
            fontSize: 10,
            color: theme.muted,
            valign: 'middle',
          },
        },
      },
      // Last, so it is drawn over the title bar.
      ...draftTag,
    ],
    slideNumber: {
      x: PAGE.w - MARGIN_X - 0.5,
      y: FOOTER_Y,
      w: 0.5,
      h: 0.3,
      margin: 0,
      align: 'right',
      fontFace: theme.font,
      fontSize: 10,
      color: theme.accent,
      bold: true,
    },
  });
  pres.defineSlideMaster({
    title: MASTER_COVER,
    background: { color: theme.coverBackground },
    objects: [
      { rect: { x: 0, y: 0, w: 0.28, h: PAGE.h, fill: { color: theme.accent } } },
      { rect: { x: MARGIN_X + 0.4, y: 4.15, w: 1.6, h: 0.07, fill: { color: theme.accent } } },
    ],
  });
}

/** A content slide: master, title in the bar, notes. */
export function contentSlide(ctx: DeckContext, title: string, notes: readonly string[]): Slide {
  const slide = ctx.pres.addSlide({ masterName: MASTER_CONTENT });
  slide.addText(truncate(title, 70), {
    x: MARGIN_X,
    y: 0.12,
    w: CONTENT.w,
    h: TITLE_BAR_H - 0.24,
    margin: 0,
    fontFace: ctx.theme.headingFont,
    fontSize: 26,
    bold: true,
    color: ctx.theme.titleText,
    valign: 'middle',
  });
  addNotes(slide, notes);
  return slide;
}

export function addNotes(slide: Slide, notes: readonly string[]): void {
  const text = notes.filter((line) => line.length > 0).join('\n');
  slide.addNotes(text.length > 0 ? text : ' ');
}

/** Splits items into pages of `size`; always at least one (possibly empty) page. */
export function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

export function pageTitle(title: string, index: number): string {
  return index === 0 ? title : `${title} (cont.)`;
}

/** The slide's key message under the title bar; returns the box left below it. */
export function addLead(ctx: DeckContext, slide: Slide, text: string): Box {
  // One line, set smaller down to 14 pt if need be; a longer message wraps onto a
  // second line and the body below gives up that height.
  const oneLineSize = fitFontSize(text, CONTENT.w / 1.1, 1, 17, 14);
  const fits = Array.from(text).length <= capacity(CONTENT.w / 1.1, oneLineSize);
  const size = fits ? oneLineSize : 14;
  const extra = fits ? 0 : 0.3;
  slide.addText(truncate(text, capacity(CONTENT.w / 1.1, size, fits ? 1 : 2)), {
    x: CONTENT.x,
    y: CONTENT.y - 0.1,
    w: CONTENT.w,
    h: 0.45 + extra,
    margin: 0,
    valign: 'middle',
    fontFace: ctx.theme.font,
    fontSize: size,
    color: ctx.theme.text,
    bold: true,
  });
  return { x: CONTENT.x, y: CONTENT.y + 0.5 + extra, w: CONTENT.w, h: CONTENT.h - 0.5 - extra };
}

/** A small upper-case label above a block. */
export function addLabel(ctx: DeckContext, slide: Slide, text: string, box: Box): void {
  slide.addText(truncate(text, capacity(box.w, 12)).toUpperCase(), {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    margin: 0,
    fontFace: ctx.theme.font,
    fontSize: 12,
    bold: true,
    color: ctx.theme.accent,
    charSpacing: 1,
    valign: 'bottom',
  });
}

export interface BulletOptions {
  readonly fontSize?: number;
  /** Lines each bullet may take before it is cut. */
  readonly lines?: number;
}

/** Bullets bounded to the box width; the caller bounds their count. */
export function addBullets(ctx: DeckContext, slide: Slide, items: readonly string[], box: Box, options: BulletOptions = {}): void {
  const fontSize = options.fontSize ?? 16;
  const max = capacity(box.w - 0.35, fontSize, options.lines ?? 2);
  slide.addText(
    items.map((item) => ({
      text: truncate(item, max),
      options: { bullet: { indent: 18 }, breakLine: true, paraSpaceAfter: 8 },
    })),
    {
      x: box.x,
      y: box.y,
      w: box.w,
      h: box.h,
      margin: 0,
      valign: 'top',
      fontFace: ctx.theme.font,
      fontSize,
      color: ctx.theme.text,
    },
  );
}

/** A framed note for a section the spec leaves empty: says what to add. */
export function addEmpty(ctx: DeckContext, slide: Slide, message: string, box: Box): void {
  slide.addText(truncate(message, capacity(box.w - 0.4, 16, 3)), {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    margin: 12,
    align: 'center',
    valign: 'middle',
    fontFace: ctx.theme.font,
    fontSize: 16,
    italic: true,
    color: ctx.theme.muted,
    fill: { color: ctx.theme.surface },
    line: { color: ctx.theme.border, width: 1, dashType: 'dash' },
  });
}

export interface CardOptions {
  readonly valueColor?: string;
  readonly valueSize?: number;
}

/** A stat card: label, a big value, a one-line caption. */
export function addCard(ctx: DeckContext, slide: Slide, box: Box, label: string, value: string, caption: string, options: CardOptions = {}): void {
  const { theme } = ctx;
  slide.addShape(ctx.pres.ShapeType.rect, {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    fill: { color: theme.surface },
    line: { color: theme.border, width: 0.75 },
  });
  slide.addShape(ctx.pres.ShapeType.rect, { x: box.x, y: box.y, w: 0.07, h: box.h, fill: { color: theme.accent }, line: { color: theme.accent, width: 0 } });
  const inner = box.w - 0.4;
  slide.addText(truncate(label, capacity(inner, 11)).toUpperCase(), {
    x: box.x + 0.22,
    y: box.y + 0.12,
    w: inner,
    h: 0.3,
    margin: 0,
    fontFace: theme.font,
    fontSize: 11,
    bold: true,
    color: theme.muted,
    charSpacing: 1,
  });
  // A value that does not fit at its size is set smaller before it is ever shortened.
  const valueSize = fitFontSize(value, inner / 1.1, 1, options.valueSize ?? 26, Math.min(14, options.valueSize ?? 26));
  slide.addText(truncate(value, capacity(inner, valueSize * 1.1)), {
    x: box.x + 0.22,
    y: box.y + 0.42,
    w: inner,
    h: 0.55,
    margin: 0,
    valign: 'middle',
    fontFace: theme.headingFont,
    fontSize: valueSize,
    bold: true,
    color: options.valueColor ?? theme.text,
  });
  if (caption.length > 0 && box.h >= 1.2) {
    const lines = Math.max(1, Math.min(3, Math.floor((box.h - 1.08) / 0.19)));
    slide.addText(truncate(caption, capacity(inner, 11, lines)), {
      x: box.x + 0.22,
      y: box.y + 1.0,
      w: inner,
      h: box.h - 1.08,
      margin: 0,
      valign: 'top',
      fontFace: theme.font,
      fontSize: 11,
      color: theme.muted,
    });
  }
}

export interface Column {
  readonly header: string;
  /** Width in inches. */
  readonly w: number;
  readonly align?: 'left' | 'center' | 'right';
}

export interface TableOptions {
  readonly fontSize?: number;
  readonly rowH?: number;
  /** Lines a cell may take before it is cut. */
  readonly lines?: number;
  /** Row indexes drawn bold with the accent colour (e.g. a total or the recommendation). */
  readonly emphasis?: ReadonlySet<number>;
  /** Lines a header cell may take (1 or 2). */
  readonly headerLines?: 1 | 2;
}

export const TABLE_HEADER_H = 0.42;
const TABLE_HEADER_H2 = 0.62;

/** Rows of `rowH` that fit under the header in a box of height `h`. */
export function rowsThatFit(h: number, rowH: number, headerLines: 1 | 2 = 1): number {
  return Math.max(1, Math.floor((h - (headerLines === 2 ? TABLE_HEADER_H2 : TABLE_HEADER_H)) / rowH));
}

/** An editable table; cells are cut to what their column holds in `lines` lines. */
export function addTable(
  ctx: DeckContext,
  slide: Slide,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  at: { readonly x: number; readonly y: number },
  options: TableOptions = {},
): void {
  const { theme } = ctx;
  const fontSize = options.fontSize ?? 12;
  const rowH = options.rowH ?? 0.5;
  const lines = options.lines ?? 2;
  const headerLines = options.headerLines ?? 1;
  const border = { type: 'solid' as const, pt: 0.75, color: theme.border };
  const header: TableRow = columns.map((column) => ({
    text: truncate(column.header, capacity(column.w, fontSize * 1.1, headerLines)),
    options: { bold: true, color: theme.headerText, fill: { color: theme.headerFill }, align: column.align ?? 'left', valign: 'middle' },
  }));
  const body: TableRow[] = rows.map((row, rowIndex) => {
    const emphasised = options.emphasis?.has(rowIndex) ?? false;
    return columns.map((column, columnIndex) => ({
      text: truncate(row[columnIndex] ?? '', capacity(column.w, fontSize, lines)),
      options: {
        align: column.align ?? 'left',
        valign: 'middle',
        bold: emphasised,
        color: emphasised ? theme.accent : theme.text,
        fill: { color: rowIndex % 2 === 0 ? theme.surface : theme.surfaceAlt },
      },
    }));
  });
  const rowHeights = [headerLines === 2 ? TABLE_HEADER_H2 : TABLE_HEADER_H, ...rows.map(() => rowH)];
  slide.addTable([header, ...body], {
    x: at.x,
    y: at.y,
    // Without w and h pptxgenjs writes a 10 × 1 in frame, whatever the columns.
    w: columns.reduce((sum, column) => sum + column.w, 0),
    h: rowHeights.reduce((sum, height) => sum + height, 0),
    colW: columns.map((column) => column.w),
    rowH: rowHeights,
    fontFace: theme.font,
    fontSize,
    color: theme.text,
    border,
    margin: [0.04, 0.08, 0.04, 0.08],
  });
}
