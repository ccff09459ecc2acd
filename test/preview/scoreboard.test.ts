// `aiarch preview FOLDER` in a real Chromium: the class scoreboard has one row
// per spec (abstract bases excluded), sorts by any column, follows saves, and
// links to each spec's page, which follows the base the spec extends.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../src/browser/session.js';
import { ROOT } from '../support/cli.js';
import { startPreview, textOf, waitForText, type RunningPreview } from './helpers.js';
import { launchBrowser } from '../support/browser.js';

const SLOW = 240_000;
let work: string;
let preview: RunningPreview;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'aiarch-board-'));
  const klass = join(work, 'class');
  mkdirSync(klass);
  for (const name of ['base.yaml', 'student-a.yaml', 'student-b.yaml']) copyFileSync(join(ROOT, 'examples/class', name), join(klass, name));
  copyFileSync(join(ROOT, 'specs/meridian-bank.yaml'), join(klass, 'meridian.yaml'));
  copyFileSync(join(ROOT, 'specs/northwind-health.yaml'), join(klass, 'northwind.yaml'));
  preview = await startPreview(['class'], work);
  session = await launchBrowser();
  page = await session.browser.newPage();
}, SLOW);

afterAll(async () => {
  await page?.close().catch(() => undefined);
  await session?.close();
  await preview?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, SLOW);

/** The column's cell texts, top to bottom. */
function column(label: string): Promise<string[]> {
  return page.evaluate((name) => {
    const headers = Array.from(document.querySelectorAll('table.board thead th')).map((th) => th.textContent ?? '');
    const index = headers.findIndex((h) => h.startsWith(name));
    return Array.from(document.querySelectorAll('table.board tbody tr')).map((tr) => tr.children[index]?.textContent ?? '');
  }, label);
}

const money = (text: string): number => Number(text.replace(/[^0-9.]/g, ''));

describe('aiarch preview of a folder', () => {
  it(
    'shows one row per spec with client, platform, pattern, year-1, rubric points and findings',
    async () => {
      await page.goto(preview.url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.querySelectorAll('table.board tbody tr').length === 4, { timeout: SLOW });
      expect((await column('Client')).sort()).toEqual(['Harbor Outfitters (Team A)', 'Harbor Outfitters (Team B)', 'Meridian Bank', 'Northwind Health']);
      const headers = await page.$$eval('table.board thead th', (ths) => ths.map((th) => th.textContent));
      expect(headers).toEqual(
        expect.arrayContaining([
          'Platform',
          'Pattern',
          'Year-1',
          'Platform Analysis',
          'Security Architecture',
          'Cost & Operations',
          'Enterprise Proposal Quality',
          'Rubric',
          'Findings',
        ]),
      );
      const northwind = await page.$eval('tr[data-spec="northwind"]', (tr) => tr.textContent ?? '');
      expect(northwind).toContain('Amazon Bedrock');
      expect(northwind).toContain('Serverless');
      expect(northwind).toContain('$58,720');
    },
    SLOW,
  );

  it(
    'sorts by a column, both ways',
    async () => {
      await page.click('th[data-column="Year-1"]');
      const ascending = (await column('Year-1')).map(money);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(new Set(ascending).size).toBeGreaterThan(1);
      expect(await page.$eval('th[data-column="Year-1"]', (th) => th.getAttribute('aria-sort'))).toBe('ascending');
      await page.click('th[data-column="Year-1"]');
      const descending = (await column('Year-1')).map(money);
      expect(descending).toEqual([...ascending].reverse());
      await page.click('th[data-column="Client"]');
      const clients = await column('Client');
      expect(clients).toEqual([...clients].sort((a, b) => a.localeCompare(b)));
    },
    SLOW,
  );

  it(
    'follows saves without a reload, keeping the sort',
    async () => {
      await page.evaluate(() => ((window as unknown as { previewMarker: string }).previewMarker = 'board'));
      const file = join(work, 'class', 'student-b.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: Harbor Outfitters (Team B)', 'name: Anchor Outfitters (Team B)'));
      await waitForText(page, 'tr[data-spec="student-b"]', (t) => t.includes('Anchor Outfitters'), 'the renamed client');
      expect((await column('Client'))[0]).toBe('Anchor Outfitters (Team B)');
      expect(await page.evaluate(() => (window as unknown as { previewMarker?: string }).previewMarker)).toBe('board');
    },
    SLOW,
  );

  it(
    'marks a spec whose save does not build, keeping its last numbers, until it is fixed',
    async () => {
      const file = join(work, 'class', 'meridian.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('  daysPerMonth:', '  daysPerMont:'));
      await waitForText(page, 'tr[data-spec="meridian"]', (t) => t.includes('AIA201'), 'the error in the row');
      expect(await page.$eval('tr[data-spec="meridian"]', (tr) => tr.className)).toContain('failing');
      expect(await textOf(page, 'tr[data-spec="meridian"]')).toContain('Meridian Bank');
      expect(await textOf(page, 'tr[data-spec="meridian"]')).toContain('class/meridian.yaml:');
      writeFileSync(file, text);
      await waitForText(page, 'tr[data-spec="meridian"]', (t) => !t.includes('AIA201'), 'the fixed row');
      expect(await page.$eval('tr[data-spec="meridian"]', (tr) => tr.className)).not.toContain('failing');
    },
    SLOW,
  );

  it(
    'links to each spec page, which follows the base the spec extends',
    async () => {
      await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('tr[data-spec="student-a"] a')]);
      expect(new URL(page.url()).pathname).toBe('/spec/student-a');
      await waitForText(page, '#rubric-total', (t) => /^\d+\/20$/.test(t), 'the rubric total');
      expect(await textOf(page, '#year1')).toContain('budget $180,000');
      const base = join(work, 'class', 'base.yaml');
      writeFileSync(base, readFileSync(base, 'utf8').replace('annualUsd: 180000', 'annualUsd: 90000'));
      await waitForText(page, '#year1', (t) => t.includes('budget $90,000'), 'the budget from the edited base');
    },
    SLOW,
  );
});
