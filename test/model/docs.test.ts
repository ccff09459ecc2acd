// docs/model.md is the model's reference: its JSON table must name every field
// `aiarch model --json` prints, and nothing it does not.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { buildModel } from '../../src/model/build.js';
import { toModelJson } from '../../src/model/json.js';
import type { Spec } from '../../src/spec/types.js';

const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

function documentedTopLevelFields(): string[] {
  const section = doc.slice(doc.indexOf('## `aiarch model --json`'));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  // The first cell of each row names one or more fields; `scores[]` names the field `scores`.
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Za-z0-9]+)(?:\[[0-9]*\])?`/g)].map((m) => m[1]!));
}

it('documents every top-level field of the model JSON, in order', () => {
  const spec = parse(readFileSync(new URL('../../specs/northwind-health.yaml', import.meta.url), 'utf8')) as Spec;
  const json = toModelJson(buildModel(spec, loadCatalog()));
  expect(documentedTopLevelFields()).toEqual(Object.keys(json));
});
