// Loads a spec text through the real loader and model, then checks it.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { loadCatalog } from '../../src/catalog/load.js';
import { mergeCatalog } from '../../src/catalog/merge.js';
import { checkSpec } from '../../src/check/check.js';
import type { CheckReport } from '../../src/check/types.js';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { loadSpec } from '../../src/spec/load.js';
import type { SpecSource } from '../../src/spec/source.js';

export const FIXTURES = new URL('../fixtures/check/', import.meta.url);
export const fixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

export interface Checked {
  readonly source: SpecSource;
  readonly model: Model;
  readonly report: CheckReport;
}

export function checkText(text: string, file = 'spec.yaml'): Checked {
  const source = loadSpec(file, text);
  if (!source.spec) throw new Error(`fixture does not load:\n${source.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  const catalog = mergeCatalog(loadCatalog(), source.spec.catalog);
  const model = buildModel(source.spec, catalog);
  return { source, model, report: checkSpec(source, model, catalog) };
}

export const checkFixture = (name: string) => checkText(fixtureText(name), `test/fixtures/check/${name}`);

/** The named fixture with edits applied at YAML paths (undefined deletes), keeping the rest of the text. */
export function edited(name: string, edits: readonly [readonly (string | number)[], unknown][]): string {
  const doc = parseDocument(fixtureText(name));
  for (const [path, value] of edits) {
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, doc.createNode(value));
  }
  return String(doc);
}
