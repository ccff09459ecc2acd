// Chart axes start at zero, so a modest saving never looks like a cliff.
import { describe, expect, it } from 'vitest';
import { costProjection, roundedTop } from '../../../src/render/mermaid/charts.js';

describe('the cost chart axis', () => {
  it('runs from zero to the next round figure above the highest baseline month', () => {
    const months = Array.from({ length: 24 }, (_, i) => ({ month: i + 1, baselineTotal: 14_700 + i * 40, total: 14_650 + i * 30 }));
    const source = costProjection({ months, currency: 'EUR' } as unknown as Parameters<typeof costProjection>[0]);
    expect(source).toContain('y-axis "EUR per month" 0 --> 20000');
  });

  it('draws and names two lines only when optimizations save something', () => {
    const chart = (saving: number) =>
      costProjection({
        months: Array.from({ length: 3 }, (_, i) => ({ month: i + 1, baselineTotal: 200 + i, total: 200 + i - saving })),
        currency: 'USD',
      } as unknown as Parameters<typeof costProjection>[0]);
    expect(chart(20).match(/^ {2}line /gm)).toHaveLength(2);
    expect(chart(20)).toContain('baseline (upper line) and optimized (lower line)');
    expect(chart(0).match(/^ {2}line /gm)).toHaveLength(1);
    expect(chart(0)).toContain('title "Monthly cost in USD"');
  });

  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.4, 1, 7, 10, 11, 199, 200, 201, 4_999, 5_001, 15_620].map(roundedTop)).toEqual([1, 1, 1, 10, 10, 20, 200, 200, 500, 5_000, 10_000, 20_000]);
  });
});
