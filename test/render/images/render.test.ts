// Every diagram of every pattern through the real browser: one session for the file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { DiagramRenderError, openDiagramRenderer, renderDiagramImages } from '../../../src/render/images/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { DIAGRAM_NAMES, type DiagramImage } from '../../../src/render/types.js';
import { bareSpec, HOSTILE, hostileSpec, modelOf, PATTERNS, patternSpec, referenceSpec } from '../mermaid/patterns.js';
import { svgText } from './svg-text.js';
import { launchBrowser } from '../../support/browser.js';

let session: BrowserSession;
const work = mkdtempSync(join(tmpdir(), 'aiarch-render-test-'));

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

const decodeXml = (text: string): string =>
  text.replace(/&(lt|gt|amp|quot|#\d+);/g, (_all, code: string) =>
    code === 'lt' ? '<' : code === 'gt' ? '>' : code === 'amp' ? '&' : code === 'quot' ? '"' : String.fromCodePoint(Number(code.slice(1))),
  );

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(png);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

function dump(prefix: string, images: readonly DiagramImage[]): void {
  const dir = process.env['AIARCH_DIAGRAM_DUMP'];
  if (dir === undefined) return;
  mkdirSync(dir, { recursive: true });
  for (const image of images) {
    writeFileSync(join(dir, `${prefix}-${image.name}.svg`), image.svg);
    writeFileSync(join(dir, `${prefix}-${image.name}.png`), image.png);
  }
}

describe('renderDiagramImages', () => {
  for (const pattern of PATTERNS) {
    it(`draws all nine diagrams of a ${pattern} spec as SVG text and 2x PNG`, async () => {
      const sources = renderDiagramSources(modelOf(patternSpec(pattern)));
      const images = await renderDiagramImages(session, sources);
      dump(pattern, images);
      expect(images.map((i) => i.name)).toEqual([...DIAGRAM_NAMES]);
      for (const image of images) {
        expect(image.svg.startsWith('<svg')).toBe(true);
        expect(image.svg).not.toContain('<foreignObject');
        expect(/class="error-icon"|Syntax error in text/.test(image.svg), image.name).toBe(false);
        expect(image.svg).toMatch(/<text/);
        expect(pngSize(image.png)).toEqual({ width: image.width * 2, height: image.height * 2 });
      }
      expect(session.blockedRequests).toEqual([]);
    });
  }

  it('draws the diagrams of a spec without security, deployment and operations sections', async () => {
    const images = await renderDiagramImages(session, renderDiagramSources(modelOf(bareSpec())));
    dump('bare', images);
    const defense = images.find((i) => i.name === 'defense-in-depth');
    expect(svgText(defense?.svg ?? '').match(/To be defined in the detailed design/g)).toHaveLength(5);
    expect(svgText(images.find((i) => i.name === 'incident-workflow')?.svg ?? '')).toContain('Escalation path to be agreed');
  });

  it('draws the cost projection when monthly costs run past 1e21 (found by the spec generator)', async () => {
    // The schema's largest usage and prices: String() would print 3.7e+21, which xychart refuses.
    const spec = referenceSpec();
    spec.costs.usage = { requestsPerUserPerDay: 1_000_000, tokensPerRequest: { input: 10_000_000, output: 10_000_000 } };
    spec.costs.growth = [{ month: 1, users: 1_000_000_000 }];
    spec.costs.models = [{ model: 'custom-model', share: 100, inputPer1M: 10_000, outputPer1M: 10_000 }];
    const sources = renderDiagramSources(modelOf(spec)).filter((s) => s.name === 'cost-projection');
    expect(sources[0]?.source).toMatch(/line \[\d{22,}, /);
    expect(sources[0]?.source).not.toMatch(/e\+/);
    const [image] = await renderDiagramImages(session, sources);
    expect(/class="error-icon"|Syntax error in text/.test(image?.svg ?? '')).toBe(false);
    expect(image?.svg).toMatch(/<g class="line-plot-1"><path d="M/);
  });

  it('keeps the space between words for renderers outside the browser (rsvg-convert)', async () => {
    const sources = renderDiagramSources(modelOf(patternSpec('queue')));
    const [image] = await renderDiagramImages(
      session,
      sources.filter((s) => s.name === 'reference-architecture'),
    );
    const file = join(work, 'queue.svg');
    writeFileSync(file, image!.svg);
    // rsvg-convert must accept the file; its text layer keeps "API Gateway" as two words.
    execFileSync('rsvg-convert', ['-o', join(work, 'queue.png'), file]);
    expect(image!.svg).toMatch(/<text xml:space="preserve"/);
    expect(svgText(image!.svg)).toContain('API Gateway');
  });

  it('draws a spec in a warm page that drew another spec exactly as in a fresh page', async () => {
    // A build reuses its diagram pages from spec to spec; the bytes must not depend on that.
    const first = renderDiagramSources(modelOf(patternSpec('queue')));
    const second = renderDiagramSources(modelOf(patternSpec('container')));
    const fresh = await renderDiagramImages(session, second);
    const renderer = await openDiagramRenderer(session);
    try {
      await renderer.render(first);
      const warm = await renderer.render(second);
      expect(warm.map((i) => i.name)).toEqual(fresh.map((i) => i.name));
      for (const [i, image] of warm.entries()) {
        expect(image.svg, image.name).toBe(fresh[i]!.svg);
        expect(Buffer.from(image.png).equals(Buffer.from(fresh[i]!.png)), image.name).toBe(true);
      }
    } finally {
      await renderer.close();
    }
  });

  it('rejects the render, and leaves no rejection unhandled, when the capture page goes away mid-render', async () => {
    // The layout page goes on while captures queue in the second page: a failed capture must still fail the render.
    const sources = renderDiagramSources(modelOf(referenceSpec()));
    const before = new Set(await session.browser.pages());
    const renderer = await openDiagramRenderer(session);
    try {
      const opened = (await session.browser.pages()).filter((page) => !before.has(page));
      const hasMermaid = await Promise.all(opened.map((page) => page.evaluate(() => 'mermaid' in window)));
      const capturePage = opened.find((_page, i) => hasMermaid[i] === false);
      expect(opened).toHaveLength(2);
      expect(capturePage).toBeDefined();
      const rendering = renderer.render(sources);
      await capturePage!.close();
      await expect(rendering).rejects.toThrow();
    } finally {
      await renderer.close();
    }
  });

  it('fails with the diagram name on a Mermaid syntax error instead of writing an error picture', async () => {
    const broken = [{ name: 'deployment-pipeline' as const, title: 't', source: 'flowchart LR\n  a[["unclosed\n' }];
    await expect(renderDiagramImages(session, broken)).rejects.toThrow(DiagramRenderError);
    await expect(renderDiagramImages(session, broken)).rejects.toThrow(/deployment-pipeline/);
  });
});

describe('service icons', () => {
  it('draws every component of the architecture diagrams as its icon, and the same bytes twice', async () => {
    const model = modelOf(patternSpec('serverless'));
    const sources = renderDiagramSources(model).filter((s) => s.icons !== undefined);
    const first = await renderDiagramImages(session, sources);
    const second = await renderDiagramImages(session, sources);
    expect(first.map((i) => i.name)).toEqual(['reference-architecture', 'network-architecture']);
    for (const [index, image] of first.entries()) {
      const icons = image.svg.match(/<g class="service-icon"/g) ?? [];
      expect(icons.length, image.name).toBe(sources[index]!.icons!.length);
      expect(icons.length, image.name).toBeGreaterThanOrEqual(model.spec.architecture.components.length);
      expect(image.svg).toContain('<linearGradient id="aiarch-');
      // Ids inside icons are unique within the SVG.
      const ids = [...image.svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, image.name).toBe(ids.length);
      expect(image.svg).toBe(second[index]!.svg);
      expect(Buffer.from(image.png).equals(Buffer.from(second[index]!.png)), image.name).toBe(true);
    }
  });
});

describe('hostile spec text', () => {
  it('stays literal text in the SVG and makes no request', async () => {
    const before = session.blockedRequests.length;
    const images = await renderDiagramImages(session, renderDiagramSources(modelOf(hostileSpec())));
    dump('hostile', images);
    // Each hostile string is one pipeline stage and one escalation level; Mermaid may wrap it
    // across rows (even mid-word), so compare without whitespace.
    const squeeze = (value: string): string => value.replace(/\s+/g, '');
    for (const name of ['deployment-pipeline', 'incident-workflow'] as const) {
      const text = squeeze(svgText(images.find((i) => i.name === name)!.svg));
      for (const value of HOSTILE) expect(text).toContain(squeeze(value));
    }
    expect(svgText(images.find((i) => i.name === 'deployment-pipeline')!.svg)).toContain('<img src=x onerror=alert(1)>');
    const sources = renderDiagramSources(modelOf(hostileSpec()));
    for (const image of images) {
      expect(image.svg).not.toMatch(/<img|<script|<iframe|<foreignObject/i);
      expect(image.svg).not.toMatch(/<[^>]*\son\w+\s*=/i);
      // The description names the components in the client's words, hostile ones included, as text.
      const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(image.svg)?.[1];
      const source = sources.find((s) => s.name === image.name)!;
      expect(decodeXml(desc ?? ''), image.name).toBe(source.description);
      expect(image.svg.replace(/<desc[^>]*>[^<]*<\/desc>/, '')).not.toContain('%%{');
    }
    expect(session.blockedRequests.slice(before)).toEqual([]);
  });

  it('is refused by the isolated page when markup would fetch', async () => {
    const page = await session.newIsolatedPage();
    try {
      await page.setContent('<img src="http://198.51.100.7/beacon.png">', { waitUntil: 'load' });
    } finally {
      await page.close();
    }
    expect(session.blockedRequests).toEqual(expect.arrayContaining(['http://198.51.100.7/beacon.png']));
  });
});
