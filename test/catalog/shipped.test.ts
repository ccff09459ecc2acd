// The shipped catalog is parsed and validated at build time (scripts/gen-catalog.mjs);
// what loadCatalog() returns must be exactly what parsing the YAML files gives.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalog, parseCatalogFile } from '../../src/catalog/load.js';
import { SHIPPED_CATALOG } from '../../src/catalog/shipped.generated.js';

describe('the build-time catalog', () => {
  it('equals the catalog files parsed now, platform by platform', () => {
    const files = readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.yaml')).sort();
    expect(SHIPPED_CATALOG.map((e) => e.file)).toEqual(files);
    const parsed = Object.fromEntries(files.map((f) => {
      const platform = parseCatalogFile(f, readFileSync(CATALOG_DIR + f, 'utf8'));
      return [platform.id, platform];
    }));
    expect(loadCatalog()).toEqual(parsed);
    // In step with the files, so loadCatalog() takes the snapshot rather than parsing again.
    for (const entry of SHIPPED_CATALOG) expect(entry.sha256).toBe(createHash('sha256').update(readFileSync(CATALOG_DIR + entry.file, 'utf8')).digest('hex'));
  });
});
