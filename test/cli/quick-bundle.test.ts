// The quick commands run from one bundle each with a V8 code cache (bin/quick.js,
// scripts/bundle-cli.mjs, scripts/code-cache.mjs). What must hold: the cache is
// accepted under the flags bin/aiarch.js runs with (a refused cache silently
// costs a third of the start), a bundle loads nothing it does not need, and a
// command gives the same result from the bundle as from dist/cli/main.js.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { isatty } from 'node:tty';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, ROOT, runCli } from '../support/cli.js';

const QUICK = join(ROOT, 'bin/quick.js');
const SPEC = 'specs/northwind-health.yaml';

/** Runs `script` (an ES module body) in a fresh Node with --no-opt set as bin/aiarch.js sets it. */
function inFreshNode(script: string): unknown {
  const body = `import { setFlagsFromString } from 'node:v8'; setFlagsFromString('--no-opt');
const quick = await import(${JSON.stringify(pathToFileURL(QUICK).href)});
${script}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', body], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? 'null');
}

/** The same command through the unbundled CLI, as `aiarch build` and `--help` run. */
function unbundled(args: readonly string[]) {
  const body = `const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href)});
process.exitCode = await main({ ...process, argv: ['node', 'aiarch', ...${JSON.stringify(args)}] });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', body], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(requireBuild);

describe('the quick-command bundles', () => {
  it('each has a code cache that V8 accepts under the CLI flags', () => {
    const rejected = inFreshNode(
      'console.log(JSON.stringify(Object.fromEntries(quick.QUICK_COMMANDS.map((c) => [c, quick.loadQuick(c).script.cachedDataRejected]))));',
    );
    expect(rejected).toEqual({ validate: false, check: false, model: false, diff: false, init: false });
  });

  it('notices a cache that does not fit and compiles without it', () => {
    // Node started without --no-opt: V8 refuses the cache, and the command still runs.
    const body = `const quick = await import(${JSON.stringify(pathToFileURL(QUICK).href)});
const { main, script } = quick.loadQuick('validate');
const out = [];
const sink = { write: (s) => out.push(s) };
const code = await main({ argv: ['node', 'aiarch', 'validate', ${JSON.stringify(SPEC)}], stdout: sink, stderr: sink, env: { NO_COLOR: '1' } });
console.log(JSON.stringify({ rejected: script.cachedDataRejected, code, out: out.join('') }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', body], { cwd: ROOT, encoding: 'utf8' });
    const result = JSON.parse(run.stdout.trim()) as { rejected: boolean; code: number; out: string };
    expect(result.rejected).toBe(true);
    expect(result.code).toBe(0);
    expect(result.out).toContain('0 errors, 0 warnings in 1 file');
  });

  it('validate loads neither the renderers nor child_process nor crypto', () => {
    const loaded = inFreshNode(`const { main } = quick.loadQuick('validate');
const sink = { write: () => true };
await main({ argv: ['node', 'aiarch', 'validate', ${JSON.stringify(SPEC)}], stdout: sink, stderr: sink, env: {} });
const packages = Object.keys((await import('node:module')).createRequire(import.meta.url).cache).filter((p) => p.includes('node_modules'));
console.log(JSON.stringify({ builtins: process.moduleLoadList.filter((m) => /^NativeModule (child_process|crypto)$/.test(m)), packages }));`) as {
      builtins: string[];
      packages: string[];
    };
    expect(loaded.builtins).toEqual([]);
    expect(loaded.packages.filter((p) => /puppeteer|pptxgenjs|marked|mermaid|pdf-lib/.test(p))).toEqual([]);
  });

  it.each([
    ['validate', SPEC],
    ['check', SPEC],
    ['model', SPEC],
    ['diff', SPEC, 'specs/meridian-bank.yaml'],
  ])('%s gives the same output and exit code as the unbundled CLI', (...args) => {
    const bundled = runCli(args);
    expect(bundled.code).not.toBeNull();
    expect(bundled).toEqual(unbundled(args));
  });

  it('sends every other command to the unbundled CLI', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['build', 'validate', 'check', 'doctor', 'preview']) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(spawnSync(process.execPath, [BIN, 'catalog'], { cwd: ROOT, encoding: 'utf8' }).status).toBe(0);
  });

  it('are ASCII, so bin/quick.js reads them as Latin-1 without changing a character', () => {
    const { QUICK_COMMANDS, bundlePath } = createRequire(import.meta.url)(QUICK) as { QUICK_COMMANDS: string[]; bundlePath: (c: string) => string };
    for (const command of QUICK_COMMANDS) expect(/[^\x00-\x7f]/.exec(readFileSync(bundlePath(command), 'latin1')), command).toBeNull();
  });
});

describe("the quick commands' output streams", () => {
  type Stream = { write(chunk: string): unknown; isTTY: boolean };
  const { fdStream, isTerminal } = createRequire(import.meta.url)(QUICK) as {
    fdStream: (fd: number, node: () => Stream) => Stream;
    isTerminal: (fd: number) => boolean;
  };
  const dir = mkdtempSync(join(tmpdir(), 'aiarch-fd-'));

  it('tell a terminal as tty.isatty does', () => {
    const fds = [openSync('/dev/null', 'w'), openSync(join(dir, 'plain.txt'), 'w'), 0, 1, 2];
    for (const fd of fds) expect(isTerminal(fd), `fd ${fd}`).toBe(isatty(fd));
    for (const fd of fds.slice(0, 2)) closeSync(fd);
    expect(isTerminal(fds[0] ?? -1)).toBe(false);
  });

  it('write whole texts, non-ASCII included, to the descriptor', () => {
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const stream = fdStream(fd, () => {
      throw new Error('Node stream not wanted');
    });
    stream.write('€12,345 – ok\n');
    stream.write('x'.repeat(200_000));
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`€12,345 – ok\n${'x'.repeat(200_000)}`);
    expect(stream.isTTY).toBe(false);
  });

  it("hand what the descriptor refuses, and everything after, to Node's stream", () => {
    const file = join(dir, 'read-only.txt');
    writeFileSync(file, '');
    const fd = openSync(file, 'r');
    const got: string[] = [];
    const stream = fdStream(fd, () => ({ isTTY: false, write: (chunk: string | Uint8Array) => got.push(Buffer.from(chunk).toString('utf8')) }));
    stream.write('first\n');
    stream.write('second\n');
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
    expect(got.join('')).toBe('first\nsecond\n');
  });
});
