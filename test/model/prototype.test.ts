// Spec text that names Object.prototype members (constructor, toString,
// hasOwnProperty, valueOf) as criteria, candidate ids, component ids and model
// names is data like any other: every command works and every artifact is
// built. `__proto__` stays rejected where it is written (test/spec/invalid).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { mergeCatalog } from '../../src/catalog/merge.js';
import { criterionLabel } from '../../src/scoring/platforms.js';
import { emptyRecord, recordOf, withoutPrototypes } from '../../src/records.js';
import { loadSpec } from '../../src/spec/load.js';
import { requireBuild, ROOT, runCli } from '../support/cli.js';
import { readTree } from '../support/tree.js';

const SPEC = join(ROOT, 'test/fixtures/regression/prototype-names.yaml');
const MEMBERS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__proto__'];

describe('records keyed by spec text', () => {
  it('find nothing for prototype member names', () => {
    const record = emptyRecord<number>();
    for (const name of MEMBERS) expect(record[name], name).toBeUndefined();
    const catalog = loadCatalog();
    for (const name of MEMBERS) expect(catalog[name], name).toBeUndefined();
    const merged = mergeCatalog(catalog, { platforms: { 'new-cloud': { label: 'New', models: { m: { inputPer1M: 1, outputPer1M: 2 } } } } });
    for (const name of MEMBERS) {
      expect(merged[name], name).toBeUndefined();
      expect(merged['new-cloud']?.models[name], name).toBeUndefined();
      expect(merged['azure-openai']?.certifications[name], name).toBeUndefined();
    }
  });

  it('keep "__proto__" as a plain key, never as the prototype', () => {
    const record = recordOf([['__proto__', 1]]);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual(['__proto__']);
    const parsed = withoutPrototypes(JSON.parse('{"a": {"__proto__": {"polluted": true}}, "b": [{"c": 1}]}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(parsed['a'])).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Array.isArray(parsed['b'])).toBe(true);
  });

  it('label criteria named after prototype members from their own words', () => {
    expect(criterionLabel('constructor')).toBe('Constructor');
    expect(criterionLabel('toString')).toBe('To string');
    expect(criterionLabel('hasOwnProperty')).toBe('Has own property');
    expect(criterionLabel('modelFit')).toBe('Model availability');
  });

  it('load a spec whose mappings answer only with what it says', () => {
    const source = loadSpec(SPEC, readFileSync(SPEC));
    expect(source.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const candidates = source.spec?.platforms.candidates ?? {};
    expect(candidates['valueOf']).toBeUndefined();
    expect(candidates['constructor']?.label).toBe('Constructor Cloud');
    expect(candidates['tostring']?.scores['isPrototypeOf']).toBeUndefined();
  });
});

describe('a spec with prototype member names', () => {
  it('prints its model, as text and as JSON', () => {
    requireBuild();
    const text = runCli(['model', SPEC]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Constructor Cloud \(constructor\)\s+7\.4\s+1/);
    const json = runCli(['model', '--json', SPEC]);
    expect(json.code, json.stderr).toBe(0);
    const model = JSON.parse(json.stdout) as { recommendation: string; scores: { platform: string; criteria: unknown[] }[] };
    expect(model.recommendation).toBe('constructor');
    expect(model.scores.map((s) => s.platform)).toEqual(['constructor', 'tostring', 'azure-openai']);
    expect(model.scores[0]?.criteria).toEqual([
      { criterion: 'constructor', weight: 40, score: 8, contribution: 3.2 },
      { criterion: 'toString', weight: 30, score: 7, contribution: expect.closeTo(2.1) },
      { criterion: 'hasOwnProperty', weight: 20, score: 6, contribution: expect.closeTo(1.2) },
      { criterion: 'valueOf', weight: 10, score: 9, contribution: expect.closeTo(0.9) },
    ]);
  });

  it('builds every artifact, none of them showing a function where text belongs', () => {
    const out = mkdtempSync(join(tmpdir(), 'aiarch-prototype-'));
    const run = runCli(['build', SPEC, '-o', out, '--no-cache']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/internal error|AIA500/);
    const files = readTree(join(out, 'prototype-names-co'));
    const names = [...files.keys()];
    for (const suffix of ['.md', '.mmd', '.svg', '.png', '.pdf', '.pptx'])
      expect(
        names.some((n) => n.endsWith(suffix)),
        suffix,
      ).toBe(true);
    for (const [name, bytes] of files) {
      if (/\.(md|mmd|svg)$/.test(name)) expect(bytes.toString('utf8'), name).not.toMatch(/native code|function \w*\(|\[object Object\]/);
    }
  });
});
