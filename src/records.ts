// Records without a prototype. Spec text becomes keys (criteria, candidate and
// component ids, model names): looked up in a plain object, "constructor" or
// "toString" would find Object.prototype's functions instead of nothing.
// Every keyed map built from spec or catalog data, and every table looked up
// with spec text, is one of these.

/** An empty record whose lookups find only what was put in it. */
export function emptyRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** A prototype-free record of the entries; later entries win. */
export function recordOf<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const record = emptyRecord<V>();
  // On a null-prototype object even "__proto__" is a plain own key.
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** A constant lookup table, frozen and prototype-free. */
export function lookupTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(recordOf(Object.entries(entries)));
}

/** A deep copy of parsed data (YAML, JSON) in which every mapping is prototype-free; arrays stay arrays. */
export function withoutPrototypes<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutPrototypes(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return recordOf(Object.entries(value).map(([key, item]) => [key, withoutPrototypes(item)] as const)) as T;
}
