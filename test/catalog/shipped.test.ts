// The shipped catalog is parsed and validated at build time (scripts/gen-catalog.mjs);
// what loadCatalog() returns must be exactly what parsing the YAML files gives.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalog, parseCatalogFile } from '../../src/catalog/load.js';
import { TIERS } from '../../src/catalog/types.js';
import { CatalogError } from '../../src/catalog/validate.js';
import { SHIPPED_CATALOG, SHIPPED_REQUIREMENTS } from '../../src/catalog/shipped.generated.js';
import { loadRequirements, parseRequirements } from '../../src/catalog/requirements.js';
import { parse } from 'yaml';

describe('the build-time catalog', () => {
  it('equals the catalog files parsed now, platform by platform', () => {
    const files = readdirSync(CATALOG_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(SHIPPED_CATALOG.map((e) => e.file)).toEqual(files);
    const parsed = Object.fromEntries(
      files.map((f) => {
        const platform = parseCatalogFile(f, readFileSync(CATALOG_DIR + f, 'utf8'));
        return [platform.id, platform];
      }),
    );
    expect(loadCatalog()).toEqual(parsed);
    // In step with the files, so loadCatalog() takes the snapshot rather than parsing again.
    for (const entry of SHIPPED_CATALOG) expect(entry.text).toBe(readFileSync(CATALOG_DIR + entry.file, 'utf8'));
  });
});

describe('the build-time industry requirements', () => {
  const file = `${CATALOG_DIR}requirements/industries.yaml`;
  it('equal the file parsed now, and are in step with it', () => {
    const text = readFileSync(file, 'utf8');
    expect(SHIPPED_REQUIREMENTS.text).toBe(text);
    expect(SHIPPED_REQUIREMENTS.data).toEqual(parse(text));
    expect(loadRequirements()).toEqual(parseRequirements(`${text}\n# changed\n`));
  });
  it('give way to the text when it changed', () => {
    const text = readFileSync(file, 'utf8').replace(/framework: (.*)/, 'framework: Changed $1');
    expect(parseRequirements(text)[0]?.framework).toMatch(/^Changed /);
    expect(() => parseRequirements('requirements: 3\n')).toThrow(/expected a "requirements" list/);
  });
});

describe('model tiers', () => {
  it('gives every shipped model a tier, and every platform its own model for each tier', () => {
    for (const platform of Object.values(loadCatalog())) {
      for (const [id, model] of Object.entries(platform.models)) expect(model.tier, `${platform.id} ${id}`).toBeDefined();
      for (const tier of TIERS) {
        const id = platform.tiers?.[tier];
        expect(id, `${platform.id} ${tier}`).toBeDefined();
        // A platform with no model of a tier (Vertex has no Gemini above Pro) names its largest one.
        expect(TIERS.indexOf(platform.models[id!]!.tier!), `${platform.id} ${tier} → ${id}`).toBeLessThanOrEqual(TIERS.indexOf(tier));
        expect(TIERS.indexOf(platform.models[id!]!.tier!), `${platform.id} ${tier} → ${id}`).toBeGreaterThanOrEqual(TIERS.indexOf(tier) - 1);
      }
    }
  });

  it('rejects a catalog file whose tier names a model it does not list', () => {
    const text = readFileSync(CATALOG_DIR + 'azure-openai.yaml', 'utf8').replace(/^  small: .*$/m, '  small: no-such-model');
    expect(() => parseCatalogFile('azure-openai.yaml', text)).toThrow(CatalogError);
    expect(() => parseCatalogFile('azure-openai.yaml', text)).toThrow(/tiers\/small: names "no-such-model"/);
  });
});
