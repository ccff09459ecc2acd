// Lists longer than a slide continue on "(continued)" slides: every item of the
// model is on some slide (not only in the notes), and nothing runs past the
// footer line or off the slide.
import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../../src/render/pptx/index.js';
import { CONTENT } from '../../../src/render/pptx/layout.js';
import { firstRun, modelOf, referenceSpec, slides, textOf, xmlParts } from './helpers.js';
import { hugeSpec, hugeTokens } from './stress.js';

const EMU = 914400;
// The footer rule sits at 6.92 in; the footer text below it belongs to the master.
const FOOTER_LINE = Math.round(6.92 * EMU);

describe('a proposal with every list at its longest', () => {
  it('shows every item on some slide and keeps every shape above the footer', async () => {
    const parts = await xmlParts(await renderDeck(modelOf(hugeSpec()), null, { theme: 'light' }));
    const deck = slides(parts);
    const onSlides = deck.map(textOf).join('\n');
    const missing = hugeTokens().filter((token) => !new RegExp(`\\b${token}\\b`).test(onSlides));
    expect(missing).toEqual([]);
    const titles = deck.map(firstRun);
    for (const title of ['Business context and goals', 'Security architecture', 'Compliance mapping', 'Risks and mitigations', 'Operations and SLOs']) {
      expect(titles, title).toContain(`${title} (continued)`);
    }
    for (const slide of deck.slice(1)) {
      for (const m of slide.text.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
        const [, y, , cy] = m.slice(1, 5).map(Number) as [number, number, number, number];
        // The slide number sits in the footer, below the rule.
        if (y >= FOOTER_LINE) continue;
        expect(y + cy, `${slide.name} (${firstRun(slide)}) shape at y=${(y / EMU).toFixed(2)} in`).toBeLessThanOrEqual(FOOTER_LINE);
      }
    }
  });
});

describe('success criteria that continue past the use cases', () => {
  it('fill the continuation slides: a table across the content width with rows down to the footer', async () => {
    const spec = referenceSpec();
    const extra = Array.from({ length: 18 }, (_, i) => ({
      metric: `Criterion number ${i + 1} with a fairly descriptive metric name`,
      current: `${i * 3}%`,
      target: `${90 + (i % 10)}%`,
      timeline: `Month ${(i % 12) + 1}`,
    }));
    const model = modelOf({ ...spec, scenario: { ...spec.scenario, successCriteria: [...(spec.scenario.successCriteria ?? []), ...extra] } });
    const deck = slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })));
    const continued = deck.filter((s) => firstRun(s) === 'Business context and goals (continued)' && !textOf(s).includes('Use cases'));
    expect(continued.length).toBeGreaterThan(0);
    const contentWidth = Math.round(CONTENT.w * EMU);
    continued.forEach((slide, i) => {
      const frame = /<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/.exec(slide.text)?.[0] ?? '';
      const width = Number(/<a:ext cx="(\d+)"/.exec(frame)?.[1] ?? 0);
      expect(width, slide.name).toBeGreaterThan(contentWidth * 0.95);
      // Header plus rows: every page but the last holds at least seven criteria (the narrow table held four).
      if (i < continued.length - 1) expect(frame.split('<a:tr ').length - 2, slide.name).toBeGreaterThanOrEqual(7);
    });
    // Every criterion is on a slide.
    const text = deck.map(textOf).join('\n');
    for (const c of extra) expect(text).toContain(c.metric);
  });
});
