// How a diagram sits on the printed page. A diagram is never shrunk below the
// scale at which its labels stay readable: it prints on a portrait page when
// it fits there at that scale, on a landscape page of its own when it fits
// better across, and a tall one that still prints too small goes on a
// portrait page of its own whose top and bottom margins are just the running
// header and footer and whose sides are narrower (Kestrel's network diagram on
// letter paper: 5.7 pt on a plain page, over 6 pt there). A diagram that fits none has to be laid out
// smaller (fewer nodes per row, wrapped labels) where it is made, not here.
import { LABEL_PX } from '../images/config.js';
import { altText } from '../mermaid/describe.js';
import type { DiagramImage, DiagramSource } from '../types.js';
import { escapeHtml } from './escape.js';
import { MARGIN, type PaperSize } from './paper.js';
import { inlineSvg } from './svg.js';

/** The smallest size a label may print at, with a margin above the 6 pt floor. */
export const READABLE_PT = 6.5;

const PX_PER_MM = 96 / 25.4;
const PT_PER_PX = 0.75;

/** What a figure adds around its drawing, in mm: padding and border across; those, the caption and the top margin down. */
const FIGURE_PADDING_MM = 2;
const FIGURE_ACROSS_MM = 2 * FIGURE_PADDING_MM + 0.5;
const FIGURE_DOWN_MM = 3 + 2 * FIGURE_PADDING_MM + 0.5 + 2.5 + 4.5 + 1;
/** FIGURE_DOWN_MM in CSS px: what a figure takes down the page besides its drawing. */
export const FIGURE_DOWN_PX = FIGURE_DOWN_MM * PX_PER_MM;

export type Orientation = 'portrait' | 'landscape' | 'tall';

/**
 * The `tall` page's margins: top and bottom leave room for the 7.5 pt running
 * header and footer and their 2 mm padding; the sides are narrower than a text
 * page's, so a diagram too wide for the text column (Kestrel's reference
 * architecture on A4: 5.8 pt there) gets 16 mm more across.
 */
const TALL_MARGIN = { top: '14mm', bottom: '12mm', left: '12mm', right: '12mm' } as const;

const mm = (value: string): number => Number.parseFloat(value);

/** The room for the drawing inside a figure, in CSS px. */
export function figureBox(paper: PaperSize, orientation: Orientation): { width: number; height: number } {
  const [across, down] = orientation === 'landscape' ? [paper.heightMm, paper.widthMm] : [paper.widthMm, paper.heightMm];
  const margin = orientation === 'tall' ? TALL_MARGIN : MARGIN;
  const width = across - mm(margin.left) - mm(margin.right) - FIGURE_ACROSS_MM;
  const height = down - mm(margin.top) - mm(margin.bottom) - FIGURE_DOWN_MM;
  return { width: width * PX_PER_MM, height: height * PX_PER_MM };
}

/** The scale a diagram of this size prints at on a page of this orientation (never enlarged). */
export function printScale(size: { width: number; height: number }, paper: PaperSize, orientation: Orientation): number {
  const box = figureBox(paper, orientation);
  return Math.min(1, box.width / size.width, box.height / size.height);
}

/** The point size labels drawn at `px` print at, at this scale. */
export function labelPoints(px: number, scale: number): number {
  return px * PT_PER_PX * scale;
}

export function orientationOf(image: Pick<DiagramImage, 'name' | 'width' | 'height'>, paper: PaperSize): Orientation {
  const portrait = printScale(image, paper, 'portrait');
  if (labelPoints(LABEL_PX[image.name], portrait) >= READABLE_PT) return 'portrait';
  const landscape = printScale(image, paper, 'landscape');
  const tall = printScale(image, paper, 'tall');
  if (landscape > portrait && landscape >= tall) return 'landscape';
  return tall > portrait ? 'tall' : 'portrait';
}

/** Room a heading and an introducing sentence take above a figure, in CSS px (about 25 mm). */
const INTRO_PX = 25 * PX_PER_MM;

/**
 * A portrait figure that leaves no room above it for its heading and the
 * sentence that introduces it: kept together, the three would move to a new
 * page, the figure would not fit there either and go on, and the heading would
 * stand alone on a page (Kestrel's incident workflow). Such a figure lets them
 * stay where they fall.
 */
export function fillsPage(image: Pick<DiagramImage, 'width' | 'height'>, paper: PaperSize): boolean {
  const printed = image.height * printScale(image, paper, 'portrait');
  return printed > figureBox(paper, 'portrait').height - INTRO_PX;
}

/** Where a figure prints and how tall its drawing may be. */
export interface Placement {
  readonly orientation: Orientation;
  /** The drawing's height cap in CSS px, when what travels with it leaves less than the page's box. */
  readonly maxHeight: number | null;
  /** True when the heading and sentence above the figure print on its page, false when the figure had to leave them. */
  readonly kept: boolean;
}

/**
 * Places a figure together with what introduces it (`leadPx` of headings and
 * sentence above it), so a heading never ends a page whose figure starts the
 * next. In order of preference: the figure's own page as it is; the tall page,
 * whose narrow margins leave more room, at its own size there (for a landscape
 * figure only while its labels still print at READABLE_PT: Northwind's
 * reference architecture, 7.6 pt across a landscape page, 6.9 pt on a tall one
 * under its heading); either of them with the drawing held to the room left,
 * never below READABLE_PT. A figure that fits none of these keeps its own page
 * and leaves its lead behind (its diagram has to be laid out smaller where it is made).
 */
export function placeFigure(image: Pick<DiagramImage, 'name' | 'width' | 'height'>, paper: PaperSize, leadPx: number): Placement {
  const own = orientationOf(image, paper);
  if (leadPx <= 0) return { orientation: own, maxHeight: null, kept: false };
  const labels = (scale: number): number => labelPoints(LABEL_PX[image.name], scale);
  const choices: Orientation[] = [...new Set<Orientation>([own, 'tall'])];
  // Unshrunk, another page must print the labels at least as large as READABLE_PT, or as the figure's own page does.
  const least = Math.min(READABLE_PT, labels(printScale(image, paper, own)));
  for (const orientation of choices) {
    const scale = printScale(image, paper, orientation);
    const room = figureBox(paper, orientation).height - leadPx;
    if (labels(scale) >= least && image.height * scale <= room) return { orientation, maxHeight: null, kept: true };
  }
  for (const orientation of choices) {
    const room = figureBox(paper, orientation).height - leadPx;
    const scale = Math.min(printScale(image, paper, orientation), room / image.height);
    if (labels(scale) >= READABLE_PT) return { orientation, maxHeight: room, kept: true };
  }
  return { orientation: own, maxHeight: null, kept: false };
}

/** A figure's number in the PDF and the id later references link to. */
export interface FigureLabel {
  readonly number: number;
  readonly id: string;
}

/** The figure for one diagram: its SVG inline and its caption, numbered when a label is given. */
export function figureHtml(
  source: DiagramSource,
  image: DiagramImage,
  idPrefix: string,
  paper: PaperSize,
  label?: FigureLabel,
  placement: Placement = placeFigure(image, paper, 0),
): string {
  const { orientation } = placement;
  const alone = !placement.kept && orientation === 'portrait' && fillsPage(image, paper);
  const wide = orientation === 'landscape' ? ' wide' : orientation === 'tall' ? ' tall' : alone ? ' full' : '';
  const alt = escapeHtml(altText(source));
  // The drawing is one image to assistive technology and in the tagged PDF: its name is the alt text.
  const cap = placement.maxHeight === null ? '' : ` style="max-height: ${(placement.maxHeight / PX_PER_MM).toFixed(1)}mm"`;
  const svg = inlineSvg(image.svg, idPrefix)
    .replace(/^<svg\b([^>]*?)\s(?:role|aria-roledescription)="[^"]*"/, '<svg$1')
    .replace(/^<svg\b/, `<svg role="img" aria-label="${alt}"${cap}`);
  const id = label === undefined ? '' : ` id="${label.id}"`;
  const caption = label === undefined ? escapeHtml(source.title) : `Figure ${label.number}. ${escapeHtml(source.title)}`;
  return `<figure class="diagram${wide}"${id}>${svg}<figcaption>${caption}</figcaption></figure>\n`;
}

/** The print rules figures need: their padding, the landscape page and the height each orientation allows. */
export function figureCss(paper: PaperSize): string {
  const height = (orientation: Orientation): string => `${(figureBox(paper, orientation).height / PX_PER_MM).toFixed(1)}mm`;
  const inset = (side: 'left' | 'right'): string => `${mm(MARGIN[side]) - mm(TALL_MARGIN[side])}mm`;
  return `
figure.diagram { padding: ${FIGURE_PADDING_MM}mm; }
@page wide { size: landscape; margin: ${MARGIN.top} ${MARGIN.right} ${MARGIN.bottom} ${MARGIN.left}; }
figure.diagram.wide, .figure-group.wide { page: wide; }
@page tall { size: portrait; margin: ${TALL_MARGIN.top} ${TALL_MARGIN.right} ${TALL_MARGIN.bottom} ${TALL_MARGIN.left}; }
figure.diagram.tall, .figure-group.tall { page: tall; }
/* A heading and sentence printed on a tall page with their figure keep the text column of the other pages. */
.figure-group.tall > :not(figure) { margin-left: ${inset('left')}; margin-right: ${inset('right')}; }
figure.diagram svg { max-height: ${height('portrait')}; }
figure.diagram.wide svg { max-height: ${height('landscape')}; }
figure.diagram.tall svg { max-height: ${height('tall')}; }
`;
}
