// Prints diagnostics (with code frames) to stderr.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { Io } from './io.js';

/** `texts` are the loaded sources by file name (the spec and its bases), for the code frames. */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>): void {
  for (const d of diagnostics) {
    io.err(formatDiagnostic(d, texts.get(d.file) ?? '', { color: io.color.stderr }));
    io.err('');
  }
}
