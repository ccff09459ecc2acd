// Each fixture in test/fixtures/invalid is a small spec with one defect; the
// table pins the exact diagnostics it must produce (code, line, column).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { loadSpec } from '../../src/spec/load.js';

const DIR = new URL('../fixtures/invalid/', import.meta.url);

type Expected = readonly [code: string, line: number, column: number];

const EXPECTED: Record<string, readonly Expected[]> = {
  // YAML layer
  'yaml-syntax': [['AIA101', 14, 5]],
  'duplicate-yaml-key': [['AIA102', 5, 3]],
  tabs: [['AIA103', 3, 1]],
  'multi-document': [['AIA104', 41, 1]],
  'alias-bomb': [['AIA105', 2, 8]],
  'unknown-tag': [['AIA106', 3, 9]],
  'merge-key': [['AIA107', 32, 7]],
  'non-utf8': [['AIA108', 3, 20]],
  empty: [['AIA109', 0, 0]],
  'comments-only': [['AIA109', 0, 0]],
  'deep-nesting': [['AIA111', 1, 49]],
  // schema layer
  'misspelled-key': [['AIA201', 16, 3]],
  'proto-key': [['AIA201', 4, 3]],
  'proto-ids': [
    ['AIA209', 7, 14],
    ['AIA209', 9, 5],
    ['AIA206', 16, 13],
  ],
  'flow-comma': [['AIA201', 44, 75]],
  'missing-required': [['AIA202', 2, 1]],
  'wrong-type': [['AIA203', 33, 28]],
  'not-a-mapping': [['AIA203', 1, 1]],
  'connects-item-type': [
    ['AIA201', 27, 29],
    ['AIA203', 27, 46],
  ],
  'invalid-enum': [['AIA204', 18, 12]],
  'enum-mapping': [
    ['AIA203', 18, 12],
    ['AIA204', 18, 12],
  ],
  'score-range': [['AIA205', 13, 26]],
  version: [['AIA208', 1, 10]],
  // semantic layer
  'duplicate-id': [
    ['AIA302', 27, 24],
    ['AIA301', 28, 11],
  ],
  'unknown-connects': [['AIA302', 23, 18]],
  'self-connection': [['AIA303', 23, 18]],
  'weights-sum': [['AIA304', 9, 5]],
  'unscored-criterion': [['AIA305', 15, 15]],
  'unweighted-score': [['AIA306', 13, 45]],
  'recommendation-unknown': [['AIA307', 16, 19]],
  'candidate-without-label': [['AIA308', 15, 7]],
  'model-shares': [['AIA309', 39, 5]],
  'unknown-model': [['AIA310', 40, 16]],
  'growth-order': [['AIA311', 37, 16]],
  'phase-order': [['AIA312', 44, 35]],
  'bad-date': [['AIA313', 4, 9]],
  'catalog-override': [['AIA314', 45, 19]],
};

function load(name: string) {
  return loadSpec(`${name}.yaml`, readFileSync(new URL(`${name}.yaml`, DIR)));
}

describe('invalid fixtures', () => {
  it('every fixture file has an expectation and vice versa', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const source = load(name);
      expect(source.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(expected);
      for (const d of source.diagnostics) {
        expect(d.code in CODES).toBe(true);
        expect(d.hint ?? '').not.toBe('');
        expect(d.file).toBe(`${name}.yaml`);
      }
      const errors = source.diagnostics.filter((d) => d.severity === 'error');
      expect(source.spec === null).toBe(errors.length > 0);
    });
  }
});

describe('messages', () => {
  const message = (name: string, index = 0) => load(name).diagnostics[index]?.message;

  it('suggests the nearest key, enum value, id and model', () => {
    expect(message('misspelled-key')).toBe('unknown property "recomendation" in platforms; did you mean "recommendation"?');
    expect(message('invalid-enum')).toContain('did you mean "serverless"?');
    expect(message('unknown-connects')).toBe('"users" connects to unknown component "apii"; did you mean "api"?');
    expect(message('recommendation-unknown')).toContain('did you mean "aws-bedrock"?');
    expect(message('unknown-model')).toBe(
      'unknown model "claude-sonet-4-5" on aws-bedrock; did you mean "claude-sonnet-4-5"?; or give inputPer1M and outputPer1M',
    );
  });

  it('names the missing key, the sums and the duplicate', () => {
    expect(message('missing-required')).toBe('client is missing required property "name"');
    expect(message('weights-sum')).toBe('platform weights sum to 90, not 100');
    expect(message('model-shares')).toBe('model shares sum to 110, not 100');
    expect(message('duplicate-id', 1)).toBe('duplicate component id "api" (first used at line 24)');
    expect(message('duplicate-yaml-key')).toBe('duplicate key "name": it already appears earlier in the same mapping');
    expect(message('unscored-criterion')).toBe('candidate "azure-openai" has no score for weighted criterion "cost"');
  });

  it('collapses a connects oneOf into one message per item', () => {
    const [lable, list] = load('connects-item-type').diagnostics;
    expect(lable?.message).toContain('did you mean "label"?');
    expect(list?.message).toBe('architecture.components[1].connects[1] must be a component id or a mapping { to: id, label: text }, got a list');
  });

  it('explains a comma inside unquoted flow-mapping text', () => {
    expect(load('flow-comma').diagnostics[0]?.hint).toContain('put quotes around text that contains a comma');
  });

  it('reports an unscored weighted criterion at the candidate scores', () => {
    expect(load('unscored-criterion').diagnostics[0]?.path).toBe('/platforms/candidates/azure-openai/scores');
  });

  it('keeps a warning-only spec usable', () => {
    const source = load('unweighted-score');
    expect(source.diagnostics[0]?.severity).toBe('warning');
    expect(source.spec).not.toBeNull();
  });
});
