// --shard i/n splits a class across runners; check --merge puts the shards'
// scoreboards back together. Shards 1/n..n/n cover every spec exactly once,
// and the merged scoreboard is the one an unsharded run prints.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../../src/cli/shard.js';
import { requireBuild, ROOT, runCli } from '../support/cli.js';

describe('shardOf', () => {
  it('splits sorted paths into n contiguous parts that cover every file once', () => {
    for (let files = 0; files <= 23; files += 1) {
      // Given out of order, so the split has to sort.
      const all = Array.from({ length: files }, (_, i) => `class/spec-${String((i * 7) % files).padStart(2, '0')}.yaml`);
      for (let count = 1; count <= 7; count += 1) {
        const parts = Array.from({ length: count }, (_, i) => shardOf(all, { index: i + 1, count }));
        expect(parts.flat()).toEqual([...all].sort());
        const sizes = parts.map((p) => p.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('keeps the given order without a shard, and refuses a malformed shard', () => {
    expect(shardOf(['b.yaml', 'a.yaml'], null)).toEqual(['b.yaml', 'a.yaml']);
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(undefined)).toBeNull();
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/3/5', '-1/3']) expect(() => parseShard(bad), bad).toThrow(/--shard takes i\/n/);
  });
});

describe('check --shard and --merge', () => {
  const work = mkdtempSync(join(tmpdir(), 'aiarch-shard-'));
  let whole: string;
  const shardFiles: string[] = [];

  beforeAll(() => {
    requireBuild();
    const all = runCli(['check', 'specs/', '--format', 'json']);
    expect(all.code, all.stderr).toBe(0);
    whole = all.stdout;
    for (let i = 1; i <= 3; i += 1) {
      const run = runCli(['check', 'specs/', '--format', 'json', '--shard', `${i}/3`]);
      expect(run.code, run.stderr).toBe(0);
      const file = join(work, `shard-${i}.json`);
      writeFileSync(file, run.stdout);
      shardFiles.push(file);
    }
  });

  it('checks every spec in exactly one shard', () => {
    const specs = shardFiles.flatMap((f) => {
      const run = runCli(['check', '--merge', f, '--format', 'json']);
      const data = JSON.parse(run.stdout) as { spec: string } | { spec: string }[];
      return (Array.isArray(data) ? data : [data]).map((r) => r.spec);
    });
    const expected = (JSON.parse(whole) as { spec: string }[]).map((r) => r.spec);
    expect(expected).toHaveLength(readdirSync(join(ROOT, 'specs')).filter((f) => f.endsWith('.yaml')).length);
    expect([...specs].sort()).toEqual([...expected].sort());
  });

  it('merges the shards into the unsharded JSON, in any order of the files', () => {
    const merged = runCli(['check', '--merge', shardFiles[2]!, shardFiles[0]!, shardFiles[1]!, '--format', 'json']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole);
  });

  it('prints the same scoreboard as an unsharded check', () => {
    const unsharded = runCli(['check', 'specs/']);
    const table = unsharded.stdout.trimEnd().split('\n\n').at(-1)!;
    expect(table.startsWith('spec ')).toBe(true);
    const merged = runCli(['check', '--merge', ...shardFiles]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout.trimEnd()).toBe(table);
  });

  it('applies --min-score to the merged class', () => {
    expect(runCli(['check', '--merge', ...shardFiles, '--min-score', '20']).code).toBe(
      (JSON.parse(whole) as { rubric: { total: number } }[]).every((r) => r.rubric.total >= 20) ? 0 : 1,
    );
  });

  it('refuses overlapping shards and files that are not check JSON, naming the file', () => {
    const overlap = runCli(['check', '--merge', shardFiles[0]!, shardFiles[0]!]);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toMatch(/is in both .*shard-1\.json and .*shard-1\.json/);
    const junk = join(work, 'junk.json');
    writeFileSync(junk, '{"spec": 3}');
    const bad = runCli(['check', '--merge', junk]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('junk.json: entry 1 is not a check report');
  });
});

describe('build --shard', () => {
  it('builds every spec of the class in exactly one shard', () => {
    requireBuild();
    const built: string[] = [];
    for (let i = 1; i <= 3; i += 1) {
      const out = mkdtempSync(join(tmpdir(), `aiarch-shard-build-${i}-`));
      const run = runCli(['build', 'specs/', '--only', 'md', '--shard', `${i}/3`, '-o', out]);
      expect(run.code, run.stderr).toBe(0);
      built.push(...readdirSync(out).filter((d) => !d.startsWith('.')));
    }
    const out = mkdtempSync(join(tmpdir(), 'aiarch-shard-build-all-'));
    expect(runCli(['build', 'specs/', '--only', 'md', '-o', out]).code).toBe(0);
    expect([...built].sort()).toEqual(
      readdirSync(out)
        .filter((d) => !d.startsWith('.'))
        .sort(),
    );
    expect(new Set(built).size).toBe(built.length);
  });
});
