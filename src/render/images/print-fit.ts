// How large a diagram's labels print in the PDF, on the page shape that
// prints them largest (src/render/pdf/figure.ts), on A4 and on letter alike:
// the images are drawn once for both papers. A diagram whose labels would
// print under the 6 pt floor on every page shape is printed as an overview
// and parts instead (DiagramSource.print); each part is cut finer until it
// prints at READABLE_PT, the margin the PDF keeps above the floor.
import { labelPoints, type Orientation, printScale, READABLE_PT } from '../pdf/figure.js';
import { PAPER, type PaperSize } from '../pdf/paper.js';
import type { DiagramName } from '../types.js';
import { LABEL_PX } from './config.js';

/** The floor every printed label keeps (issue 14). */
export const PRINT_FLOOR_PT = 6;

const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape', 'tall'];

/** The point size this drawing's labels print at on its best page shape, on the paper that prints them smaller. */
export function printLabelPoints(name: DiagramName, size: { readonly width: number; readonly height: number }): number {
  const best = (paper: PaperSize): number => Math.max(...ORIENTATIONS.map((o) => printScale(size, paper, o)));
  return labelPoints(LABEL_PX[name], Math.min(best(PAPER.a4), best(PAPER.letter)));
}

/**
 * Hebrew and Arabic letters print in a fallback font (Inter has none) whose
 * words stand about 4% shorter than Inter's at the same size: a generated
 * spec's reference architecture, 6.14 pt in Inter, measured 5.91 pt in them.
 */
export const FALLBACK_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
export const FALLBACK_RATIO = 0.96;

/** Whether the whole diagram prints with its labels at the floor or more, in every script its source holds. */
export function printsWhole(name: DiagramName, size: { readonly width: number; readonly height: number }, source: string): boolean {
  const floor = FALLBACK_SCRIPT.test(source) ? PRINT_FLOOR_PT / FALLBACK_RATIO : PRINT_FLOOR_PT;
  return printLabelPoints(name, size) >= floor;
}

/** Whether a part prints at READABLE_PT or more, so it need not be cut finer. */
export function printsPart(name: DiagramName, size: { readonly width: number; readonly height: number }): boolean {
  return printLabelPoints(name, size) >= READABLE_PT;
}
