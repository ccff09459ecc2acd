// One rubric point: a requirement on the spec that is either met (with the
// evidence that met it) or not (with what to add, and where).
import type { CheckContext } from '../context.js';

export type Outcome =
  | { readonly met: true; readonly evidence: string }
  | { readonly met: false; readonly missing: string; readonly path: string };

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

export const met = (evidence: string): Outcome => ({ met: true, evidence });
export const gap = (missing: string, path: string): Outcome => ({ met: false, missing, path });

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export function words(text: string | undefined): number {
  return text === undefined ? 0 : text.split(/\s+/).filter((w) => w.length > 0).length;
}
