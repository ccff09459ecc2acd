// The slide grid and the building blocks every slide uses: masters (title bar,
// footer, slide number), bounded text, tables, cards and paging. All sizes are
// inches on the 13.33 × 7.5 in LAYOUT_WIDE page.
import type { Model } from '../../model/types.js';
import type { Presentation } from '../../present/index.js';
import type { DiagramImage } from '../types.js';
import { oneLine } from './clean.js';
import { needsFallbackFont, type TextStyle, wrapLines } from './measure.js';
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
  readonly images: ReadonlyMap<string, Pick<DiagramImage, 'png' | 'width' | 'height' | 'parts'>>;
}

export const MASTER_CONTENT = 'AIARCH_CONTENT';
export const MASTER_COVER = 'AIARCH_COVER';

/** Line height as a multiple of the font size: Arial's ascent and descent (1.15 em) and a little air. */
export const LINE_SPACING = 1.2;
const FALLBACK_SPACING = 1.5;
// Width kept free in every measured box: PowerPoint and LibreOffice round positions differently.
const SLACK = 0.04;

export function lineHeight(fontSize: number): number {
  return (fontSize * LINE_SPACING) / 72;
}

export interface FitOptions {
  /** The size to set the text at when it fits. */
  readonly maxSize: number;
  /** The smallest size worth trying before the text is shortened; `maxSize` when left out. */
  readonly minSize?: number;
  readonly bold?: boolean;
  /** Lines the text may take at most; as many as the box height holds when left out. */
  readonly maxLines?: number;
  readonly charSpacing?: number;
}

export interface FittedText {
  /** The text to place: whole when it fits, else shortened at a word boundary with an ellipsis. */
  readonly text: string;
  readonly fontSize: number;
  /** Lines it takes in the box. */
  readonly lines: number;
  /** Height of those lines, inches. */
  readonly height: number;
  readonly cut: boolean;
}

/** `text` shortened at a word boundary (then an ellipsis) to `lines` lines of `width`. */
function shorten(text: string, width: number, style: TextStyle, lines: number): string {
  const words = text.split(' ');
  const fits = (candidate: string) => wrapLines(candidate, width, style).length <= lines;
  const ending = (kept: string) => `${kept.replace(/[,;:.·–—-]+$/u, '')}…`;
  // Lines grow with the words kept, so the longest prefix that fits is found by bisection.
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(ending(words.slice(0, mid).join(' ')))) low = mid;
    else high = mid - 1;
  }
  if (low > 0) return ending(words.slice(0, low).join(' '));
  // Not even the first word fits: as many of its characters as do.
  const chars = Array.from(words[0] ?? '');
  let kept = chars.length - 1;
  while (kept > 1 && !fits(`${chars.slice(0, kept).join('')}…`)) kept--;
  return `${chars.slice(0, kept).join('')}…`;
}

/**
 * Measures `text` with the font's metrics and fits it to `box`: at the largest
 * size from `maxSize` down to `minSize` at which it wraps within the box's width
 * and height (and `maxLines`); only when even `minSize` is too big is it
 * shortened, at a word boundary. Every piece of slide text goes through here, so
 * none is ever cut mid-word or runs out of its box.
 */
export function fitText(text: string, box: { readonly w: number; readonly h: number }, options: FitOptions): FittedText {
  const clean = oneLine(text);
  const width = Math.max(0.1, box.w - SLACK);
  const min = Math.min(options.maxSize, options.minSize ?? options.maxSize);
  // Glyphs Arial lacks come from a fallback font whose lines are taller.
  const spacing = needsFallbackFont(clean) ? FALLBACK_SPACING : LINE_SPACING;
  const lineH = (size: number) => (size * spacing) / 72;
  const room = (size: number) => Math.max(1, Math.min(options.maxLines ?? Number.POSITIVE_INFINITY, Math.floor((box.h + 1e-6) / lineH(size))));
  const style = (fontSize: number): TextStyle => ({ fontSize, bold: options.bold ?? false, charSpacing: options.charSpacing ?? 0 });
  for (let size = options.maxSize; size >= min; size--) {
    const lines = wrapLines(clean, width, style(size)).length;
    if (lines <= room(size)) return { text: clean, fontSize: size, lines, height: lines * lineH(size), cut: false };
  }
  const lines = room(min);
  return { text: shorten(clean, width, style(min), lines), fontSize: min, lines, height: lines * lineH(min), cut: true };
}

/** `text` at `fontSize` in at most `lines` lines of width `w`, shortened at a word boundary if it must be. */
export function clip(text: string, w: number, fontSize: number, lines = 1, bold = false): string {
  return fitText(text, { w, h: Number.POSITIVE_INFINITY }, { maxSize: fontSize, maxLines: lines, bold }).text;
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
          text: clip(ctx.client, 6, 10, 1, true),
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

const TITLE_BOX = { x: MARGIN_X, y: 0.1, w: CONTENT.w - 1.5, h: TITLE_BAR_H - 0.2 } as const;
const fitTitle = (title: string): FittedText => fitText(title, TITLE_BOX, { maxSize: 26, minSize: 18, bold: true, maxLines: 2 });

/** Whether `title` fits a content slide's title bar whole. */
export function titleFits(title: string): boolean {
  return !fitTitle(title).cut;
}

/** A content slide: master, title in the bar (set smaller, then over two lines, before it is shortened), notes. */
export function contentSlide(ctx: DeckContext, title: string, notes: readonly string[]): Slide {
  const slide = ctx.pres.addSlide({ masterName: MASTER_CONTENT });
  const box = TITLE_BOX;
  const fitted = fitTitle(title);
  slide.addText(fitted.text, {
    ...box,
    margin: 0,
    fontFace: ctx.theme.headingFont,
    fontSize: fitted.fontSize,
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
  return index === 0 ? title : `${title} (continued)`;
}

const LEAD_Y = CONTENT.y - 0.1;

function fitLead(text: string): { readonly fitted: FittedText; readonly h: number; readonly body: Box } {
  const fitted = fitText(text, { w: CONTENT.w, h: 3 * lineHeight(17) }, { maxSize: 17, minSize: 14, bold: true, maxLines: 3 });
  const h = Math.max(0.45, fitted.height + 0.06);
  const top = LEAD_Y + h + 0.15;
  return { fitted, h, body: { x: CONTENT.x, y: top, w: CONTENT.w, h: CONTENT.y + CONTENT.h - top } };
}

/** The box `addLead` leaves below a lead of this text, for paging before the slide is drawn. */
export function bodyBelow(lead: string): Box {
  return fitLead(lead).body;
}

/** The slide's key message under the title bar, wrapping onto up to three lines; returns the box left below it. */
export function addLead(ctx: DeckContext, slide: Slide, text: string): Box {
  const { fitted, h, body } = fitLead(text);
  slide.addText(fitted.text, {
    x: CONTENT.x,
    y: LEAD_Y,
    w: CONTENT.w,
    h,
    margin: 0,
    valign: 'middle',
    fontFace: ctx.theme.font,
    fontSize: fitted.fontSize,
    color: ctx.theme.text,
    bold: true,
  });
  return body;
}

/** A small upper-case label above a block. */
export function addLabel(ctx: DeckContext, slide: Slide, text: string, box: Box): void {
  const fitted = fitText(text.toUpperCase(), box, { maxSize: 12, minSize: 10, bold: true, maxLines: 1, charSpacing: 1 });
  slide.addText(fitted.text, {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    margin: 0,
    fontFace: ctx.theme.font,
    fontSize: fitted.fontSize,
    bold: true,
    color: ctx.theme.accent,
    charSpacing: 1,
    valign: 'bottom',
  });
}

export interface BulletOptions {
  readonly fontSize?: number;
  /** The smallest size the bullets may be set at before any is shortened. */
  readonly minSize?: number;
}

const BULLET_INDENT = 0.25;
const BULLET_GAP_PT = 8;

/** Height of `items` as bullets of width `w` at `fontSize`. */
export function bulletsHeight(items: readonly string[], w: number, fontSize: number): number {
  const width = w - BULLET_INDENT;
  const height = items.reduce((sum, item) => sum + fitText(item, { w: width, h: Number.POSITIVE_INFINITY }, { maxSize: fontSize }).height, 0);
  return height + (Math.max(0, items.length - 1) * BULLET_GAP_PT) / 72;
}

/** Splits bullets into pages whose measured height fits `firstH` (then `nextH`) at `fontSize`; at least one page. */
export function paginateBullets(items: readonly string[], w: number, fontSize: number, firstH: number, nextH: number = firstH): string[][] {
  const out: string[][] = [];
  let page: string[] = [];
  for (const item of items) {
    const room = out.length === 0 ? firstH : nextH;
    if (page.length > 0 && bulletsHeight([...page, item], w, fontSize) > room) {
      out.push(page);
      page = [];
    }
    page.push(item);
  }
  if (page.length > 0 || out.length === 0) out.push(page);
  return out;
}

/**
 * Bullets in the box: set smaller (down to `minSize`) until all fit whole; only
 * then is each given an equal share of the lines and shortened at a word boundary.
 * Callers page the items so that this rarely happens.
 */
export function addBullets(ctx: DeckContext, slide: Slide, items: readonly string[], box: Box, options: BulletOptions = {}): void {
  const max = options.fontSize ?? 16;
  const min = Math.min(max, options.minSize ?? 14);
  let size = max;
  while (size > min && bulletsHeight(items, box.w, size) > box.h) size--;
  const whole = bulletsHeight(items, box.w, size) <= box.h;
  const share = Math.max(1, Math.floor((box.h - (items.length * BULLET_GAP_PT) / 72) / lineHeight(size) / Math.max(1, items.length)));
  slide.addText(
    items.map((item) => ({
      text: whole ? oneLine(item) : clip(item, box.w - BULLET_INDENT, size, share),
      options: { bullet: { indent: 18 }, breakLine: true, paraSpaceAfter: BULLET_GAP_PT },
    })),
    {
      x: box.x,
      y: box.y,
      w: box.w,
      h: box.h,
      margin: 0,
      valign: 'top',
      fontFace: ctx.theme.font,
      fontSize: size,
      color: ctx.theme.text,
    },
  );
}

/** A framed note where a picture or section cannot be shown. */
export function addEmpty(ctx: DeckContext, slide: Slide, message: string, box: Box): void {
  const fitted = fitText(message, { w: box.w - 0.4, h: box.h - 0.34 }, { maxSize: 16, minSize: 12 });
  slide.addText(fitted.text, {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    margin: 12,
    align: 'center',
    valign: 'middle',
    fontFace: ctx.theme.font,
    fontSize: fitted.fontSize,
    italic: true,
    color: ctx.theme.muted,
    fill: { color: ctx.theme.surface },
    line: { color: ctx.theme.border, width: 1, dashType: 'dash' },
  });
}

export interface CardOptions {
  readonly valueColor?: string;
  readonly valueSize?: number;
  /** The caption's largest size; it is set smaller, down to 10 pt, to fit. */
  readonly captionSize?: number;
}

/** A stat card: label, a big value, a caption that takes the card's remaining height. */
/** The smallest size a card's value is set at before it is shortened. */
const CARD_VALUE_MIN = 14;

/** Whether `value` prints whole as the figure of a card `w` inches wide set at `valueSize` (addCard). */
export function cardValueFits(value: string, w: number, valueSize = 26): boolean {
  return !fitText(value, { w: w - 0.4, h: 0.55 }, { maxSize: valueSize, minSize: Math.min(CARD_VALUE_MIN, valueSize), bold: true, maxLines: 1 }).cut;
}

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
  const labelText = fitText(label.toUpperCase(), { w: inner, h: 0.3 }, { maxSize: 11, minSize: 9, bold: true, maxLines: 1, charSpacing: 1 });
  slide.addText(labelText.text, {
    x: box.x + 0.22,
    y: box.y + 0.12,
    w: inner,
    h: 0.3,
    margin: 0,
    fontFace: theme.font,
    fontSize: labelText.fontSize,
    bold: true,
    color: theme.muted,
    charSpacing: 1,
  });
  // A value that does not fit at its size is set smaller before it is ever shortened.
  const max = options.valueSize ?? 26;
  const valueText = fitText(value, { w: inner, h: 0.55 }, { maxSize: max, minSize: Math.min(CARD_VALUE_MIN, max), bold: true, maxLines: 1 });
  slide.addText(valueText.text, {
    x: box.x + 0.22,
    y: box.y + 0.42,
    w: inner,
    h: 0.55,
    margin: 0,
    valign: 'middle',
    fontFace: theme.headingFont,
    fontSize: valueText.fontSize,
    bold: true,
    color: options.valueColor ?? theme.text,
  });
  const captionH = box.h - 1.08;
  if (caption.length > 0 && captionH >= lineHeight(10)) {
    const captionText = fitText(caption, { w: inner, h: captionH }, { maxSize: options.captionSize ?? 12, minSize: 10 });
    slide.addText(captionText.text, {
      x: box.x + 0.22,
      y: box.y + 1.0,
      w: inner,
      h: captionH,
      margin: 0,
      valign: 'top',
      fontFace: theme.font,
      fontSize: captionText.fontSize,
      color: theme.muted,
    });
  }
}

export interface Column {
  readonly header: string;
  /** Width in inches. */
  readonly w: number;
  readonly align?: 'left' | 'center' | 'right';
  /** Figures: each cell keeps to one line, never wrapped inside a number (the slide picks a unit that fits: format.ts, amountColumn). */
  readonly figures?: boolean;
}

export interface TableOptions {
  readonly fontSize?: number;
  /** The least height of a body row; a row whose text needs more grows. */
  readonly rowH?: number;
  /** Lines a cell may grow to before it is shortened (at a word boundary). */
  readonly lines?: number;
  /** Row indexes drawn bold with the accent colour (e.g. a total or the recommendation). */
  readonly emphasis?: ReadonlySet<number>;
  /**
   * The height the table may take: a short table is set larger (up to
   * `maxFontSize`) to use the room rather than leave it empty.
   */
  readonly fill?: number;
  readonly maxFontSize?: number;
}

// Cell insets (inches): top, right, bottom, left.
const CELL_MARGIN = [0.04, 0.08, 0.04, 0.08] as const;
const CELL_PAD_X = CELL_MARGIN[1] + CELL_MARGIN[3];
const CELL_PAD_Y = CELL_MARGIN[0] + CELL_MARGIN[2] + 0.06;
const DEFAULT_LINES = 4;

export interface TableLayout {
  readonly header: readonly string[];
  readonly headerH: number;
  readonly rows: readonly (readonly string[])[];
  readonly rowHeights: readonly number[];
  readonly fontSize: number;
  /** Cells shortened to fit. */
  readonly cut: number;
}

/** Whether `text` fits one line of a cell of `column` at `fontSize`, whole. */
export function fitsCell(text: string, column: Pick<Column, 'w'>, fontSize: number, bold = false): boolean {
  return !fitText(text, { w: column.w - CELL_PAD_X, h: Number.POSITIVE_INFINITY }, { maxSize: fontSize, maxLines: 1, bold }).cut;
}

function cellsOf(
  columns: readonly Column[],
  cells: readonly string[],
  fontSize: number,
  lines: number,
  bold: boolean,
  header = false,
): { texts: string[]; h: number; cut: number } {
  let tallest = lineHeight(fontSize);
  let cut = 0;
  const texts = columns.map((column, i) => {
    const maxLines = column.figures === true && !header ? 1 : lines;
    const fitted = fitText(cells[i] ?? '', { w: column.w - CELL_PAD_X, h: Number.POSITIVE_INFINITY }, { maxSize: fontSize, maxLines, bold });
    tallest = Math.max(tallest, fitted.height);
    if (fitted.cut) cut += 1;
    return fitted.text;
  });
  return { texts, h: tallest, cut };
}

/** Each row measured: cells wrap within their column and the row grows to hold them (up to `lines` lines a cell). */
export function layoutTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: TableOptions = {}): TableLayout {
  const fontSize = options.fontSize ?? 12;
  const lines = options.lines ?? DEFAULT_LINES;
  const minRow = options.rowH ?? 0.45;
  const header = cellsOf(
    columns,
    columns.map((c) => c.header),
    fontSize,
    2,
    true,
    true,
  );
  const body = rows.map((row, i) => cellsOf(columns, row, fontSize, lines, options.emphasis?.has(i) ?? false));
  return {
    header: header.texts,
    headerH: Math.max(0.42, header.h + CELL_PAD_Y),
    rows: body.map((r) => r.texts),
    rowHeights: body.map((r) => Math.max(minRow, r.h + CELL_PAD_Y)),
    fontSize,
    cut: header.cut + body.reduce((sum, r) => sum + r.cut, 0),
  };
}

/** Total height of a laid-out table. */
export function tableHeight(layout: TableLayout): number {
  return layout.headerH + layout.rowHeights.reduce((sum, h) => sum + h, 0);
}

/**
 * Splits rows into pages by their measured height: the first page has
 * `firstH` inches for the table (header included), later pages `nextH`. Every
 * row lands on some page; always at least one page.
 */
export function paginateRows<T>(
  items: readonly T[],
  toRow: (item: T) => readonly string[],
  columns: readonly Column[],
  options: TableOptions,
  firstH: number,
  nextH: number = firstH,
): T[][] {
  const layout = layoutTable(columns, items.map(toRow), options);
  const out: T[][] = [];
  let page: T[] = [];
  let used = layout.headerH;
  items.forEach((item, i) => {
    const h = layout.rowHeights[i] ?? 0;
    const room = out.length === 0 ? firstH : nextH;
    if (page.length > 0 && used + h > room) {
      out.push(page);
      page = [];
      used = layout.headerH;
    }
    page.push(item);
    used += h;
  });
  if (page.length > 0 || out.length === 0) out.push(page);
  return out;
}

/** An editable table, each row as tall as its text needs; returns its height. */
export function addTable(
  ctx: DeckContext,
  slide: Slide,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  at: { readonly x: number; readonly y: number },
  options: TableOptions = {},
): number {
  const { theme } = ctx;
  const base = options.fontSize ?? 12;
  let layout = layoutTable(columns, rows, options);
  if (options.fill !== undefined) {
    for (let size = options.maxFontSize ?? 14; size > base; size--) {
      // Rows keep their proportion to the text as it grows.
      const grown = layoutTable(columns, rows, { ...options, fontSize: size, rowH: ((options.rowH ?? 0.45) * size) / base });
      // Larger text is worth having only where it shortens nothing the base size printed whole.
      if (tableHeight(grown) <= options.fill && grown.cut <= layout.cut) {
        layout = grown;
        break;
      }
    }
  }
  const border = { type: 'solid' as const, pt: 0.75, color: theme.border };
  const header: TableRow = columns.map((column, i) => ({
    text: layout.header[i] ?? '',
    options: { bold: true, color: theme.headerText, fill: { color: theme.headerFill }, align: column.align ?? 'left', valign: 'middle' },
  }));
  const body: TableRow[] = layout.rows.map((row, rowIndex) => {
    const emphasised = options.emphasis?.has(rowIndex) ?? false;
    return columns.map((column, columnIndex) => ({
      text: row[columnIndex] ?? '',
      options: {
        align: column.align ?? 'left',
        valign: 'middle',
        bold: emphasised,
        color: emphasised ? theme.accent : theme.text,
        fill: { color: rowIndex % 2 === 0 ? theme.surface : theme.surfaceAlt },
      },
    }));
  });
  const rowHeights = [layout.headerH, ...layout.rowHeights];
  const height = tableHeight(layout);
  slide.addTable([header, ...body], {
    x: at.x,
    y: at.y,
    // Without w and h pptxgenjs writes a 10 × 1 in frame, whatever the columns.
    w: columns.reduce((sum, column) => sum + column.w, 0),
    h: height,
    colW: columns.map((column) => column.w),
    rowH: rowHeights,
    fontFace: theme.font,
    fontSize: layout.fontSize,
    color: theme.text,
    border,
    margin: [...CELL_MARGIN],
  });
  return height;
}
