import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../../src/render/pptx/index.js';
import { firstRun, modelOf, notes, slides, textOf, xmlParts, xmlProblems } from './helpers.js';
import { HOSTILE_NAME, hostileSpec, LONG_TEXT, longSpec } from './stress.js';

describe('hostile text', () => {
  it('is caught by the part checks when it slips through', () => {
    for (const text of ['<a>bell\u0007</a>', '<a>\uFFFE</a>', '<a>\uD800</a>', '<a b="R&D"/>', '<a>R&D</a>', '<a><b></a>']) {
      expect(xmlProblems({ name: 'probe.xml', text }), JSON.stringify(text)).not.toEqual([]);
    }
    expect(xmlProblems({ name: 'probe.xml', text: '<a b="R&amp;D">😀 &lt;ok&gt;</a>' })).toEqual([]);
  });

  it('keeps every XML part well-formed, metadata included', async () => {
    const deck = await renderDeck(modelOf(hostileSpec()), null, { theme: 'light' });
    const parts = await xmlParts(deck);
    expect(parts.flatMap(xmlProblems)).toEqual([]);
    const zip = await JSZip.loadAsync(deck);
    const app = await zip.file('docProps/app.xml')!.async('string');
    expect(app).toContain('<Company>Acme &amp; Sons &lt;R&amp;D&gt; &quot;Q1&quot;</Company>');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('Acme &amp; Sons &lt;R&amp;D&gt; &quot;Q1&quot;');
    expect(core).toContain('Ann O&apos;Neil &amp; &lt;Co&gt;');
  });

  it('shows the text without the forbidden characters, and keeps real emoji', async () => {
    const parts = await xmlParts(await renderDeck(modelOf(hostileSpec()), null, { theme: 'dark' }));
    const text = [...slides(parts), ...notes(parts)].map(textOf).join('\n');
    expect(text).toContain(HOSTILE_NAME);
    expect(text).toContain('Triage & summarise <notes> "fast"');
    expect(text).toContain('Reuse & <IAM>');
    expect(text).toContain('😀');
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});

describe('long lists', () => {
  it('continue on "(continued)" slides, grow before they cut, and keep the full text in the notes', async () => {
    const parts = await xmlParts(await renderDeck(modelOf(longSpec()), null, { theme: 'light' }));
    expect(parts.flatMap(xmlProblems)).toEqual([]);
    const slideParts = slides(parts);
    const titles = slideParts.map(firstRun);
    for (const title of [
      'Recommendation and rationale',
      'Security architecture',
      'Compliance mapping',
      'Deployment roadmap',
      'Risks and mitigations',
      'Next steps and decisions',
    ]) {
      expect(titles, title).toContain(`${title} (continued)`);
    }
    expect(titles.filter((t) => t === 'Compliance mapping (continued)').length).toBeGreaterThanOrEqual(1);
    const onSlides = slideParts.map(textOf).join('\n');
    // Bullets page by measured height rather than being cut: each reason is whole on some slide.
    for (let i = 1; i <= 9; i++) expect(onSlides).toContain(`Reason ${i}: ${LONG_TEXT.trim()}`);
    // Table cells grow to four lines; longer text is cut at a word, with an ellipsis.
    expect(onSlides).toContain('…');
    expect(notes(parts).map(textOf).join('\n')).toContain(LONG_TEXT.trim());
    // Every reason, requirement and risk is on some slide, cut or not.
    for (let i = 1; i <= 9; i++) expect(onSlides).toContain(`Reason ${i}:`);
    for (let i = 1; i <= 17; i++) expect(onSlides).toContain(`Requirement ${i} `);
    for (let i = 1; i <= 11; i++) expect(onSlides).toContain(`Risk ${i} `);
  });
});
