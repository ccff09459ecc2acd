// What loading a spec file yields: the typed spec (null when it has errors),
// every diagnostic, and a way to point at any JSON path in the YAML text.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Spec } from './types.js';

export interface Location {
  readonly line: number;
  readonly column: number;
}

export interface SpecSource {
  readonly file: string;
  readonly text: string;
  /** null when any error-severity diagnostic was found. */
  readonly spec: Spec | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Location of the value at a JSON pointer (e.g. /costs/models/0/share), or of its nearest existing ancestor. */
  locate(pointer: string): Location;
}
