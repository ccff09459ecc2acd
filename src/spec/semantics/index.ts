// Layer 3: rules about meaning that a JSON Schema cannot express. Each rule runs
// when the sections it reads passed the schema, so one typo in `client` does
// not hide a weights problem in `platforms`.
import { mergeCatalog } from '../../catalog/merge.js';
import type { Catalog } from '../../catalog/types.js';
import type { Collector } from '../diag.js';
import type { Locator } from '../locate.js';
import type { Spec } from '../types.js';
import { architectureRules } from './architecture.js';
import { costRules } from './costs.js';
import { dateRules } from './dates.js';
import { platformRules } from './platforms.js';
import type { Rule } from './rule.js';

const RULES: readonly Rule[] = [...architectureRules, ...platformRules, ...costRules, ...dateRules];

/**
 * @param value the parsed spec, possibly schema-invalid
 * @param invalidSections top-level keys with schema errors; '' when the document itself is invalid
 */
export function checkSemantics(value: unknown, invalidSections: ReadonlySet<string>, out: Collector, locate: Locator, catalog: Catalog): void {
  if (invalidSections.has('') || value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const spec = value as Spec;
  const merged = invalidSections.has('catalog') ? catalog : mergeCatalog(catalog, spec.catalog);
  for (const rule of RULES) {
    const present = rule.needs.every((s) => spec[s] !== undefined && !invalidSections.has(s));
    const usable = (rule.uses ?? []).every((s) => !invalidSections.has(s));
    if (present && usable) rule.check({ spec, out, locate, catalog: merged, shippedCatalog: catalog });
  }
}
