import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DECK_THEMES, renderDeck, type DeckThemeName } from '../../../src/render/pptx/index.js';
import type { DiagramImage } from '../../../src/render/types.js';
import { entryNames, firstRun, modelOf, notes, referenceSpec, slides, textOf, tinyPng, xmlParts, xmlProblems } from './helpers.js';

const SLIDE_W = 12192000; // LAYOUT_WIDE in EMU
const SLIDE_H = 6858000;

const reference = () => modelOf(referenceSpec());

describe('executive deck of the reference spec', () => {
  it('has 16 slides, each with speaker notes: title, executive summary, agenda, then the agenda order', async () => {
    const parts = await xmlParts(await renderDeck(reference(), null, { theme: 'light' }));
    const slideParts = slides(parts);
    expect(slideParts).toHaveLength(16);
    const noteParts = notes(parts);
    expect(noteParts).toHaveLength(16);
    for (const part of noteParts) expect(textOf(part).trim().length, part.name).toBeGreaterThan(10);
    expect(slideParts.slice(1).map(firstRun)).toEqual([
      'Executive summary',
      'Agenda',
      'Business context and goals',
      'Platform evaluation',
      'Recommendation and rationale',
      'Reference architecture',
      'Security architecture',
      'Compliance mapping',
      'Cost projection',
      'Year-1 cost, ROI and payback',
      'Optimization roadmap',
      'Deployment roadmap',
      'Risks and mitigations',
      'Operations and SLOs',
      'Next steps and decisions',
    ]);
    expect(textOf(slideParts[0]!)).toContain('Northwind Health');
    expect(textOf(slideParts[0]!)).toContain('Prepared by Priya Raman');
  });

  it('draws the scores as a native bar chart and the 24 months as a native line chart', async () => {
    const deck = await renderDeck(reference(), null, { theme: 'light' });
    const charts = (await xmlParts(deck)).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p.name));
    expect(charts).toHaveLength(2);
    const bar = charts.find((c) => c.text.includes('<c:barChart>'));
    const line = charts.find((c) => c.text.includes('<c:lineChart>'));
    expect(bar?.text).toContain('<c:barDir val="bar"/>');
    expect(bar?.text).toContain('<c:v>8.8</c:v>');
    // Two series of 24 points: baseline and optimized.
    expect(line?.text.match(/<c:ser>/g)).toHaveLength(2);
    expect(line?.text).toContain('<c:ptCount val="24"/>');
    const model = reference();
    expect(line?.text).toContain(`<c:v>${model.months[23]!.total}</c:v>`);
    expect(line?.text).toContain(`<c:v>${model.months[23]!.baselineTotal}</c:v>`);
    const names = await entryNames(deck);
    expect(names.filter((n) => n.startsWith('ppt/embeddings/'))).toHaveLength(2);
  });

  it('formats money with thousands separators from the model, not recomputed', async () => {
    const model = reference();
    const text = slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })))
      .map(textOf)
      .join('\n');
    const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
    expect(text).toContain(usd(model.year1.total));
    expect(text).toContain(usd(model.year1.baselineTotal));
    expect(text).toContain(usd(model.budget.annual!));
    expect(text).toContain(usd(model.roi.net24));
    expect(text).toContain(`Month ${model.roi.paybackMonth}`);
    expect(text).toMatch(/\$\d{1,3}(,\d{3})+/);
  });

  it('writes only well-formed XML parts, every shape inside the slide', async () => {
    for (const theme of DECK_THEMES) {
      const parts = await xmlParts(await renderDeck(reference(), null, { theme }));
      expect(parts.flatMap(xmlProblems)).toEqual([]);
      for (const slide of slides(parts)) {
        expect(slide.text.match(/<a:off /g)?.length ?? 0, slide.name).toBeGreaterThan(0);
        for (const m of slide.text.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
          const [x, y, cx, cy] = m.slice(1, 5).map(Number) as [number, number, number, number];
          expect(x, slide.name).toBeGreaterThanOrEqual(0);
          expect(y, slide.name).toBeGreaterThanOrEqual(0);
          expect(x + cx, slide.name).toBeLessThanOrEqual(SLIDE_W + 1000);
          expect(y + cy, slide.name).toBeLessThanOrEqual(SLIDE_H + 1000);
        }
      }
    }
  });

  it('is byte-identical across renders, with dates and zip times from the spec', async () => {
    const a = await renderDeck(reference(), null, { theme: 'dark' });
    const b = await renderDeck(reference(), null, { theme: 'dark' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-26T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-26T00:00:00Z</dcterms:modified>');
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), entry.name).toBe('2026-11-26T00:00:00.000Z');
    // The charts' embedded workbooks carry their own clock stamps; fixed too.
    const workbook = await JSZip.loadAsync(await zip.file(/^ppt\/embeddings\/.*\.xlsx$/)[0]!.async('uint8array'));
    expect(await workbook.file('docProps/core.xml')!.async('string')).toContain('2026-11-26T00:00:00Z');
    for (const entry of Object.values(workbook.files)) expect(entry.date.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
  });

  it('falls back to a fixed epoch when the spec has no date', async () => {
    const spec = referenceSpec();
    delete spec.client.date;
    const deck = await renderDeck(modelOf(spec), null, { theme: 'light' });
    const core = await (await JSZip.loadAsync(deck)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('2000-01-01T00:00:00Z');
    expect(Buffer.from(deck).equals(Buffer.from(await renderDeck(modelOf(spec), null, { theme: 'light' })))).toBe(true);
  });

  it('gives each theme its own look', async () => {
    const [light, dark] = await Promise.all(
      (['light', 'dark'] as DeckThemeName[]).map(async (theme) =>
        (await xmlParts(await renderDeck(reference(), null, { theme })))
          .filter((p) => p.name.startsWith('ppt/slideLayouts/'))
          .map((p) => p.text)
          .join(''),
      ),
    );
    expect(light).not.toBe('');
    expect(light).not.toEqual(dark);
  });

  it('rejects an unknown theme by name', async () => {
    await expect(renderDeck(reference(), null, { theme: 'neon' as DeckThemeName })).rejects.toThrow(/light, dark/);
  });
});

describe('architecture diagram', () => {
  it('embeds the rendered PNG with its aspect ratio, as the only picture', async () => {
    const image: DiagramImage = { name: 'reference-architecture', svg: '<svg/>', png: tinyPng(8, 2), width: 800, height: 200 };
    const deck = await renderDeck(reference(), [image], { theme: 'light' });
    const names = await entryNames(deck);
    expect(names.filter((n) => n.startsWith('ppt/media/'))).toHaveLength(1);
    const pics = slides(await xmlParts(deck)).filter((s) => s.text.includes('<p:pic>'));
    expect(pics).toHaveLength(1);
    const ext = /<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(pics[0]!.text);
    const ratio = Number(ext?.[1]) / Number(ext?.[2]);
    expect(ratio).toBeCloseTo(4, 2);
    expect(textOf(pics[0]!)).not.toContain('doctor');
  });

  it('keeps a tall diagram inside the content box', async () => {
    const image: DiagramImage = { name: 'reference-architecture', svg: '<svg/>', png: tinyPng(2, 6), width: 100, height: 300 };
    const parts = await xmlParts(await renderDeck(reference(), [image], { theme: 'light' }));
    const pic = slides(parts).find((s) => s.text.includes('<p:pic>'))!;
    const m = /<p:pic>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(pic.text)!;
    const [x, y, cx, cy] = m.slice(1, 5).map(Number) as [number, number, number, number];
    expect(cx / cy).toBeCloseTo(1 / 3, 2);
    expect(y + cy).toBeLessThanOrEqual(SLIDE_H * 0.94);
    expect(x).toBeGreaterThan(SLIDE_W / 3);
  });

  it('says how to get the diagram when there is none', async () => {
    for (const images of [null, [] as DiagramImage[]]) {
      const deck = await renderDeck(reference(), images, { theme: 'light' });
      const text = slides(await xmlParts(deck))
        .map(textOf)
        .join('\n');
      expect(text).toContain('Install Chromium — `npx aiarch doctor --fix` — and rebuild');
      expect((await entryNames(deck)).some((n) => n.startsWith('ppt/media/'))).toBe(false);
    }
  });
});
