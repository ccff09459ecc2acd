// Judges one text of the spec: filler, a copy of another field, or real text,
// and whether it is specific. Copies are found against every string of the spec
// in document order, so the later of two identical texts is the copy.
import type { Spec } from '../../spec/types.js';
import { specStrings } from '../mentions.js';
import { fieldName } from './field-name.js';
import { fillerReason, normalize } from './filler.js';
import { isSpecific } from './prose.js';

/** Texts shorter than this may repeat legitimately (labels such as "Admin"). */
const COPY_MIN_WORDS = 3;

export interface Judged {
  readonly text: string;
  readonly path: string;
  /** Why the text counts as nothing; null when it counts. */
  readonly hollow: string | null;
  /** Names a service or gives a number. */
  readonly specific: boolean;
}

export interface SpecText {
  /** `pair` is the field the text must not merely repeat (an implementation repeating its control's name). */
  judge(text: string | undefined, path: string, pair?: { readonly text: string; readonly label: string }): Judged;
}

export function specText(spec: Spec): SpecText {
  const first = new Map<string, string>();
  for (const m of specStrings(spec)) {
    const n = normalize(m.text);
    if (n.split(' ').length >= COPY_MIN_WORDS && !first.has(n)) first.set(n, m.path);
  }
  return {
    judge(text, path, pair) {
      if (text === undefined) return { text: '', path, hollow: 'is missing', specific: false };
      const n = normalize(text);
      let hollow = fillerReason(text);
      if (hollow === null && pair !== undefined && n === normalize(pair.text)) hollow = `only repeats the ${pair.label}`;
      const origin = first.get(n);
      if (hollow === null && origin !== undefined && origin !== path) hollow = `is copied from ${fieldName(origin)}`;
      return { text, path, hollow, specific: hollow === null && isSpecific(text) };
    },
  };
}
