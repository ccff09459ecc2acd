// Whether a part's turned layout is worth drawing. A part that does not fit
// where it is shown in its first direction is laid out turned as well, and the
// one that reads larger wins. For a dense part that is the costliest layout of
// the render: ELK's time grows much faster than the drawing (a generated spec's
// 144-link part took about 6 s each way, its reference architecture 92
// layouts and 70 s), and a part many times too large in one direction is
// cut finer either way, because a layered layout keeps about the same area
// turned (measured: the turned layout's area was 0.64–1.64× the first's).
import type { DiagramName } from '../types.js';

/** How much smaller the turned layout's area may be than the first's before this stops trusting it to be too large as well. */
export const TURNED_AREA_MARGIN = 4;

/** Width-to-height ratios tried for a drawing of the same area: 1:16 to 16:1, in steps fine enough (2^1/16) to find any shape that fits. */
const ASPECTS = Array.from({ length: 129 }, (_, step) => 2 ** ((step - 64) / 16));

type Fits = (name: DiagramName, size: { width: number; height: number }, source: string) => boolean;

/**
 * True when a drawing with a quarter of this layout's area would not fit
 * where it is shown in any shape from 1:16 to 16:1: the part then needs cutting
 * whichever way it is laid out, and its turned layout is not drawn.
 */
export function tooLargeEitherWay(fits: Fits, name: DiagramName, size: { readonly width: number; readonly height: number }, source: string): boolean {
  const area = (size.width * size.height) / TURNED_AREA_MARGIN;
  if (!(area > 0)) return false;
  return !ASPECTS.some((aspect) => fits(name, { width: Math.sqrt(area * aspect), height: Math.sqrt(area / aspect) }, source));
}
