// How a diagram sits on the printed page. A diagram is never shrunk below the
// scale at which its labels stay readable: it prints on a portrait page when
// it fits there at that scale, and on a landscape page of its own when it
// fits better across. A diagram that fits neither has to be laid out smaller
// (fewer nodes per row, wrapped labels) where it is made, not here.
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

export type Orientation = 'portrait' | 'landscape';

const mm = (value: string): number => Number.parseFloat(value);

/** The room for the drawing inside a figure, in CSS px. */
export function figureBox(paper: PaperSize, orientation: Orientation): { width: number; height: number } {
  const [across, down] = orientation === 'portrait' ? [paper.widthMm, paper.heightMm] : [paper.heightMm, paper.widthMm];
  const width = across - mm(MARGIN.left) - mm(MARGIN.right) - FIGURE_ACROSS_MM;
  const height = down - mm(MARGIN.top) - mm(MARGIN.bottom) - FIGURE_DOWN_MM;
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
  return printScale(image, paper, 'landscape') > portrait ? 'landscape' : 'portrait';
}

/** A figure's number in the PDF and the id later references link to. */
export interface FigureLabel {
  readonly number: number;
  readonly id: string;
}

/** The figure for one diagram: its SVG inline and its caption, numbered when a label is given. */
export function figureHtml(source: DiagramSource, image: DiagramImage, idPrefix: string, paper: PaperSize, label?: FigureLabel): string {
  const wide = orientationOf(image, paper) === 'landscape' ? ' wide' : '';
  const alt = escapeHtml(altText(source));
  // The drawing is one image to assistive technology and in the tagged PDF: its name is the alt text.
  const svg = inlineSvg(image.svg, idPrefix)
    .replace(/^<svg\b([^>]*?)\s(?:role|aria-roledescription)="[^"]*"/, '<svg$1')
    .replace(/^<svg\b/, `<svg role="img" aria-label="${alt}"`);
  const id = label === undefined ? '' : ` id="${label.id}"`;
  const caption = label === undefined ? escapeHtml(source.title) : `Figure ${label.number}. ${escapeHtml(source.title)}`;
  return `<figure class="diagram${wide}"${id}>${svg}<figcaption>${caption}</figcaption></figure>\n`;
}

/** The print rules figures need: their padding, the landscape page and the height each orientation allows. */
export function figureCss(paper: PaperSize): string {
  const height = (orientation: Orientation): string => `${(figureBox(paper, orientation).height / PX_PER_MM).toFixed(1)}mm`;
  return `
figure.diagram { padding: ${FIGURE_PADDING_MM}mm; }
@page wide { size: landscape; margin: ${MARGIN.top} ${MARGIN.right} ${MARGIN.bottom} ${MARGIN.left}; }
figure.diagram.wide { page: wide; }
figure.diagram svg { max-height: ${height('portrait')}; }
figure.diagram.wide svg { max-height: ${height('landscape')}; }
`;
}
