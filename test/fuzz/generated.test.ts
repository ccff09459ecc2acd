// The spec generator covers the schema's space, and a fixed-seed sample for
// `npm test` (CI): the in-process properties on many specs, and every
// property, full builds and rebuilds included, on a few. `npm run fuzz` runs
// every property on as many generated specs as asked.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runGenerated } from './campaign.js';
import { cheapProperties } from './properties.js';
import { enumOf } from './schema-space.js';
import { PROTOTYPE_NAMES, specArbitrary, specAt, specYaml } from './spec-arbitrary.js';
import { CJK, EMOJI, RTL, SPECIAL } from './text.js';

const SEED = 20_261_130;
const IN_PROCESS = 40;
/** Specs built in full, twice, through every property; LibreOffice opens the first deck. */
const FULL_SEED = SEED + 1_000;
const FULL = 3;

describe('generated specs', () => {
  it('cover the schema space: every pattern, kind, zone, optional section and script', () => {
    const specs = fc.sample(specArbitrary(), { seed: SEED, numRuns: 150 });
    const texts = specs.map(specYaml).join('\n');
    const components = specs.flatMap((s) => s.architecture.components);
    expect(new Set(specs.map((s) => s.architecture.pattern))).toEqual(new Set(enumOf('architecture.pattern')));
    expect(new Set(components.map((c) => c.kind))).toEqual(new Set(enumOf('architecture.components.[].kind')));
    expect(new Set(components.flatMap((c) => (c.zone ? [c.zone] : [])))).toEqual(new Set(enumOf('architecture.components.[].zone')));
    for (const section of ['security', 'deployment', 'operations', 'proposal', 'catalog'] as const) {
      const present = specs.filter((s) => s[section] !== undefined).length;
      expect(present, section).toBeGreaterThan(0);
      expect(present, section).toBeLessThan(specs.length);
    }
    expect(Math.max(...(components.length ? specs.map((s) => s.architecture.components.length) : [0]))).toBeGreaterThanOrEqual(35);
    const edges = specs.map((s) => s.architecture.components.reduce((n, c) => n + (c.connects?.length ?? 0), 0));
    expect(Math.max(...edges)).toBeGreaterThanOrEqual(200);
    expect(Math.min(...edges)).toBeLessThanOrEqual(2);
    expect(new Set(specs.map((s) => s.costs.currency ?? 'USD')).size).toBeGreaterThan(8);
    expect(specs.some((s) => s.client.name.length === 120)).toBe(true);
    for (const sample of [...CJK, ...EMOJI, ...RTL, ...SPECIAL].slice(0, 12)) expect(texts, sample).toContain(sample.split(' ')[0]);
    expect(PROTOTYPE_NAMES.some((p) => components.some((c) => c.id === p))).toBe(true);
  }, 600_000);

  it(`validate, model and render text the same way twice (${IN_PROCESS} specs, seed ${SEED})`, () => {
    const failed: string[] = [];
    for (let i = 0; i < IN_PROCESS; i++) {
      const seed = SEED + i;
      const { failures } = cheapProperties(`generated-${seed}.yaml`, specYaml(specAt(seed)));
      if (failures.length > 0) failed.push(`seed ${seed}: ${failures.map((f) => `${f.property}: ${f.detail.split('\n')[0]}`).join('; ')}`);
    }
    expect(failed).toEqual([]);
  }, 600_000);

  it(`build in full, rebuild byte for byte and pass every property (${FULL} specs, seed ${FULL_SEED})`, async () => {
    const lines: string[] = [];
    const report = await runGenerated({
      seed: FULL_SEED,
      runs: FULL,
      buildEvery: 1,
      libreofficeEvery: FULL,
      failuresDir: mkdtempSync(join(tmpdir(), 'aiarch-fuzz-failures-')),
      log: (line) => lines.push(line),
    });
    expect(report.failed.map((f) => `seed ${f.seed}: ${f.failures.map((x) => `${x.property}: ${x.detail.split('\n')[0]}`).join('; ')}`)).toEqual([]);
    expect(report.built, lines.join('\n')).toBe(FULL);
    expect(report.passed).toBe(FULL);
  }, 1_800_000);
});
