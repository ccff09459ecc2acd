// `aiarch preview SPEC` in a real Chromium: the header card shows the score,
// saves change the page in place (no reload, scroll kept), an invalid save
// shows its diagnostic over the last good render, a fix recovers, spec text
// stays text, and nothing outside the output is served.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../src/browser/session.js';
import { ROOT } from '../support/cli.js';
import { rawGet, startPreview, textOf, waitForText, type RunningPreview } from './helpers.js';
import { launchBrowser } from '../support/browser.js';

const SLOW = 240_000;
let work: string;
let spec: string;
let original: string;
let preview: RunningPreview;
let session: BrowserSession;
let page: Page;
let navigations = 0;
const requested: string[] = [];

const save = (text: string): void => writeFileSync(spec, text);
const marker = (): Promise<unknown> => page.evaluate(() => (window as unknown as { previewMarker?: string }).previewMarker);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'aiarch-preview-'));
  mkdirSync(join(work, 'specs'));
  spec = join(work, 'specs', 'clinic.yaml');
  copyFileSync(join(ROOT, 'specs/northwind-health.yaml'), spec);
  original = readFileSync(spec, 'utf8');
  // Must never be served: it sits beside the output folder.
  writeFileSync(join(work, 'secret.txt'), 'SENTINEL-NOT-FOR-THE-PAGE');
  preview = await startPreview(['specs/clinic.yaml'], work);
  session = await launchBrowser();
  page = await session.browser.newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
}, SLOW);

afterAll(async () => {
  await page?.close().catch(() => undefined);
  await session?.close();
  await preview?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, SLOW);

describe('aiarch preview of one spec', () => {
  it(
    'prints a loopback URL and serves the page with a strict Content-Security-Policy',
    async () => {
      expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const response = await page.goto(preview.url, { waitUntil: 'domcontentloaded' });
      const csp = response?.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    },
    SLOW,
  );

  it(
    'shows the header card with the score',
    async () => {
      expect(await waitForText(page, '#rubric-total', (t) => /^\d+\/20$/.test(t), 'the rubric total')).toBe('18/20');
      expect(await textOf(page, '[data-platform="aws-bedrock"] .weighted')).toBe('8.8');
      expect(await textOf(page, '#year1')).toContain('budget $120,000');
      expect(await textOf(page, '#card')).toContain('month 4');
      expect(await page.$$eval('#documents article.document', (a) => a.length)).toBe(6);
    },
    SLOW,
  );

  it(
    'shows the nine diagrams as SVG, the slide strip and links to the PDF and deck',
    async () => {
      await page.waitForFunction(() => document.querySelectorAll('#diagrams figure img[src]').length === 9, { timeout: SLOW });
      const types = await page.$$eval('#diagrams figure img', (imgs) => imgs.map((i) => (i as HTMLImageElement).src));
      for (const src of types) expect(src).toMatch(/\/diagram\/clinic\/[a-z-]+\.svg\?v=/);
      const svg = await rawGet(preview.url, new URL(types[0] ?? '').pathname);
      expect(svg.headers['content-type']).toContain('image/svg+xml');
      expect(svg.body).toContain('<svg');
      await page.waitForFunction(() => document.querySelector('#pdf-link') !== null && document.querySelectorAll('#deck .slide').length > 5, { timeout: SLOW });
      expect(await textOf(page, '#deck .slide:nth-child(4) .title')).toBe('Business context and goals');
      const pdf = await rawGet(preview.url, new URL(await page.$eval('#pdf-link', (a) => (a as HTMLAnchorElement).href)).pathname);
      expect(pdf.status).toBe(200);
      expect(pdf.body.startsWith('%PDF')).toBe(true);
    },
    SLOW,
  );

  it(
    'changes the numbers and documents in place when the spec is saved, without a reload, scroll kept',
    async () => {
      await page.evaluate(() => {
        (window as unknown as { previewMarker: string }).previewMarker = 'still here';
        window.scrollTo(0, 900);
      });
      const before = navigations;
      save(original.replace('annualUsd: 120000', 'annualUsd: 50000'));
      await waitForText(page, '#year1', (t) => t.includes('budget $50,000'), 'the new budget');
      expect(await textOf(page, '#year1')).toContain('over budget');
      await waitForText(page, '#doc-cost-model', (t) => t.includes('$50,000'), 'the cost model document');
      expect(await marker()).toBe('still here');
      expect(navigations).toBe(before);
      expect(await page.evaluate(() => window.scrollY)).toBe(900);
    },
    SLOW,
  );

  it(
    're-renders a changed diagram in the one warm browser',
    async () => {
      const src = await page.$eval('#diagram-weighted-scores img', (i) => (i as HTMLImageElement).src);
      save(original.replace('annualUsd: 120000', 'annualUsd: 50000').replace('modelFit: 9, integration: 10', 'modelFit: 4, integration: 10'));
      await waitForText(page, '[data-platform="aws-bedrock"] .weighted', (t) => t !== '8.8', 'the new weighted score');
      await page.waitForFunction(
        (old) => {
          const img = document.querySelector<HTMLImageElement>('#diagram-weighted-scores img');
          return img !== null && img.src !== old && img.complete && img.naturalWidth > 0;
        },
        { timeout: SLOW },
        src,
      );
      expect(await marker()).toBe('still here');
      // One browser for every render since the start: the preview's only child process.
      const children = execFileSync('ps', ['-o', 'comm=', '--ppid', String(preview.child.pid)], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .filter(Boolean);
      expect(children).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'shows the diagnostic of an invalid save, with its line and code frame, over the last good render',
    async () => {
      const broken = original.replace('  daysPerMonth: 22', '  daysPerMont: 22');
      const line = broken.split('\n').findIndex((l) => l.includes('daysPerMont:')) + 1;
      save(broken);
      await waitForText(page, '#problems', (t) => t.includes('AIA201'), 'the diagnostic');
      expect(await textOf(page, '#problems .where')).toMatch(new RegExp(`^specs/clinic\\.yaml:${line}:\\d+$`));
      expect(await textOf(page, '#problems pre.frame')).toContain('daysPerMont: 22');
      // The last good render stays under it.
      expect(await textOf(page, '#rubric-total')).toMatch(/^\d+\/20$/);
      expect(await page.$$eval('#documents article.document', (a) => a.length)).toBe(6);
      expect(await marker()).toBe('still here');
    },
    SLOW,
  );

  it(
    'recovers when the spec is fixed',
    async () => {
      save(original);
      await page.waitForFunction(() => document.querySelector('#problems .issue') === null, { timeout: SLOW });
      expect(await waitForText(page, '[data-platform="aws-bedrock"] .weighted', (t) => t === '8.8', 'the original score')).toBe('8.8');
      expect(await textOf(page, '#year1')).toContain('budget $120,000');
      expect(await marker()).toBe('still here');
    },
    SLOW,
  );

  it(
    'shows spec text as text, never as markup',
    async () => {
      const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
      save(original.replace('useCase: Clinical note summarization and patient-message triage', `useCase: '${hostile}'`));
      await waitForText(page, '#card .subtitle', (t) => t.includes(hostile), 'the use case as text');
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.$$eval('img[src="x"], script:not([src])', (n) => n.length)).toBe(0);
      expect(await textOf(page, '#documents')).toContain('<img src=x');
      save(original);
      await waitForText(page, '#card .subtitle', (t) => !t.includes(hostile), 'the original use case');
    },
    SLOW,
  );

  it(
    'refuses paths outside the output and its own assets, encoded or not',
    async () => {
      expect((await rawGet(preview.url, '/assets/preview.css')).status).toBe(200);
      for (const path of [
        '/../secret.txt',
        '/out/../secret.txt',
        '/out/northwind-health/../../secret.txt',
        '/out/northwind-health/%2e%2e/%2e%2e/secret.txt',
        '/out/northwind-health/%2E%2E%2F%2E%2E%2Fsecret.txt',
        '/out/northwind-health/..%5c..%5csecret.txt',
        '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
        '/assets/..%2f..%2f..%2fpackage.json',
        '/out/northwind-health/.aiarch-manifest.json',
        '/out/.aiarch-cache/x',
        '/diagram/clinic/%2e%2e%2fsecret.svg',
      ]) {
        const response = await rawGet(preview.url, path);
        expect([400, 404], path).toContain(response.status);
        expect(response.body, path).not.toContain('SENTINEL');
        expect(response.body, path).not.toContain('root:');
      }
    },
    SLOW,
  );

  it('refuses other hosts (DNS rebinding) and other methods', async () => {
    const { hostname, port } = new URL(preview.url);
    const { request } = await import('node:http');
    const status = (method: string, host: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const req = request({ host: hostname, port, path: '/', method, headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('GET', `localhost:${port}`)).toBe(200);
    expect(await status('GET', `evil.example:${port}`)).toBe(403);
    expect(await status('POST', `localhost:${port}`)).toBe(405);
  });

  it('loaded nothing from outside the preview server', () => {
    const origin = new URL(preview.url).origin;
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});
