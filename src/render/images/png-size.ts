// How many pixels a diagram's PNG gets. The PNG goes on a slide (about
// 12 × 6 in) or a page; 4,000 px on the longest side is over 300 dpi there.
// Dense network and reference diagrams lay out at 5,000–10,000 CSS px, and at
// the page's 2× device scale their captures reached 20,000 × 12,000 px: files
// of tens of megabytes that Chromium rasterises in tiles, and not always
// alike from one capture to the next.
import { DEVICE_SCALE } from './config.js';

/** Longest side of a PNG, in pixels. */
export const PNG_MAX_SIDE = 4000;
/** Pixel budget of a PNG: a tall, narrow diagram keeps its long side, a large square one shrinks. */
export const PNG_MAX_PIXELS = 12_000_000;

/**
 * The capture scale for a diagram of `width` × `height` CSS px, on top of the
 * page's device scale: 1 unless that would exceed the side or pixel budget.
 * Rounded down to 1/1000 so the clip and the PNG size are whole, stable numbers.
 */
export function captureScale(width: number, height: number): number {
  const side = PNG_MAX_SIDE / (DEVICE_SCALE * Math.max(width, height));
  const area = Math.sqrt(PNG_MAX_PIXELS / (DEVICE_SCALE * DEVICE_SCALE * width * height));
  return Math.min(1, Math.floor(Math.min(side, area) * 1000) / 1000);
}
