import { describe, expect, it } from 'vitest';
import { labelPoints, orientationOf, printScale, READABLE_PT } from '../../../src/render/pdf/figure.js';
import { axisTicks } from '../../../src/render/mermaid/roadmap.js';

describe('figure orientation', () => {
  it('keeps a diagram that prints readably across a portrait page there', () => {
    expect(orientationOf({ width: 900, height: 480 })).toBe('portrait');
    expect(labelPoints(printScale({ width: 1000, height: 1200 }, 'portrait'))).toBeGreaterThanOrEqual(READABLE_PT);
  });
  it('turns a wide, short diagram onto a landscape page where its labels print larger', () => {
    const wide = { width: 1600, height: 700 };
    expect(orientationOf(wide)).toBe('landscape');
    expect(printScale(wide, 'landscape')).toBeGreaterThan(printScale(wide, 'portrait'));
  });
  it('leaves a tall diagram portrait: a landscape page would only make it smaller', () => {
    expect(orientationOf({ width: 1300, height: 2000 })).toBe('portrait');
  });
  it('never enlarges a small diagram', () => {
    expect(printScale({ width: 200, height: 100 }, 'portrait')).toBe(1);
  });
});

describe('roadmap axis', () => {
  it('keeps to about seven ticks however long the plan runs', () => {
    expect(axisTicks(6)).toEqual({ interval: '1week', format: '%d %b' });
    expect(axisTicks(12)).toEqual({ interval: '2week', format: '%d %b' });
    expect(axisTicks(24)).toEqual({ interval: '1month', format: '%b %Y' });
    expect(axisTicks(104)).toEqual({ interval: '4month', format: '%b %Y' });
    expect(axisTicks(null)).toEqual({ interval: '1week', format: '%d %b' });
  });
});
