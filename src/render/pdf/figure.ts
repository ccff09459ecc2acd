// How a diagram sits on the printed page. A diagram is never shrunk below the
// scale at which its labels stay readable: it prints on a portrait page when
// it fits there at that scale, and on a landscape page of its own when it
// fits better across. A diagram that fits neither has to be laid out smaller
// (fewer nodes per row, wrapped labels) where it is made, not here.
import type { DiagramImage, DiagramSource } from '../types.js';
import { escapeHtml } from './escape.js';
import { inlineSvg } from './svg.js';

/** Mermaid draws every label of our diagrams at this size (themeVariables.fontSize, gantt, charts). */
export const DIAGRAM_FONT_PX = 16;
/** The smallest size a label may print at, with a margin above the 6 pt floor. */
export const READABLE_PT = 6.5;

const PX_PER_MM = 96 / 25.4;
const PT_PER_PX = 0.75;

/**
 * The room for the drawing inside a figure, in CSS px. Both sizes are the
 * smaller of A4 and Letter (A4 is narrower, Letter shorter), less the page
 * margins, the figure's padding and border, and the caption.
 */
export const FIGURE_BOX = {
  portrait: { width: 160 * PX_PER_MM, height: 200 * PX_PER_MM, maxHeightMm: 200 },
  landscape: { width: 230 * PX_PER_MM, height: 138 * PX_PER_MM, maxHeightMm: 138 },
} as const;

export type Orientation = keyof typeof FIGURE_BOX;

/** The scale a diagram of this size prints at on a page of this orientation (never enlarged). */
export function printScale(size: { width: number; height: number }, orientation: Orientation): number {
  const box = FIGURE_BOX[orientation];
  return Math.min(1, box.width / size.width, box.height / size.height);
}

/** The point size its labels print at. */
export function labelPoints(scale: number): number {
  return DIAGRAM_FONT_PX * PT_PER_PX * scale;
}

export function orientationOf(size: { width: number; height: number }): Orientation {
  const portrait = printScale(size, 'portrait');
  if (labelPoints(portrait) >= READABLE_PT) return 'portrait';
  return printScale(size, 'landscape') > portrait ? 'landscape' : 'portrait';
}

/** The figure for one diagram: its SVG inline, a caption, and the description as the accessible name. */
export function figureHtml(source: DiagramSource, image: DiagramImage, idPrefix: string): string {
  const orientation = orientationOf(image);
  const svg = inlineSvg(image.svg, idPrefix);
  const wide = orientation === 'landscape' ? ' wide' : '';
  return `<figure class="diagram${wide}">${svg}<figcaption>${escapeHtml(source.title)}</figcaption></figure>\n`;
}

/** The print rules figures need: the landscape page and the height each orientation allows. */
export function figureCss(margin: { top: string; bottom: string; left: string; right: string }): string {
  return `
@page wide { size: landscape; margin: ${margin.top} ${margin.right} ${margin.bottom} ${margin.left}; }
figure.diagram.wide { page: wide; }
figure.diagram svg { max-height: ${FIGURE_BOX.portrait.maxHeightMm}mm; }
figure.diagram.wide svg { max-height: ${FIGURE_BOX.landscape.maxHeightMm}mm; }
`;
}
