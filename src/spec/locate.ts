// Maps a JSON pointer back to the YAML node it came from, so every diagnostic
// can name a line and column in the user's file.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Location } from './source.js';
import { parsePointer } from './pointer.js';

export interface Found {
  /** The value node at the deepest segment that exists. */
  readonly node: Node | null;
  /** The key node of that value, when it sits in a mapping. */
  readonly key: Node | null;
  /** True when every segment of the pointer was found. */
  readonly exact: boolean;
}

function resolve(doc: Document, node: unknown): Node | null {
  // An alias points at its anchor; one hop is enough since anchors cannot be aliases.
  if (isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

export function findNode(doc: Document, pointer: string): Found {
  let node = resolve(doc, doc.contents);
  let key: Node | null = null;
  for (const segment of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) return { node, key, exact: false };
      key = (pair.key as Node | null) ?? null;
      node = resolve(doc, pair.value) ?? key;
    } else if (isSeq(node)) {
      const index = Number(segment);
      const item = Number.isInteger(index) ? node.items[index] : undefined;
      if (item === undefined) return { node, key, exact: false };
      key = null;
      node = resolve(doc, item);
    } else {
      return { node, key, exact: false };
    }
  }
  return { node, key, exact: true };
}

export function positionOf(node: Node | null, lineCounter: LineCounter): Location {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

export interface Locator {
  /** Position of the value at pointer (or nearest existing ancestor). */
  value(pointer: string): Location;
  /** Position of the key that holds the value at pointer (falls back to the value). */
  key(pointer: string): Location;
  /** True when the value at pointer is a `{ ... }` flow mapping. */
  isFlowMap(pointer: string): boolean;
}

export function makeLocator(doc: Document, lineCounter: LineCounter): Locator {
  return {
    value: (pointer) => positionOf(findNode(doc, pointer).node, lineCounter),
    key: (pointer) => {
      const found = findNode(doc, pointer);
      return positionOf(found.exact && found.key ? found.key : found.node, lineCounter);
    },
    isFlowMap: (pointer) => {
      const found = findNode(doc, pointer);
      return found.exact && isMap(found.node) && found.node.flow === true;
    },
  };
}
