// The schema validators are compiled at build time (scripts/gen-validators.mjs).
// They must behave exactly as ajv compiling the same schema at run time: the
// same verdict and errors on valid and invalid specs, hence the same diagnostics.
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as catalogValidator from '../../src/catalog/schema-validator.generated.js';
import { catalogProblems } from '../../src/catalog/validate.js';
import { Collector } from '../../src/spec/diag.js';
import { readLayer } from '../../src/spec/layer.js';
import { makeLocator } from '../../src/spec/locate.js';
import { validateSchema } from '../../src/spec/schema.js';
import * as specValidator from '../../src/spec/schema-validator.generated.js';

const root = new URL('../../', import.meta.url);
const json = (path: string): object => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as object;
const yamlFiles = (dir: string): string[] =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}${f}`);

const runtimeSpec = new Ajv({ ...specValidator.options }).compile(json('schemas/aiarch.schema.json'));
const runtimeCatalog = new Ajv({ ...catalogValidator.options }).compile(json('schemas/catalog.schema.json'));

/** Invalid variants of a valid spec, so the comparison covers more than the fixtures' single defects. */
function mutations(value: Record<string, unknown>): Record<string, unknown>[] {
  const client = value['client'] as Record<string, unknown>;
  return [
    { ...value, version: 2 },
    { ...value, client: { ...client, name: 42, date: 'yesterday', nmae: 'typo' } },
    { ...value, scenario: [], platforms: 'none' },
    Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'costs')),
    { ...value, architecture: { components: [{ id: 'UPPER case', kind: 'nonsense', connects: [7, { to: 'x', extra: true }] }] } },
  ];
}

interface Case {
  readonly name: string;
  readonly text: string;
}

const specCases: Case[] = [
  ...yamlFiles('specs/'),
  ...yamlFiles('test/fixtures/valid/'),
  ...yamlFiles('test/fixtures/invalid/'),
  ...yamlFiles('examples/class/'),
].map((name) => ({
  name,
  text: readFileSync(new URL(name, root), 'latin1'),
}));

describe('the build-time spec validator', () => {
  it('agrees with run-time ajv on every spec and fixture, valid and invalid', () => {
    let valid = 0;
    let invalid = 0;
    for (const { name, text } of specCases) {
      const layer = readLayer(name, text, new Collector(name));
      if (layer.value === undefined) continue;
      const values = [
        layer.value,
        ...(typeof layer.value === 'object' && layer.value !== null && !Array.isArray(layer.value) ? mutations(layer.value as Record<string, unknown>) : []),
      ];
      for (const value of values) {
        const expected = runtimeSpec(value);
        expect(specValidator.validate(value), name).toBe(expected);
        expect(specValidator.validate.errors ?? null, name).toEqual(runtimeSpec.errors ?? null);
        if (expected) valid += 1;
        else invalid += 1;
      }
    }
    // Both branches were exercised, not just one.
    expect(valid).toBeGreaterThan(5);
    expect(invalid).toBeGreaterThan(20);
  });

  it('gives the same diagnostics as a validator compiled at run time', () => {
    let compared = 0;
    for (const { name, text } of specCases) {
      const layer = readLayer(name, text, new Collector(name));
      if (layer.value === undefined || !layer.doc || !layer.lineCounter) continue;
      const locate = makeLocator(layer.doc, layer.lineCounter);
      for (const value of [layer.value, ...mutations(layer.value as Record<string, unknown>)]) {
        const built = new Collector(name, locate.value);
        const runtime = new Collector(name, locate.value);
        expect(validateSchema(value, built, locate)).toBe(validateSchema(value, runtime, locate, runtimeSpec));
        expect(built.diagnostics, name).toEqual(runtime.diagnostics);
        compared += built.diagnostics.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe('the build-time catalog validator', () => {
  it('agrees with run-time ajv on the shipped catalog and broken copies of it', () => {
    for (const name of yamlFiles('catalog/')) {
      const platform = parse(readFileSync(new URL(name, root), 'utf8')) as Record<string, unknown>;
      const broken = [
        { ...platform, id: undefined, surprise: 1 },
        { ...platform, models: { bad: { name: 'x', inputPer1M: 'cheap' } } },
        { ...platform, regions: { eu: 'sometimes' } },
      ];
      expect(catalogProblems(platform), name).toEqual([]);
      for (const value of [platform, ...broken]) {
        expect(catalogValidator.validate(value), name).toBe(runtimeCatalog(value));
        expect(catalogValidator.validate.errors ?? null, name).toEqual(runtimeCatalog.errors ?? null);
        expect(catalogProblems(value), name).toEqual(catalogProblems(value, runtimeCatalog));
      }
      expect(catalogProblems(broken[0]).length).toBeGreaterThan(0);
    }
  });
});
