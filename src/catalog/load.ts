// Reads the shipped platform catalog (catalog/*.yaml) once per process.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Catalog, CatalogPlatform } from './types.js';

export const CATALOG_DIR = fileURLToPath(new URL('../../catalog/', import.meta.url));

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
  if (cached) return cached;
  const entries: [string, CatalogPlatform][] = [];
  for (const file of readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const platform = parse(readFileSync(CATALOG_DIR + file, 'utf8')) as CatalogPlatform;
    entries.push([platform.id, platform]);
  }
  cached = Object.freeze(Object.fromEntries(entries));
  return cached;
}
