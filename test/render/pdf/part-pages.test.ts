// The page shapes of a run of printed parts (src/render/pdf/part-pages.ts):
// small parts take the shape of their neighbours so they share a page, never
// at labels under READABLE_PT, and a run that cannot get shorter keeps each
// part on its own shape. The sizes are seed 8156's defense in depth.
import { describe, expect, it } from 'vitest';
import { figureBox, labelPoints, orientationOf, printScale, READABLE_PT } from '../../../src/render/pdf/figure.js';
import { partShapes } from '../../../src/render/pdf/part-pages.js';
import { PAPER } from '../../../src/render/pdf/paper.js';

const A4 = PAPER.a4;
const part = (width: number, height: number) => ({ name: 'defense-in-depth' as const, width, height });
const opening = (size: { width: number; height: number }) => ({ orientation: orientationOf(part(size.width, size.height), A4), height: size.height });

/** Pages the run takes when figures of one shape flow onto a page while they fit (as Chromium prints them, a figure never split). */
function pages(parts: readonly { width: number; height: number }[], shapes: readonly string[]): number {
  let count = 0;
  let last: string | undefined;
  let used = 0;
  parts.forEach((p, i) => {
    const shape = shapes[i] as 'portrait' | 'landscape' | 'tall';
    const height = p.height * printScale(part(p.width, p.height), A4, shape);
    if (shape !== last || used + height + 70 > figureBox(A4, shape).height) {
      count += 1;
      used = height;
    } else used += height + 70;
    last = shape;
  });
  return count;
}

describe('page shapes of a run of printed parts', () => {
  // A whole layer on a landscape page, then a short one that reads on a portrait page,
  // a wide, flat one that reads only across a landscape page, and two more short ones.
  const run = [part(1682, 1001), part(548, 221), part(1598, 221), part(286, 199), part(752, 177)];

  it('puts a short part on the shape of the wide one after it, so the two share a page', () => {
    const own = run.map((p) => orientationOf(p, A4));
    expect(own).toEqual(['landscape', 'portrait', 'landscape', 'portrait', 'portrait']);
    const shapes = partShapes(run, A4, opening(run[0]!));
    expect(shapes[1]).toBe(shapes[2]);
    expect(pages(run, shapes)).toBeLessThan(pages(run, own));
  });

  it('never prints a part smaller than READABLE_PT for it, nor smaller than on its own shape when that is already under it', () => {
    const shapes = partShapes(run, A4, opening(run[0]!));
    run.forEach((p, i) => {
      const points = labelPoints(20, printScale(p, A4, shapes[i]!));
      const own = labelPoints(20, printScale(p, A4, orientationOf(p, A4)));
      expect(points).toBeGreaterThanOrEqual(Math.min(READABLE_PT, own));
    });
  });

  it('keeps each part on its own shape when no page can be saved', () => {
    // Three parts that each fill a landscape page, and one too wide for a portrait page.
    const large = [part(1680, 963), part(1667, 699), part(1680, 677), part(1672, 1139)];
    expect(partShapes(large, A4, opening(large[0]!))).toEqual(large.map((p) => orientationOf(p, A4)));
  });

  it('keeps the first part where it prints with the sentence introducing the run', () => {
    const shapes = partShapes([part(548, 221), part(1598, 221)], A4, { orientation: 'portrait', height: 400 });
    expect(shapes[0]).toBe('portrait');
  });
});
