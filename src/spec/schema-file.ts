// The spec JSON Schema (schemas/aiarch.schema.json), read once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/aiarch.schema.json', import.meta.url));

/** The subset of JSON Schema this code navigates. */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly oneOf?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
  readonly [keyword: string]: unknown;
}

let cached: SchemaNode | undefined;

export function specSchema(): SchemaNode {
  cached ??= JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as SchemaNode;
  return cached;
}

/** Schema of the child at `key` (property name or array index), or undefined when the schema does not say. */
export function childSchema(schema: SchemaNode | undefined, key: string, isArray: boolean): SchemaNode | undefined {
  if (!schema) return undefined;
  if (isArray) return schema.items;
  const prop = schema.properties?.[key];
  if (prop) return prop;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

export function acceptsType(schema: SchemaNode | undefined, type: string): boolean {
  if (!schema) return false;
  const t = schema.type;
  if (t === type || (Array.isArray(t) && t.includes(type))) return true;
  return [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some((s) => acceptsType(s, type));
}
