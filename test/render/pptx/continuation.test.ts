// Lists longer than a slide continue on "(continued)" slides: every item of the
// model is on some slide (not only in the notes), and nothing runs past the
// footer line or off the slide.
import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../../src/render/pptx/index.js';
import { firstRun, modelOf, slides, textOf, xmlParts } from './helpers.js';
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
