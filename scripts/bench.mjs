// npm run bench: how long a build takes, and how the diagram renderer compares
// with one mmdc call per diagram. Prints medians and the two ratios the
// project aims for. Runs against dist/ (the npm script builds first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const specsDir = join(root, 'specs');
const bin = join(root, 'bin', 'aiarch.js');
const mmdc = join(root, 'node_modules', '.bin', 'mmdc');
const scratch = mkdtempSync(join(tmpdir(), 'aiarch-bench-'));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const time = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const timeAsync = async (fn) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};
const build = (out) => execFileSync(process.execPath, [bin, 'build', specsDir, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });

function diagramDirs(out) {
  return readdirSync(out)
    .map((name) => join(out, name, 'diagrams'))
    .filter((dir) => existsSync(dir) && statSync(dir).isDirectory())
    .sort();
}

async function main() {
  const { findBrowser } = await import(join(root, 'dist', 'browser', 'find.js'));
  const { openBrowser } = await import(join(root, 'dist', 'browser', 'session.js'));
  const { renderDiagramImages } = await import(join(root, 'dist', 'render', 'images', 'index.js'));
  const found = findBrowser({ env: process.env });
  if (found === null) throw new Error('no browser found: run `aiarch doctor --fix` first');
  const specCount = readdirSync(specsDir).filter((f) => /\.ya?ml$/.test(f)).length;
  console.log(`aiarch bench: ${specCount} specs in specs/, browser ${found.path} (${found.source}), ${runs} runs each`);

  // 1. Full build, cold: a new, empty output folder each run (so no render cache).
  const cold = [];
  let warmOut = '';
  for (let i = 0; i < runs; i += 1) {
    const out = join(scratch, `cold-${i}`);
    cold.push(time(() => build(out)));
    warmOut = out;
  }

  // 2. Unchanged rebuild: same specs into an output folder that already holds them.
  const rebuild = [];
  for (let i = 0; i < runs; i += 1) rebuild.push(time(() => build(warmOut)));

  // 3. One spec's diagrams: this renderer (one browser, Mermaid loaded once) against one mmdc per .mmd.
  const dir = diagramDirs(warmOut)[0];
  if (dir === undefined) throw new Error(`the build wrote no diagrams/ folder under ${warmOut}`);
  const mmdFiles = readdirSync(dir).filter((f) => f.endsWith('.mmd')).sort();
  const sources = mmdFiles.map((f) => ({ name: basename(f, '.mmd'), title: f, source: readFileSync(join(dir, f), 'utf8') }));
  const ours = [];
  for (let i = 0; i < runs; i += 1) {
    ours.push(
      await timeAsync(async () => {
        const session = await openBrowser(found);
        try {
          await renderDiagramImages(session, sources);
        } finally {
          await session.close();
        }
      }),
    );
  }
  const config = join(scratch, 'puppeteer.json');
  writeFileSync(config, JSON.stringify({ executablePath: found.path, args: ['--no-sandbox', '--disable-dev-shm-usage'] }));
  const loop = [];
  for (let i = 0; i < runs; i += 1) {
    loop.push(
      time(() => {
        for (const file of mmdFiles) {
          execFileSync(mmdc, ['-q', '-p', config, '-i', join(dir, file), '-o', join(scratch, `${basename(file, '.mmd')}.svg`)], { stdio: ['ignore', 'ignore', 'pipe'] });
        }
      }),
    );
  }

  const rows = [
    ['full build, cold (all specs)', median(cold)],
    ['unchanged rebuild (all specs)', median(rebuild)],
    [`diagrams of one spec: ${mmdFiles.length} as SVG+PNG, one browser`, median(ours)],
    [`mmdc loop: ${mmdFiles.length} calls, SVG only`, median(loop)],
  ];
  for (const [label, ms] of rows) console.log(`${label.padEnd(52)} ${seconds(ms).padStart(9)}`);
  const diagramRatio = median(ours) / median(loop);
  const rebuildRatio = median(rebuild) / median(cold);
  console.log(`diagrams vs mmdc loop: ${diagramRatio.toFixed(2)}x (goal <= 0.2x) ${diagramRatio <= 0.2 ? 'met' : 'NOT met'}`);
  console.log(`unchanged rebuild vs full build: ${rebuildRatio.toFixed(2)}x (goal <= 0.1x) ${rebuildRatio <= 0.1 ? 'met' : 'NOT met'}`);
}

try {
  await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
