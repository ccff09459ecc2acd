// One rubric point: a requirement on the spec that is either met (with the
// evidence that met it) or not (with why, what would earn it, and where).
import type { CheckContext } from '../context.js';
import { fieldName } from '../substance/field-name.js';
import type { Judged } from '../substance/spec-text.js';

/** One piece of the spec a point looked at, for `check --explain`. */
export interface Used {
  readonly label: string;
  readonly path: string;
}

export type Outcome =
  | { readonly met: true; readonly evidence: string; readonly used: readonly Used[] }
  | { readonly met: false; readonly why: string; readonly missing: string; readonly path: string; readonly used: readonly Used[] };

export interface Point {
  /** The requirement as documented in the README's rubric table. */
  readonly requirement: string;
  evaluate(ctx: CheckContext): Outcome;
}

export interface Criterion {
  readonly id: string;
  readonly name: string;
  /** Exactly five points, each worth one. */
  readonly points: readonly [Point, Point, Point, Point, Point];
}

export const met = (evidence: string, used: readonly Used[] = []): Outcome => ({ met: true, evidence, used });
/** `why` says what is wrong now; `missing` what would earn the point; `path` where. */
export const gap = (why: string, missing: string, path: string, used: readonly Used[] = []): Outcome => ({ met: false, why, missing, path, used });

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** A judged text as explain shows it: where, what, and whether it counted. */
/** `specificity`: also say when a text that counts names no service or number (for points that ask for it). */
export function usedText(j: Judged, specificity = false): Used {
  const vague = specificity && !j.specific ? ' (counts, but names no service or number)' : '';
  const verdict = j.hollow === null ? vague : ` (counts as nothing: ${j.hollow})`;
  return { label: `${fieldName(j.path)}: "${short(j.text)}"${verdict}`, path: j.path };
}

export const usedValue = (path: string, value: string): Used => ({ label: `${fieldName(path)}: ${value}`, path });

/** The first judged text that counts as nothing, phrased as a reason. */
export function firstHollow(judged: readonly Judged[]): Judged | undefined {
  return judged.find((j) => j.hollow !== null);
}

export const hollowWhy = (j: Judged) => `${fieldName(j.path)} ${j.hollow!}`;
