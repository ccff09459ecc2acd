// The fixed-seed sample of the mutation fuzzer that `npm test` (CI) runs:
// broken specs give located diagnostics or builds, never a crash, a hang or a
// half-written output folder. `npm run fuzz` runs 1,000 and more.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMutations } from './campaign.js';
import { applyStep, mutate, stepsAt } from './mutate.js';
import { stackTraceIn } from './stack-trace.js';

const SEED = 20_261_130;

describe('mutation fuzzer', () => {
  it('mutates the same way for the same seed', () => {
    const source = Buffer.from('a: 1\nb:\n  - x\n  - y\n');
    expect(mutate(source, stepsAt(7))).toEqual(mutate(source, stepsAt(7)));
    expect(applyStep(source, { op: 'delete-line', at: 0 }).toString()).toBe('b:\n  - x\n  - y\n');
    expect(applyStep(source, { op: 'swap-type', at: 2, value: '{}' }).toString()).toBe('a: 1\nb:\n  - {}\n  - y\n');
    expect(applyStep(source, { op: 'insert-bytes', at: 1, bytes: [0xff, 0x00] })).toEqual(
      Buffer.concat([Buffer.from('a'), Buffer.from([0xff, 0]), Buffer.from(': 1\nb:\n  - x\n  - y\n')]),
    );
    expect(applyStep(source, { op: 'truncate', at: 6 }).toString()).toBe('a: 1\nb');
  });

  it('tells a stack trace or an internal error from a diagnostic', () => {
    expect(stackTraceIn('spec.yaml:3:5  error AIA203  wrong type\n  hint: use a list')).toBeNull();
    expect(stackTraceIn('TypeError: x is not a function\n    at f (/app/dist/a.js:1:2)')).not.toBeNull();
    expect(stackTraceIn('aiarch: internal error in `aiarch build`')).not.toBeNull();
  });

  it(`150 mutated specs (seed ${SEED}): located diagnostics or builds; no crash, hang or partial write`, () => {
    const report = runMutations({
      seed: SEED,
      count: 150,
      builds: 8,
      fullBuilds: 1,
      failuresDir: mkdtempSync(join(tmpdir(), 'aiarch-fuzz-failures-')),
      log: () => undefined,
    });
    expect(report.failed.map((f) => `seed ${f.seed}: ${f.outcome.verdict} (${f.source}; ${f.steps}) ${f.outcome.detail.split('\n')[0]}`)).toEqual([]);
    expect(report.verdicts.diagnosed).toBeGreaterThan(50);
    expect(report.builds).toBe(8);
    expect(report.fullBuilds).toBe(1);
  }, 900_000);
});
