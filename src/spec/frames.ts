// The text a diagnostic's (or check finding's) code frame is cut from, when it is not the spec's own
// text: a diagnostic located in a base spec carries its base's text here, so
// every printer that already has the spec's text shows the right lines.
import type { Finding } from '../check/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const texts = new WeakMap<object, string>();

export function attachFrameText(diagnostic: Diagnostic | Finding, text: string): void {
  texts.set(diagnostic, text);
}

/** The text to frame `diagnostic` from: its base's, else `fallback` (the spec's own). */
export function frameText(diagnostic: Diagnostic | Finding, fallback: string): string {
  return texts.get(diagnostic) ?? fallback;
}
