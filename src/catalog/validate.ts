// Checks catalog platform data against schemas/catalog.schema.json, so a typo
// in a shipped or user-supplied catalog file fails loudly instead of pricing wrong.
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { validate as compiledValidator } from './schema-validator.generated.js';

export const CATALOG_SCHEMA_FILE = fileURLToPath(new URL('../../schemas/catalog.schema.json', import.meta.url));

/** Problems of one platform entry as "pointer: message" lines; empty when valid. `validate` defaults to the one compiled at build time. */
export function catalogProblems(data: unknown, validate: ValidateFunction = compiledValidator): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: unknown }).additionalProperty)})` : '';
    return `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${extra}`;
  });
}

/** A tier that names a model the platform does not list: the schema cannot see across keys. (A platform with nothing larger may name its best model for a higher tier.) */
export function tierProblems(platform: {
  readonly tiers?: Readonly<Partial<Record<string, string>>>;
  readonly models: Readonly<Record<string, unknown>>;
}): string[] {
  const problems: string[] = [];
  for (const [tier, id] of Object.entries(platform.tiers ?? {})) {
    if (id === undefined) continue;
    const model = platform.models[id];
    if (!model) problems.push(`/tiers/${tier}: names "${id}", which is not one of this platform's models`);
  }
  return problems;
}

export class CatalogError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`invalid catalog file ${file}:\n  ${problems.join('\n  ')}`);
    this.name = 'CatalogError';
  }
}
