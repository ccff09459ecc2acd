// `build --jobs N` renders several specs at once in one browser. The files it
// writes must be the bytes a one-at-a-time build writes, and the closing lines
// keep the order of the specs.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, ROOT, runCli, type RunResult } from '../support/cli.js';
import { readTree } from '../support/tree.js';

const SPECS = ['harbor-outfitters.yaml', 'northbridge-county.yaml', 'meridian-bank.yaml'];

function build(specDir: string, jobs: number): { run: RunResult; files: Map<string, Buffer> } {
  const out = mkdtempSync(join(tmpdir(), `aiarch-jobs-${jobs}-`));
  const run = runCli(['build', specDir, '-o', out, '--no-cache', '--jobs', String(jobs)]);
  expect(run.code, run.stderr).toBe(0);
  const files = new Map<string, Buffer>();
  for (const dir of ['harbor-outfitters', 'northbridge-county', 'meridian-bank']) {
    for (const [name, bytes] of readTree(join(out, dir))) files.set(`${dir}/${name}`, bytes);
  }
  return { run, files };
}

describe('build --jobs', () => {
  let serial: ReturnType<typeof build>;
  let parallel: ReturnType<typeof build>;

  beforeAll(() => {
    requireBuild();
    const specDir = mkdtempSync(join(tmpdir(), 'aiarch-jobs-specs-'));
    for (const spec of SPECS) copyFileSync(join(ROOT, 'specs', spec), join(specDir, spec));
    serial = build(specDir, 1);
    parallel = build(specDir, 3);
  }, 600_000);

  it('writes the same files with the same bytes as a build of one spec at a time', () => {
    expect([...parallel.files.keys()]).toEqual([...serial.files.keys()]);
    expect([...parallel.files.keys()].filter((f) => f.endsWith('.pdf') || f.endsWith('.pptx') || f.endsWith('.png'))).toHaveLength(3 * 11);
    const differing = [...serial.files].filter(([name, bytes]) => !parallel.files.get(name)?.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
  });

  it('closes with a line per spec in path order, after a plain progress line per spec', () => {
    const closing = parallel.run.stderr.split('\n').filter((l) => l.startsWith('✓'));
    expect(closing.map((l) => /aiarch-jobs-specs-\w+\/(\S+)/.exec(l)?.[1])).toEqual([...SPECS].sort());
    const progress = parallel.run.stderr.split('\n').filter((l) => /^\[\d\/3\] /.test(l));
    expect(progress.map((l) => l.slice(0, 5))).toEqual(['[1/3]', '[2/3]', '[3/3]']);
    expect(progress.every((l) => /: built \(\d+\.\d s\)$/.test(l))).toBe(true);
  });

  it('refuses a job count that is not a positive whole number', () => {
    for (const bad of ['0', 'two', '1.5']) {
      const run = runCli([
        'build',
        join(ROOT, 'specs/northbridge-county.yaml'),
        '--only',
        'md',
        '--jobs',
        bad,
        '-o',
        mkdtempSync(join(tmpdir(), 'aiarch-jobs-bad-')),
      ]);
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain('--jobs takes a whole number');
    }
  });
});
