// The shape of one semantic rule: which top-level sections it reads (it runs
// only when those passed the schema) and what it checks.
import type { Catalog } from '../../catalog/types.js';
import type { Collector } from '../diag.js';
import type { Locator } from '../locate.js';
import type { Spec } from '../types.js';

export interface RuleContext {
  readonly spec: Spec;
  readonly out: Collector;
  readonly locate: Locator;
  /** The shipped catalog with the spec's `catalog.platforms` merged over it. */
  readonly catalog: Catalog;
  readonly shippedCatalog: Catalog;
}

export interface Rule {
  /** Top-level sections that must be present and schema-valid. */
  readonly needs: readonly (keyof Spec)[];
  /** Optional sections that must be schema-valid when present. */
  readonly uses?: readonly (keyof Spec)[];
  readonly check: (ctx: RuleContext) => void;
}
