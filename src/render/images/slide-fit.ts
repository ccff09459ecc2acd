// How large a diagram's labels read on a deck slide. The deck is 13.33 × 7.5
// in (LAYOUT_WIDE); a diagram fills the area under the title bar. A label
// must read at 9 pt or more there: about the size of a laptop's interface
// text when the slide fills a 13-inch screen, 50% above the proposal's 6 pt
// print floor, and still over 7 pt when the deck is printed as handouts on
// letter or A4 paper (the slide shrinks to about 80%). 10 pt would cut
// Kestrel's edge site into one slide per component: a single edge service with
// its labelled links to the site and the cloud is 1,823 px wide, 9.6 pt. A
// diagram whose labels would come out smaller is shown in parts instead
// (src/render/mermaid/reference-parts.ts).
import type { DiagramName } from '../types.js';
import { LABEL_PX } from './config.js';

/** The smallest size a diagram label may read at on a slide, in points. */
export const SLIDE_LABEL_PT = 9;

/** Where a diagram sits on its slide, in inches (the content area under the title bar). */
export const SLIDE_PICTURE = { x: 0.6, y: 1.25, w: 12.133, h: 5.5 } as const;

const PX_PER_IN = 96;
const PT_PER_PX = 0.75;

/** The point size labels drawn at `labelPx` read at, for a drawing of this CSS size fitted to the slide's picture area. */
export function slideLabelPoints(size: { readonly width: number; readonly height: number }, labelPx: number): number {
  const scale = Math.min((SLIDE_PICTURE.w * PX_PER_IN) / size.width, (SLIDE_PICTURE.h * PX_PER_IN) / size.height);
  return labelPx * PT_PER_PX * scale;
}

export function fitsSlide(name: DiagramName, size: { readonly width: number; readonly height: number }): boolean {
  return slideLabelPoints(size, LABEL_PX[name]) >= SLIDE_LABEL_PT;
}
