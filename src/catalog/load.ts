// Reads the shipped platform catalog (catalog/*.yaml) once per process.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Catalog, CatalogPlatform } from './types.js';
import { CatalogError, catalogProblems } from './validate.js';

export const CATALOG_DIR = fileURLToPath(new URL('../../catalog/', import.meta.url));

let cached: Catalog | undefined;

/** Parses and validates one catalog file's text; throws CatalogError naming the file. */
export function parseCatalogFile(file: string, text: string): CatalogPlatform {
  const data: unknown = parse(text);
  const problems = catalogProblems(data);
  if (problems.length > 0) throw new CatalogError(file, problems);
  return data as CatalogPlatform;
}

export function loadCatalog(): Catalog {
  if (cached) return cached;
  const entries: [string, CatalogPlatform][] = [];
  for (const file of readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const platform = parseCatalogFile(file, readFileSync(CATALOG_DIR + file, 'utf8'));
    entries.push([platform.id, platform]);
  }
  cached = Object.freeze(Object.fromEntries(entries));
  return cached;
}
