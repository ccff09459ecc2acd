// Prints diagnostics (with code frames) to stderr.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { Io } from './io.js';

/** `text` is the spec's source, for the code frames. */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], text: string): void {
  for (const d of diagnostics) {
    io.err(formatDiagnostic(d, text, { color: io.color.stderr }));
    io.err('');
  }
}
