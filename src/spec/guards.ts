// Checks that run on the raw bytes and text BEFORE the YAML parser sees them:
// an oversize, non-UTF-8 or pathologically nested file must never reach a
// parser that can hang or overflow the stack (PITFALLS: a second overflow in one
// process aborted Node).
import type { Location } from './source.js';

export const MAX_BYTES = 1024 * 1024;
/** The schema's deepest path is under 10 levels; 40 leaves room for catalog overrides. */
export const MAX_DEPTH = 40;

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  /** text: decoded with U+FFFD for bad bytes, for the code frame; at: where the first bad byte is. */
  | { readonly ok: false; readonly text: string; readonly at: Location };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { ok: false, text, at: firstInvalid(bytes, text) };
  }
}

/** Line and column (in characters) of the first U+FFFD the file did not spell out itself as EF BF BD. */
function firstInvalid(bytes: Uint8Array, text: string): Location {
  const encoder = new TextEncoder();
  let offset = 0;
  let line = 1;
  let column = 1;
  for (const ch of text) {
    if (ch === '\ufffd' && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
    offset += encoder.encode(ch).length;
    if (ch === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

/** True when the text holds nothing but whitespace and comments. */
export function isBlank(text: string): boolean {
  return text.split('\n').every((l) => /^\s*(#.*)?$/.test(l));
}

/**
 * Where nesting first exceeds MAX_DEPTH, by a cheap scan that over-estimates
 * rather than under-estimates: block depth from the stack of indentation levels
 * (plus compact `- - ` markers), flow depth from unclosed brackets outside quotes.
 */
export function findExcessiveNesting(text: string, limit = MAX_DEPTH): Location | null {
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const content = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (flow === 0) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) > content) indents.pop();
      if (indents.length === 0 || (indents.at(-1) ?? 0) < content) indents.push(content);
      const dashes = /^(- +)*/.exec(line.slice(content))?.[0].split('-').length ?? 1;
      if (indents.length + dashes - 1 > limit) return { line: i + 1, column: content + 1 };
    }
    let quote: string | null = null;
    for (let c = content; c < line.length; c++) {
      const ch = line[c];
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") {
        // A quote only opens a quoted scalar at the start of a token.
        if (c === 0 || /[\s[{,:]/.test(line[c - 1] ?? '')) quote = ch;
      } else if (ch === '#' && (c === 0 || /\s/.test(line[c - 1] ?? ''))) {
        break;
      } else if (ch === '[' || ch === '{') {
        flow++;
        if (indents.length + flow > limit) return { line: i + 1, column: c + 1 };
      } else if ((ch === ']' || ch === '}') && flow > 0) {
        flow--;
      }
    }
  }
  return null;
}
