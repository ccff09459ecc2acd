// Reads the shipped platform catalog (catalog/*.yaml) once per process.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SHIPPED_CATALOG } from './shipped.generated.js';
import { recordOf, withoutPrototypes } from '../records.js';
import type { Catalog, CatalogPlatform } from './types.js';
import { CatalogError, catalogProblems, tierProblems } from './validate.js';

export const CATALOG_DIR = fileURLToPath(new URL('../../catalog/', import.meta.url));

let cached: Catalog | undefined;

/** Parses and validates one catalog file's text; throws CatalogError naming the file. */
export function parseCatalogFile(file: string, text: string): CatalogPlatform {
  const data: unknown = parse(text);
  const problems = catalogProblems(data);
  if (problems.length > 0) throw new CatalogError(file, problems);
  const platform = withoutPrototypes(data) as CatalogPlatform;
  const tiers = tierProblems(platform);
  if (tiers.length > 0) throw new CatalogError(file, tiers);
  return platform;
}

/**
 * The file as parsed and validated at build time (scripts/gen-catalog.mjs) while its text is
 * unchanged; parsing three catalog files on every start was a sixth of `aiarch validate`'s time.
 */
function shipped(file: string, text: string): CatalogPlatform | undefined {
  const entry = SHIPPED_CATALOG.find((e) => e.file === file);
  return entry?.text === text ? withoutPrototypes(entry.platform) : undefined;
}

export function loadCatalog(): Catalog {
  if (cached) return cached;
  const entries: [string, CatalogPlatform][] = [];
  for (const file of readdirSync(CATALOG_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const text = readFileSync(CATALOG_DIR + file, 'utf8');
    const platform = shipped(file, text) ?? parseCatalogFile(file, text);
    entries.push([platform.id, platform]);
  }
  cached = Object.freeze(recordOf(entries));
  return cached;
}
