// npm run bench:preview: how long a saved change takes to appear on the
// `aiarch preview` page, seen from a real Chromium. Numbers and documents aim
// at under 1 s, diagrams at under 3 s. Runs against dist/ (the npm script
// builds first); prints medians, asserts nothing.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
// Each save uses a score no earlier save used, so every diagram render is a real one, not a cache hit.
const runs = Math.min(Number(process.env.BENCH_RUNS ?? 5), 8);
const work = mkdtempSync(join(tmpdir(), 'aiarch-preview-bench-'));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const { findBrowser } = await import(join(root, 'dist', 'browser', 'find.js'));
  const { openBrowser } = await import(join(root, 'dist', 'browser', 'session.js'));
  const found = findBrowser({ env: process.env });
  if (found === null) throw new Error('no browser found: run `aiarch doctor --fix` first');
  mkdirSync(join(work, 'specs'));
  const spec = join(work, 'specs', 'clinic.yaml');
  copyFileSync(join(root, 'specs', 'northwind-health.yaml'), spec);
  const original = readFileSync(spec, 'utf8');
  const child = spawn(process.execPath, [join(root, 'bin', 'aiarch.js'), 'preview', 'specs/clinic.yaml', '--port', '0', '--out', 'out'], {
    cwd: work,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^(http:\/\/\S+)\n/m.exec(out);
      if (match) ok(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`preview exited with ${code}`)));
  });
  const session = await openBrowser(found);
  try {
    const page = await session.browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const ready = () =>
      page.waitForFunction(
        () => document.querySelectorAll('#diagrams img[src]').length === 9 && document.querySelector('#files .status')?.textContent === 'up to date',
        { timeout: 300_000, polling: 50 },
      );
    await ready();
    const numbers = [];
    const documents = [];
    const diagrams = [];
    for (let i = 0; i < runs; i += 1) {
      // A budget and a score change: the header, the cost model and the weighted-scores diagram all move.
      const budget = 100_000 + i * 1_000;
      const score = 8 - i;
      const src = await page.$eval('#diagram-weighted-scores img', (img) => img.src);
      const started = performance.now();
      writeFileSync(
        spec,
        original.replace('annualUsd: 120000', `annualUsd: ${budget}`).replace('modelFit: 9, integration: 10', `modelFit: ${score}, integration: 10`),
      );
      const text = `$${budget.toLocaleString('en-US')}`;
      await page.waitForFunction((t) => document.querySelector('#year1')?.textContent?.includes(t), { timeout: 300_000, polling: 'mutation' }, text);
      numbers.push(performance.now() - started);
      await page.waitForFunction((t) => document.querySelector('#doc-cost-model')?.textContent?.includes(t), { timeout: 300_000, polling: 'mutation' }, text);
      documents.push(performance.now() - started);
      await page.waitForFunction(
        (old) => {
          const img = document.querySelector('#diagram-weighted-scores img');
          return img !== null && img.src !== old && img.complete && img.naturalWidth > 0;
        },
        { timeout: 300_000, polling: 50 },
        src,
      );
      diagrams.push(performance.now() - started);
      await ready();
    }
    console.log(`aiarch preview: save → page, ${runs} saves of specs/northwind-health.yaml (median, min–max)`);
    for (const [label, values] of [
      ['numbers (header card)', numbers],
      ['documents', documents],
      ['diagrams', diagrams],
    ]) {
      console.log(`  ${label.padEnd(22)} ${seconds(median(values))}  (${seconds(Math.min(...values))}–${seconds(Math.max(...values))})`);
    }
  } finally {
    await session.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
