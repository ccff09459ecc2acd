// Prints diagnostics (with code frames) to stderr.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import { frameText } from '../spec/frames.js';
import type { Io } from './io.js';

/** `text` is the spec's source, for the code frames (a diagnostic in a base spec carries its own). */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], text: string): void {
  for (const d of diagnostics) {
    io.err(formatDiagnostic(d, frameText(d, text), { color: io.color.stderr }));
    io.err('');
  }
}
