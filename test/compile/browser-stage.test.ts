import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../src/browser/session.js';
import { diagramImages, LazyBrowser, proposalPdf, type ImageRenderer, type PdfInput, type PdfRenderer } from '../../src/compile/browser-stage.js';
import type { Model } from '../../src/model/types.js';
import { cacheKey, fileCache } from '../../src/output/cache.js';
import type { DiagramImage, DiagramSource } from '../../src/render/types.js';

const source = (name: DiagramSource['name'], text: string): DiagramSource => ({ name, title: name, source: text });
const imageOf = (s: DiagramSource): DiagramImage => ({
  name: s.name,
  svg: `<svg>${s.source}</svg>`,
  png: new Uint8Array([137, 80, 78, 71, s.source.length]),
  width: 10,
  height: 5,
});

function fakeBrowser(available = true): { browser: LazyBrowser; opened: () => number } {
  let opened = 0;
  const browser = new LazyBrowser(available ? { path: '/fake/chromium', source: 'test' } : null, async () => {
    opened += 1;
    return { close: async () => undefined } as unknown as BrowserSession;
  });
  return { browser, opened: () => opened };
}

function recordingRenderer(): { render: ImageRenderer; rendered: string[] } {
  const rendered: string[] = [];
  return { rendered, render: async (_session, sources) => sources.map((s) => (rendered.push(s.name), imageOf(s))) };
}

describe('render cache', () => {
  it('keys by every part, length-prefixed so parts cannot run together', () => {
    expect(cacheKey('a', 'b')).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey('a', 'b')).toBe(cacheKey('a', 'b'));
    expect(cacheKey('ab', '')).not.toBe(cacheKey('a', 'b'));
  });

  it('renders only what is missing and opens no browser when everything is cached', async () => {
    const cache = fileCache(mkdtempSync(join(tmpdir(), 'aiarch-cache-')));
    const sources = [source('deployment-pipeline', 'flowchart LR\n a-->b'), source('incident-workflow', 'flowchart TB\n c-->d')];
    const first = fakeBrowser();
    const r1 = recordingRenderer();
    expect(await diagramImages(sources, cache, first.browser, r1.render)).toEqual(sources.map(imageOf));
    expect(r1.rendered).toEqual(['deployment-pipeline', 'incident-workflow']);
    expect(first.opened()).toBe(1);

    const second = fakeBrowser();
    const r2 = recordingRenderer();
    expect(await diagramImages(sources, cache, second.browser, r2.render)).toEqual(sources.map(imageOf));
    expect(r2.rendered).toEqual([]);
    expect(second.opened()).toBe(0);

    const changed = [sources[0]!, source('incident-workflow', 'flowchart TB\n c-->e')];
    const third = fakeBrowser();
    const r3 = recordingRenderer();
    await diagramImages(changed, cache, third.browser, r3.render);
    expect(r3.rendered).toEqual(['incident-workflow']);
  });

  it('says when the browser is about to lay out missing diagrams, and only then', async () => {
    const cache = fileCache(mkdtempSync(join(tmpdir(), 'aiarch-cache-')));
    const sources = [source('deployment-pipeline', 'flowchart LR\n a-->b')];
    const told: BrowserSession[] = [];
    const first = fakeBrowser();
    const r1 = recordingRenderer();
    const render: ImageRenderer = async (session, missing) => {
      // The build starts the cover's print when told, before the layout runs.
      expect(told).toEqual([session]);
      return r1.render(session, missing);
    };
    await diagramImages(sources, cache, first.browser, render, (session) => void told.push(session));
    expect(told).toEqual([await first.browser.get()]);
    await diagramImages(sources, cache, fakeBrowser().browser, recordingRenderer().render, (session) => void told.push(session));
    expect(told).toHaveLength(1);
  });

  it('treats a damaged entry as missing, and returns null without a browser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiarch-cache-'));
    const cache = fileCache(dir);
    const sources = [source('deployment-pipeline', 'flowchart LR\n a-->b')];
    await diagramImages(sources, cache, fakeBrowser().browser, recordingRenderer().render);
    for (const entry of readdirSync(dir)) writeFileSync(join(dir, entry), '{"svg": 1');
    const none = fakeBrowser(false);
    expect(await diagramImages(sources, cache, none.browser, recordingRenderer().render)).toBeNull();
    const again = recordingRenderer();
    await diagramImages(sources, cache, fakeBrowser().browser, again.render);
    expect(again.rendered).toEqual(['deployment-pipeline']);
  });
});

describe('cache pruning', () => {
  it('removes entries no build used for the given days and keeps the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiarch-prune-'));
    const cache = fileCache(dir);
    await cache.set('old', new Uint8Array([1]));
    await cache.set('fresh', new Uint8Array([2]));
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    utimesSync(join(dir, 'old'), longAgo, longAgo);
    utimesSync(join(dir, 'fresh'), longAgo, longAgo);
    expect(await cache.get('fresh')).toEqual(new Uint8Array([2]));
    expect(await cache.prune(30)).toBe(1);
    expect(readdirSync(dir)).toEqual(['fresh']);
  });

  it('keeps a numbered PDF and renders an unnumbered one again next time', async () => {
    const cache = fileCache(mkdtempSync(join(tmpdir(), 'aiarch-cache-')));
    const input: PdfInput = { model: { spec: { client: { name: 'A' } } } as unknown as Model, documents: [], diagrams: [], images: null, paper: 'a4' };
    let calls = 0;
    const unnumbered: PdfRenderer = async () => ((calls += 1), { bytes: new Uint8Array([1]), unnumbered: 'no destinations' });
    expect(await proposalPdf(input, cache, fakeBrowser().browser, unnumbered)).toEqual({ bytes: new Uint8Array([1]), unnumbered: 'no destinations' });
    expect(await proposalPdf(input, cache, fakeBrowser().browser, unnumbered)).toEqual({ bytes: new Uint8Array([1]), unnumbered: 'no destinations' });
    expect(calls).toBe(2);
    const numbered: PdfRenderer = async () => ((calls += 1), { bytes: new Uint8Array([2]), unnumbered: null });
    await proposalPdf(input, cache, fakeBrowser().browser, numbered);
    const again = fakeBrowser();
    expect(await proposalPdf(input, cache, again.browser, numbered)).toEqual({ bytes: new Uint8Array([2]), unnumbered: null });
    expect(calls).toBe(3);
    expect(again.opened()).toBe(0);
  });
});
