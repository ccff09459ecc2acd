// Finds where a spec talks about something: every string value with its JSON
// pointer, searched in document order, so "first mention" is deterministic.
import { toPointer } from '../spec/pointer.js';
import type { Spec } from '../spec/types.js';

export interface Mention {
  readonly path: string;
  readonly text: string;
}

/** Strings that are ids (a component's id, a connection's target) name things rather than say anything. */
function isReference(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return last === 'id' || last === 'to' || path[path.length - 2] === 'connects';
}

function walk(value: unknown, path: (string | number)[], out: Mention[]): void {
  if (typeof value === 'string') {
    if (!isReference(path)) out.push({ path: toPointer(path), text: value });
  } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
  }
}

/** Every string in the spec except catalog overrides (data about platforms, not this design). */
export function specStrings(spec: Spec): Mention[] {
  const out: Mention[] = [];
  for (const [key, value] of Object.entries(spec)) if (key !== 'catalog') walk(value, [key], out);
  return out;
}

/** The first string matching `pattern`, optionally only under the given top-level pointers. */
export function firstMention(strings: readonly Mention[], pattern: RegExp, under: readonly string[] = []): Mention | undefined {
  return strings.find((m) => (under.length === 0 || under.some((u) => m.path === u || m.path.startsWith(`${u}/`))) && pattern.test(m.text));
}
