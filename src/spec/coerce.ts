// Where the schema wants a string but YAML read a plain number or boolean
// (`target: 95`, `version: 1.10`), use the scalar's source text instead, so
// `1.10` stays "1.10" rather than becoming 1.1. Mutates the parsed value in place.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { acceptsType, childSchema, type SchemaNode } from './schema-file.js';

export function coerceStrings(doc: Document, value: unknown, schema: SchemaNode): void {
  walk(doc, doc.contents as Node | null, value, schema, 0);
}

function walk(doc: Document, node: Node | null, value: unknown, schema: SchemaNode | undefined, depth: number): void {
  // Depth is already bounded before parsing; this guard only protects against alias cycles.
  if (!schema || node === null || depth > 64 || typeof value !== 'object' || value === null) return;
  const target = node && isAlias(node) ? ((node.resolve(doc) as Node | undefined) ?? null) : node;
  if (isMap(target) && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const pair of target.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null || !Object.hasOwn(record, key)) continue;
      visitChild(doc, pair.value as Node | null, record, key, childSchema(schema, key, false), depth);
    }
  } else if (isSeq(target) && Array.isArray(value)) {
    target.items.forEach((item, index) => {
      visitChild(doc, item as Node | null, value as unknown[], index, childSchema(schema, String(index), true), depth);
    });
  }
}

function visitChild(
  doc: Document,
  node: Node | null,
  parent: Record<string, unknown> | unknown[],
  key: string | number,
  schema: SchemaNode | undefined,
  depth: number,
): void {
  const current = (parent as Record<string | number, unknown>)[key];
  if (isScalar(node) && node.type === 'PLAIN' && (typeof current === 'number' || typeof current === 'boolean')) {
    if (acceptsType(schema, 'string') && !acceptsType(schema, typeof current) && typeof node.source === 'string') {
      (parent as Record<string | number, unknown>)[key] = node.source;
    }
    return;
  }
  walk(doc, node, current, schema, depth + 1);
}
