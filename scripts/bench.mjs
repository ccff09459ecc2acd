// npm run bench: every ratio of the speed goals, measured side by side in one
// run against baselines it measures itself (node -e 0, an mmdc loop, one spec),
// so a busy machine slows both sides of each ratio alike. Runs against dist/
// (the npm script builds first). BENCH_RUNS sets the repeats of the short
// measurements (default 3; the class builds run once each).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const bin = join(root, 'bin', 'aiarch.js');
const mmdc = join(root, 'node_modules', '.bin', 'mmdc');
const spec = join(root, 'specs', 'northwind-health.yaml');
const CLASS_SIZE = 10;
const scratch = mkdtempSync(join(tmpdir(), 'aiarch-bench-'));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Resident memory of a process and all its descendants (Chromium's helpers too), in bytes; PSS where Linux offers it. */
function treeMemory(pid) {
  if (!existsSync('/proc')) return null;
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // Gone while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop();
    try {
      const rollup = readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
    } catch {
      // Gone while we looked.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs a command to the end: wall time, and the peak memory of its process tree sampled every 50 ms. */
function measure(command, args, options = {}) {
  return new Promise((resolveRun, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const sample = () => {
      const bytes = treeMemory(child.pid);
      if (bytes !== null && bytes > peak) peak = bytes;
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${basename(command)} ${args.join(' ')} exited ${code}:\n${stderr}`));
      else resolveRun({ ms, peak });
    });
  });
}

const aiarch = (...args) => measure(process.execPath, [bin, ...args]);

function machine() {
  const cpu = cpus();
  const chromium = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'chromium: version unknown';
    }
  })();
  return [
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`,
    `node ${process.version}, ${chromium}; load average at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  ].join('\n');
}

/** CLI start-up against `node -e 0`, interleaved so both see the same load. */
function cliStartup() {
  const commands = {
    'node -e 0': ['-e', '0'],
    validate: [bin, 'validate', spec],
    check: [bin, 'check', spec],
    model: [bin, 'model', spec],
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < Math.max(5, runs * 4); i += 1) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
      if (run.status !== 0 && name !== 'node -e 0') throw new Error(`aiarch ${name} failed`);
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** Ten specs with distinct clients: the example specs, copied round-robin. */
function makeClass(dir) {
  mkdirSync(dir, { recursive: true });
  const examples = readdirSync(join(root, 'specs'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (let i = 0; i < CLASS_SIZE; i += 1) {
    const source = examples[i % examples.length];
    const doc = parseDocument(readFileSync(join(root, 'specs', source), 'utf8'));
    doc.setIn(['client', 'name'], `${doc.getIn(['client', 'name'])} ${String(i + 1).padStart(2, '0')}`);
    writeFileSync(join(dir, `student-${String(i + 1).padStart(2, '0')}.yaml`), doc.toString());
  }
}

async function mmdcLoop(diagramDir) {
  const config = join(scratch, 'puppeteer.json');
  writeFileSync(config, JSON.stringify({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] }));
  const files = readdirSync(diagramDir)
    .filter((f) => f.endsWith('.mmd'))
    .sort();
  const start = performance.now();
  for (const file of files) {
    await measure(mmdc, ['-q', '-p', config, '-i', join(diagramDir, file), '-o', join(scratch, `${basename(file, '.mmd')}.svg`)]);
  }
  return { ms: performance.now() - start, count: files.length };
}

async function chromiumFloor() {
  const { default: puppeteer } = await import('puppeteer');
  const start = performance.now();
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  await browser.close();
  return performance.now() - start;
}

const row = (label, value) => console.log(`${label.padEnd(58)} ${value.padStart(9)}`);
// Two decimals, or three where two would print a ratio just over its goal as the goal itself ("2.00×, NOT met").
const ratioText = (ratio, goal) => (ratio > goal && ratio.toFixed(2) === goal.toFixed(2) ? ratio.toFixed(3) : ratio.toFixed(2));
const ratioLine = (label, ratio, goal) =>
  `${label.padEnd(58)} ${`${ratioText(ratio, goal)}×`.padStart(7)}   goal ≤ ${goal}×   ${ratio <= goal ? 'met' : 'NOT met'}`;

async function main() {
  console.log(`aiarch bench, ${new Date().toISOString().slice(0, 16)}Z, ${runs} runs of the short measurements (medians)`);
  console.log(machine());
  console.log('');

  // 1. CLI start-up.
  const cli = cliStartup();
  for (const [name, ms] of Object.entries(cli)) row(name === 'node -e 0' ? name : `aiarch ${name}, one spec`, secs(ms));

  // 2. One spec's full bundle against one mmdc call per diagram, interleaved.
  const one = join(scratch, 'one');
  await aiarch('build', spec, '--out', one, '--only', 'mmd');
  const diagramDir = join(one, 'northwind-health', 'diagrams');
  const bundle = [];
  const loop = [];
  const floor = [];
  let diagramCount = 0;
  for (let i = 0; i < runs; i += 1) {
    bundle.push(await aiarch('build', spec, '--out', join(scratch, `bundle-${i}`), '--no-cache'));
    const l = await mmdcLoop(diagramDir);
    loop.push(l.ms);
    diagramCount = l.count;
    floor.push(await chromiumFloor());
  }
  row('Chromium launch and close (puppeteer)', secs(median(floor)));
  row('full bundle of northwind-health, --no-cache', secs(median(bundle.map((b) => b.ms))));
  row(`mmdc loop: ${diagramCount} calls, SVG only`, secs(median(loop)));

  // 3. Stage by stage.
  const stages = {};
  for (const only of ['md,mmd', 'svg,png', 'pdf']) {
    const times = [];
    for (let i = 0; i < runs; i += 1) times.push((await aiarch('build', spec, '--out', join(scratch, `stage-${i}`), '--no-cache', '--only', only)).ms);
    stages[only] = median(times);
    row(`  --only ${only}${only === 'pdf' ? ' (diagrams included)' : ''}`, secs(stages[only]));
  }

  // 4. A class of ten against one spec, and the peak memory of each.
  const classDir = join(scratch, 'class');
  makeClass(classDir);
  const classOut = join(scratch, 'class-out');
  // The one-spec build the class is compared with runs right before and right after it, under the same load.
  const oneBefore = await aiarch('build', spec, '--out', join(scratch, 'one-before'), '--no-cache');
  const klass = await aiarch('build', classDir, '--out', classOut, '--no-cache');
  const oneAfter = await aiarch('build', spec, '--out', join(scratch, 'one-after'), '--no-cache');
  const oneMs = (oneBefore.ms + oneAfter.ms) / 2;
  const onePeak = Math.max(oneBefore.peak, oneAfter.peak);
  row('one spec, right before and after the class (mean)', secs(oneMs));
  row(`class of ${CLASS_SIZE} specs, --no-cache, default --jobs`, secs(klass.ms));
  // --jobs 1 for comparison (does rendering specs at once help on this machine?); BENCH_SERIAL=0 skips it.
  const serial = process.env.BENCH_SERIAL === '0' ? null : await aiarch('build', classDir, '--out', join(scratch, 'class-serial'), '--no-cache', '--jobs', '1');
  if (serial) row(`class of ${CLASS_SIZE} specs, --no-cache, --jobs 1`, secs(serial.ms));

  // 5. An unchanged rebuild against the full build it repeats: a build into a fresh folder
  // (an empty render cache, which --no-cache would leave empty), then the same build again.
  const cachedOut = join(scratch, 'cached');
  const full = await aiarch('build', spec, '--out', cachedOut);
  const rebuild = await aiarch('build', spec, '--out', cachedOut);
  row('full build of one spec into a fresh folder', secs(full.ms));
  row('unchanged rebuild of it', secs(rebuild.ms));

  const bundleMs = median(bundle.map((b) => b.ms));
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
  console.log(`${'peak memory (PSS, process tree): one spec'.padEnd(58)} ${mb(onePeak).padStart(9)}`);
  console.log(`${`peak memory: class of ${CLASS_SIZE}, default --jobs`.padEnd(58)} ${mb(klass.peak).padStart(9)}`);
  if (serial) console.log(`${`peak memory: class of ${CLASS_SIZE}, --jobs 1`.padEnd(58)} ${mb(serial.peak).padStart(9)}`);
  console.log(`PDF printing over the diagrams: ${secs(stages.pdf - stages['svg,png'])} (goal ≤ 1.50 s)`);
  console.log('');
  const cliWorst = Math.max(cli.validate, cli.check, cli.model);
  console.log(ratioLine('CLI (slowest of validate/check/model) vs node -e 0', cliWorst / cli['node -e 0'], 2));
  console.log(ratioLine('full bundle vs mmdc loop', bundleMs / median(loop), 0.25));
  console.log(ratioLine(`class of ${CLASS_SIZE} vs one spec`, klass.ms / oneMs, 4));
  if (serial) console.log(ratioLine(`class of ${CLASS_SIZE} with --jobs 1 vs one spec (for comparison)`, serial.ms / oneMs, 4));
  console.log(ratioLine(`peak memory, class of ${CLASS_SIZE} vs one spec`, klass.peak / onePeak, 1.3));
  console.log(ratioLine('unchanged rebuild vs full build (one spec)', rebuild.ms / full.ms, 0.1));
  console.log(
    `load average at end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

try {
  await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
