// What loading a spec file yields: the typed spec (null when it has errors),
// every diagnostic, and a way to point at any JSON path in the YAML text.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Spec } from './types.js';

export interface Location {
  readonly line: number;
  readonly column: number;
  /** Set only when the value came from another file than the spec's own (a base it `extends`). */
  readonly file?: string;
}

export interface SpecSource {
  readonly file: string;
  readonly text: string;
  /** null when any error-severity diagnostic was found. */
  readonly spec: Spec | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Text of each base spec the spec `extends`, by the name its locations give; absent when it extends none. */
  readonly baseTexts?: ReadonlyMap<string, string>;
  /** Every file loaded (the spec and its bases) by the name diagnostics give it: code frames are cut from these. */
  readonly texts: ReadonlyMap<string, string>;
  /**
   * Location of the value at a JSON pointer (e.g. /costs/models/0/share), or of its nearest existing ancestor;
   * `file` names the base spec when the value came from one.
   */
  locate(pointer: string): Location;
}
