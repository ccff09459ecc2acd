// Prints one spec's diagnostics (with code frames) to stderr.
import { formatDiagnostic } from '../diagnostics/format.js';
import type { SpecSource } from '../spec/source.js';
import type { Io } from './io.js';

export function printDiagnostics(io: Io, source: SpecSource): void {
  for (const d of source.diagnostics) {
    io.err(formatDiagnostic(d, source.text, { color: io.color.stderr }));
    io.err('');
  }
}
