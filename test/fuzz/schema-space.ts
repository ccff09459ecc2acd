// Reads the spec schema itself, so the generator draws enums, lengths and item
// counts from the same file the loader validates against: a new enum value or
// a changed limit reaches the generated corpus without anyone editing it.
import { readFileSync } from 'node:fs';

type Node = Readonly<Record<string, unknown>>;

const SCHEMA = JSON.parse(readFileSync(new URL('../../schemas/aiarch.schema.json', import.meta.url), 'utf8')) as Node;

/**
 * The schema node at a dotted path of property names: `[]` steps into array
 * items, `*` into additionalProperties (map values), `|N` into the Nth oneOf.
 */
export function node(path: string): Node {
  let at: Node = SCHEMA;
  for (const step of path.split('.')) {
    const next =
      step === '[]'
        ? at['items']
        : step === '*'
          ? at['additionalProperties']
          : step.startsWith('|')
            ? (at['oneOf'] as unknown[] | undefined)?.[Number(step.slice(1))]
            : (at['properties'] as Node | undefined)?.[step];
    if (next === null || typeof next !== 'object') throw new Error(`schema has no ${path} (stopped at ${step})`);
    at = next as Node;
  }
  return at;
}

export function enumOf(path: string): readonly string[] {
  const values = node(path)['enum'];
  if (!Array.isArray(values)) throw new Error(`schema ${path} is not an enum`);
  return values as string[];
}

function numberAt(path: string, key: string): number {
  const value = node(path)[key];
  if (typeof value !== 'number') throw new Error(`schema ${path} has no ${key}`);
  return value;
}

export const maxLength = (path: string): number => numberAt(path, 'maxLength');
export const maxItems = (path: string): number => numberAt(path, 'maxItems');
export const maximum = (path: string): number => numberAt(path, 'maximum');
export const maxProperties = (path: string): number => numberAt(path, 'maxProperties');
export const minProperties = (path: string): number => numberAt(path, 'minProperties');
