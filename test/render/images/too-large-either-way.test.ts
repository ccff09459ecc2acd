import { describe, expect, it } from 'vitest';
import { printsPart } from '../../../src/render/images/print-fit.js';
import { fitsSlide } from '../../../src/render/images/slide-fit.js';
import { TURNED_AREA_MARGIN, tooLargeEitherWay } from '../../../src/render/images/too-large-either-way.js';
import type { DiagramName } from '../../../src/render/types.js';

type Size = { width: number; height: number };
const name: DiagramName = 'reference-architecture';
const slide = (_name: DiagramName, size: Size, _source: string): boolean => fitsSlide(name, size);
const print = (_name: DiagramName, size: Size, _source: string): boolean => printsPart(name, size);

describe('tooLargeEitherWay', () => {
  it('keeps the turned layout of a part near the size that fits', () => {
    // Too wide for a slide as laid out, but a drawing of its area fits turned.
    expect(fitsSlide(name, { width: 2400, height: 700 })).toBe(false);
    expect(tooLargeEitherWay(slide, name, { width: 2400, height: 700 }, '')).toBe(false);
    expect(tooLargeEitherWay(slide, name, { width: 700, height: 2400 }, '')).toBe(false);
  });

  it("skips it for the parts measured in a dense generated spec, many times a slide's area", () => {
    // Layouts of one part of a generated spec with 144 links: 10476 × 3136 px left to right, 5885 × 7723 top to bottom.
    expect(tooLargeEitherWay(slide, name, { width: 10476, height: 3136 }, '')).toBe(true);
    expect(tooLargeEitherWay(slide, name, { width: 5885, height: 7723 }, '')).toBe(true);
    expect(tooLargeEitherWay(print, name, { width: 10476, height: 3136 }, '')).toBe(true);
  });

  it('never skips a layout whose area, shrunk by the margin, fits in some shape', () => {
    for (const fits of [slide, print]) {
      for (let width = 200; width <= 20000; width *= 1.37) {
        for (let height = 200; height <= 20000; height *= 1.41) {
          const skipped = tooLargeEitherWay(fits, name, { width, height }, '');
          const area = (width * height) / TURNED_AREA_MARGIN;
          // The turned layout at the smallest area this trusts, in the shape that suits the picture best.
          const aspects = Array.from({ length: 61 }, (_, k) => 2 ** ((k - 30) / 10));
          const best = aspects.some((aspect) => fits(name, { width: Math.sqrt(area * aspect) * 0.99, height: Math.sqrt(area / aspect) * 0.99 }, ''));
          if (best) expect(skipped, `${Math.round(width)} × ${Math.round(height)}`).toBe(false);
        }
      }
    }
  });

  it('skips more as the layout grows, never less', () => {
    for (const fits of [slide, print]) {
      let skippedBefore = false;
      for (let side = 100; side < 40000; side *= 1.1) {
        const skipped = tooLargeEitherWay(fits, name, { width: side * 2, height: side }, '');
        if (skippedBefore) expect(skipped).toBe(true);
        skippedBefore = skipped;
      }
      expect(skippedBefore).toBe(true);
    }
  });

  it('does not skip a layout with no size', () => {
    expect(tooLargeEitherWay(slide, name, { width: 0, height: 0 }, '')).toBe(false);
  });
});
