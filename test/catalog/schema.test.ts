import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalog, parseCatalogFile } from '../../src/catalog/load.js';
import { catalogProblems } from '../../src/catalog/validate.js';

const files = readdirSync(CATALOG_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const read = (f: string) => parse(readFileSync(CATALOG_DIR + f, 'utf8')) as Record<string, unknown>;

describe('catalog files', () => {
  it('ships the three course platforms', () => {
    expect(files).toEqual(['aws-bedrock.yaml', 'azure-openai.yaml', 'google-vertex.yaml']);
  });

  it.each(files)('%s validates against schemas/catalog.schema.json', (file) => {
    expect(catalogProblems(read(file))).toEqual([]);
  });

  it.each(files)('%s is keyed by its own file name and every price has a date and a source', (file) => {
    const data = read(file);
    expect(`${String(data.id)}.yaml`).toBe(file);
    const models = data.models as Record<string, { asOf: string; source: string }>;
    expect(Object.keys(models).length).toBeGreaterThan(3);
    for (const m of Object.values(models)) {
      expect(Number.isNaN(Date.parse(m.asOf))).toBe(false);
      expect(m.source.length).toBeGreaterThan(5);
    }
  });

  it('rejects a model without a price, an unknown availability and an unknown top-level key', () => {
    const data = read('aws-bedrock.yaml');
    const models = data.models as Record<string, Record<string, unknown>>;
    delete models['claude-haiku-4-5']!.inputPer1M;
    (data.regions as Record<string, string>).eu = 'sometimes';
    data.pricing = 'cheap';
    const problems = catalogProblems(data);
    expect(problems).toContain("/models/claude-haiku-4-5: must have required property 'inputPer1M'");
    expect(problems).toContain('/regions/eu: must be equal to one of the allowed values');
    expect(problems).toContain('/: must NOT have additional properties (pricing)');
  });

  it('a broken file names itself in the load error', () => {
    expect(() => parseCatalogFile('bad.yaml', 'id: bad\nlabel: Bad\n')).toThrow(/invalid catalog file bad\.yaml[\s\S]*provider/);
  });

  it('loadCatalog keys platforms by id', () => {
    const catalog = loadCatalog();
    expect(Object.keys(catalog)).toEqual(['aws-bedrock', 'azure-openai', 'google-vertex']);
    expect(catalog['aws-bedrock']?.models['claude-haiku-4-5']?.inputPer1M).toBe(1);
  });
});
