// How a spec combines with the bases it extends, and where each merged value
// came from: mappings merge key by key (the nearer file wins), anything else
// (a list, a scalar) is taken whole from the nearest file that sets it.
import type { Locator } from './locate.js';
import { parsePointer } from './pointer.js';
import type { Location } from './source.js';

export type Mapping = Record<string, unknown>;

export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `over` merged onto `base`; neither is changed. */
export function mergeValues(base: unknown, over: unknown): unknown {
  if (!isMapping(base) || !isMapping(over)) return over;
  // fromEntries defines own properties, so a `__proto__` key stays plain data.
  return Object.fromEntries([
    ...Object.entries(base).map(([key, value]) => [key, Object.hasOwn(over, key) ? mergeValues(value, over[key]) : value] as const),
    ...Object.entries(over).filter(([key]) => !Object.hasOwn(base, key)),
  ]);
}

export interface LocatedValue {
  readonly file: string;
  readonly value: unknown;
  readonly locator: Locator;
}

/**
 * The file whose node a pointer lands on in the merged value: follow the
 * pointer through the layers (nearest first) that still contribute at each
 * step; where a value is taken whole, its file alone answers the rest.
 */
function owner(layers: readonly LocatedValue[], pointer: string): LocatedValue | undefined {
  let current = layers.map((layer) => ({ layer, value: layer.value }));
  for (const segment of parsePointer(pointer)) {
    const next = current
      .filter((c) => isMapping(c.value) && Object.hasOwn(c.value, segment))
      .map((c) => ({ layer: c.layer, value: (c.value as Mapping)[segment] }));
    const first = next[0];
    if (first === undefined) break;
    if (!isMapping(first.value)) return first.layer;
    // Only an unbroken run of mappings merges; a farther mapping under a nearer list or scalar is hidden.
    const run = next.findIndex((c) => !isMapping(c.value));
    current = run < 0 ? next : next.slice(0, run);
  }
  return current[0]?.layer;
}

/** A locator over the merged spec; `layers[0]` is the spec itself, whose locations carry no `file`. */
export function mergedLocator(layers: readonly LocatedValue[]): Locator {
  const own = layers[0];
  const from = (pointer: string, at: (layer: LocatedValue) => Location): Location => {
    const layer = owner(layers, pointer) ?? own;
    if (!layer) return { line: 1, column: 1 };
    const location = at(layer);
    return layer === own ? location : { ...location, file: layer.file };
  };
  return {
    value: (pointer) => from(pointer, (layer) => layer.locator.value(pointer)),
    key: (pointer) => from(pointer, (layer) => layer.locator.key(pointer)),
    isFlowMap: (pointer) => (owner(layers, pointer) ?? own)?.locator.isFlowMap(pointer) ?? false,
  };
}
