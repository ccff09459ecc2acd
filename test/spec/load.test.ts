// loadSpec on valid input: strings stay strings, prototypes stay intact,
// locate() finds lines, and every shipped spec validates cleanly.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { starterSpec } from '../../src/cli/commands/init.js';
import { loadSpec } from '../../src/spec/load.js';

const fixture = (name: string) => new URL(`../fixtures/valid/${name}`, import.meta.url);

describe('loadSpec on valid specs', () => {
  it('keeps NO, yes, 1.10, 95, on and true as strings where the schema wants text', () => {
    const source = loadSpec('strings.yaml', readFileSync(fixture('strings.yaml')));
    expect(source.diagnostics).toEqual([]);
    const spec = source.spec!;
    expect(spec.client.name).toBe('NO');
    expect(spec.client.preparedBy).toBe('yes');
    expect(spec.scenario.useCase).toBe('1.10');
    expect(spec.scenario.successCriteria?.[0]).toEqual({ metric: 'on', target: '95', current: '1.10', timeline: '0x1F' });
    expect(spec.architecture.components[0]?.name).toBe('true');
    // Numbers where the schema wants numbers stay numbers.
    expect(spec.costs.usage.requestsPerUserPerDay).toBe(10);
    expect(spec.version).toBe(1);
  });

  it('accepts the minimal fixture and locates pointers in it', () => {
    const source = loadSpec('minimal.yaml', readFileSync(fixture('minimal.yaml')));
    expect(source.diagnostics).toEqual([]);
    expect(source.spec?.platforms.recommendation).toBe('aws-bedrock');
    expect(source.locate('/costs/models/1/share')).toEqual({ line: 40, column: 42 });
    // A pointer past the end falls back to the nearest existing ancestor.
    expect(source.locate('/costs/models/9/share')).toEqual({ line: 39, column: 5 });
    expect(source.locate('/platforms/weights/cost')).toEqual({ line: 10, column: 11 });
  });

  it('reads brackets in plain, quoted and block text as text, not as nesting', () => {
    const source = loadSpec('brackets-in-text.yaml', readFileSync(fixture('brackets-in-text.yaml')));
    expect(source.diagnostics).toEqual([]);
    expect(source.spec?.scenario.constraints?.[0]).toMatch(/^review - %% - \[ review/);
  });

  it('never lets a __proto__ key replace a prototype', () => {
    const text = readFileSync(fixture('minimal.yaml'), 'utf8').replace('    cost: 40', '    cost: 40\n    __proto__: 5');
    const source = loadSpec('proto.yaml', text);
    expect(source.spec).toBeNull();
    expect(source.diagnostics.map((d) => d.code)).toEqual(['AIA209']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts text as well as bytes and reads the file when given neither', () => {
    const path = fixture('minimal.yaml').pathname;
    expect(loadSpec(path).spec).not.toBeNull();
    expect(loadSpec('x.yaml', readFileSync(path, 'utf8')).spec).not.toBeNull();
  });

  it('derives the recommended platform for pricing when recommendation is absent', () => {
    // azure-openai scores higher here; it offers claude-sonnet-4-5 but not amazon-nova-lite.
    const text = readFileSync(fixture('minimal.yaml'), 'utf8')
      .replace('  recommendation: aws-bedrock\n', '')
      .replace('model: claude-haiku-4-5', 'model: amazon-nova-lite')
      .replace('scores: { quality: 7, cost: 7 }', 'scores: { quality: 9, cost: 9 }');
    const codes = loadSpec('derived.yaml', text).diagnostics.map((d) => [d.code, d.message]);
    expect(codes).toEqual([['AIA310', 'unknown model "amazon-nova-lite" on azure-openai; or give inputPer1M and outputPer1M']]);
    // With the recommendation back, bedrock prices both models.
    expect(loadSpec('explicit.yaml', text.replace('candidates:', 'recommendation: aws-bedrock\n  candidates:')).diagnostics).toEqual([]);
  });

  it('accepts a model priced in the spec or added through catalog overrides', () => {
    const base = readFileSync(fixture('minimal.yaml'), 'utf8');
    const priced = base.replace('model: claude-sonnet-4-5, share: 40', 'model: house-llm, share: 40, inputPer1M: 1, outputPer1M: 2');
    expect(loadSpec('priced.yaml', priced).diagnostics).toEqual([]);
    const override =
      base.replace('model: claude-sonnet-4-5', 'model: house-llm') +
      'catalog:\n  platforms:\n    aws-bedrock:\n      models:\n        house-llm: { name: House, inputPer1M: 1, outputPer1M: 2 }\n';
    expect(loadSpec('override.yaml', override).diagnostics).toEqual([]);
  });

  it('reports problems from several layers and sections together', () => {
    const text = readFileSync(fixture('minimal.yaml'), 'utf8')
      .replace('  name: Fixture Co', '  name: Fixture Co\n  nmae: typo')
      .replace('    cost: 40', '    cost: 30')
      .replace('share: 40', 'share: 30');
    expect(loadSpec('many.yaml', text).diagnostics.map((d) => d.code)).toEqual(['AIA201', 'AIA304', 'AIA309']);
  });

  it('tolerates float noise in percentages', () => {
    const text = readFileSync(fixture('minimal.yaml'), 'utf8')
      .replace('quality: 60\n    cost: 40', 'quality: 33.3\n    cost: 33.3\n    team: 33.4')
      .replace(/scores: \{ quality: (\d), cost: (\d) \}/g, 'scores: { quality: $1, cost: $2, team: 5 }');
    expect(loadSpec('float.yaml', text).diagnostics).toEqual([]);
  });
});

describe('shipped specs', () => {
  const dir = new URL('../../specs/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

  it('has at least three example specs', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${file} validates with no diagnostics and carries the schema modeline`, () => {
      const bytes = readFileSync(new URL(file, dir));
      expect(loadSpec(`specs/${file}`, bytes).diagnostics).toEqual([]);
      expect(bytes.toString('utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/aiarch.schema.json');
    });
  }

  it('the init template validates with no diagnostics', () => {
    expect(loadSpec('starter.yaml', starterSpec('/tmp/x/specs/my-client.yaml')).diagnostics).toEqual([]);
  });
});

describe('format messages', () => {
  const base = readFileSync(fixture('minimal.yaml'), 'utf8');
  const messages = (text: string) => loadSpec('x.yaml', text).diagnostics.map((d) => [d.code, d.message]);

  it('explains currency, residency, date and id formats', () => {
    const text = base
      .replace('  useCase: Answer support questions', '  useCase: Answer support questions\n  dataResidency: [EU]')
      .replace('costs:\n', 'costs:\n  currency: usd\n')
      .replace('date: 2026-03-02', 'date: 02/03/2026')
      .replace('    - id: llm', '    - id: 9llm');
    expect(messages(text)).toEqual([
      ['AIA206', 'client.date must be a date as YYYY-MM-DD, got "02/03/2026"'],
      ['AIA206', 'scenario.dataResidency[0] must be lowercase letters and -, got "EU"'],
      ['AIA206', 'architecture.components[2].id "9llm" is not a valid id'],
      ['AIA206', 'costs.currency must be a three-letter currency code, got "usd"'],
    ]);
  });
});
