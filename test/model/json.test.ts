// `aiarch model --json` carries every field docs/model.md names, with the model's values.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { buildModel } from '../../src/model/build.js';
import { toModelJson } from '../../src/model/json.js';
import type { Spec } from '../../src/spec/types.js';

it('matches docs/model.md field for field', () => {
  const spec = parse(readFileSync(new URL('../../specs/northwind-health.yaml', import.meta.url), 'utf8')) as Spec;
  const model = buildModel(spec, loadCatalog());
  const json = JSON.parse(JSON.stringify(toModelJson(model))) as Record<string, any>;
  for (const s of json.scores) expect(Object.keys(s)).toEqual(expect.arrayContaining(['platform', 'weighted', 'rank']));
  expect(json.scores.map((s: any) => [s.platform, s.weighted, s.rank])).toEqual(model.scores.map((s) => [s.platform, s.weighted, s.rank]));
  expect(json.recommendation).toBe('aws-bedrock');
  expect(json.months).toHaveLength(24);
  const monthFields = ['month', 'users', 'requests', 'inputTokens', 'outputTokens', 'ai', 'infrastructure', 'operations', 'baselineTotal', 'total'] as const;
  json.months.forEach((m: any, i: number) => {
    for (const field of monthFields) expect(m[field]).toBe(model.months[i]![field]);
  });
  expect(json.year1.baselineTotal).toBe(model.year1.baselineTotal);
  expect(json.year1.total).toBe(model.year1.total);
  expect(json.transactions.map((t: any) => [t.scenario, t.cost])).toEqual(model.transactions.map((t) => [t.scenario, t.cost]));
  expect(json.peak.requestsPerSecond).toBe(model.peak.requestsPerSecond);
  expect(json.peak.tokensPerMinute).toBe(model.peak.tokensPerMinute);
  expect(json.paybackMonth).toBe(4);
  spec.costs.benefits = [];
  expect(toModelJson(buildModel(spec, loadCatalog())).paybackMonth).toBeNull();
});
