// Checks catalog platform data against schemas/catalog.schema.json, so a typo
// in a shipped or user-supplied catalog file fails loudly instead of pricing wrong.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

export const CATALOG_SCHEMA_FILE = fileURLToPath(new URL('../../schemas/catalog.schema.json', import.meta.url));

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(CATALOG_SCHEMA_FILE, 'utf8')) as object);
  return validator;
}

/** Problems of one platform entry as "pointer: message" lines; empty when valid. */
export function catalogProblems(data: unknown): string[] {
  const validate = compiled();
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: unknown }).additionalProperty)})` : '';
    return `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${extra}`;
  });
}

export class CatalogError extends Error {
  constructor(readonly file: string, readonly problems: readonly string[]) {
    super(`invalid catalog file ${file}:\n  ${problems.join('\n  ')}`);
    this.name = 'CatalogError';
  }
}
