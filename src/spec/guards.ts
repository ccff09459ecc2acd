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
 * (plus compact `- ` markers), flow depth from unclosed brackets. Brackets count
 * only where a flow collection can start (a node's first character, or inside
 * flow); scalar text is skipped: quoted scalars (which may span lines), plain
 * values and block scalars (`|`, `>`) with the more-indented lines that
 * continue them. Such text cannot nest, so a name like "Phase [2" or a
 * paragraph full of brackets is not mistaken for depth.
 */
export function findExcessiveNesting(text: string, limit = MAX_DEPTH): Location | null {
  const indents: number[] = [];
  let flow = 0;
  /** The quote of a quoted scalar that continues on the next line. */
  let quote: string | null = null;
  /** Lines indented deeper than this continue a plain or block scalar. */
  let scalarOwner: number | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const content = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    let c = content;
    if (quote !== null) {
      const end = closeQuote(line, 0, quote);
      if (end < 0) continue;
      quote = null;
      c = end;
    } else {
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      if (flow === 0 && scalarOwner !== null && content > scalarOwner) continue;
      scalarOwner = null;
      if (flow === 0) {
        while (indents.length > 0 && (indents.at(-1) ?? 0) > content) indents.pop();
        if (indents.length === 0 || (indents.at(-1) ?? 0) < content) indents.push(content);
        const dashes = /^(- +)*/.exec(line.slice(content))?.[0].split('-').length ?? 1;
        if (indents.length + dashes - 1 > limit) return { line: i + 1, column: content + 1 };
      }
    }
    /** Column of the node whose scalar value a continuation line would extend. */
    let owner = content;
    while (c < line.length) {
      const ch = line[c] ?? '';
      if (ch === ' ' || ch === '\t') {
        c++;
        continue;
      }
      if (ch === '#' && (c === 0 || /\s/.test(line[c - 1] ?? ''))) break;
      if (ch === '[' || ch === '{') {
        flow++;
        if (indents.length + flow > limit) return { line: i + 1, column: c + 1 };
        c++;
        continue;
      }
      // In flow, a quote starts a scalar only at a token's start (not inside a plain word like it's).
      if ((ch === '"' || ch === "'") && (flow === 0 || c === 0 || /[\s[{,:]/.test(line[c - 1] ?? ''))) {
        const end = closeQuote(line, c + 1, ch);
        if (end < 0) {
          quote = ch;
          break;
        }
        c = end;
        continue;
      }
      if (flow > 0) {
        if ((ch === ']' || ch === '}') && flow > 0) flow--;
        c++;
        continue;
      }
      // Block context: ch starts a node (or is a key's `:`, or a marker).
      if (ch === ':' && /^[\s]?$/.test(line[c + 1] ?? '')) {
        c++;
        continue;
      }
      if ((ch === '-' || ch === '?') && /^[\s]?$/.test(line[c + 1] ?? '')) {
        owner = c;
        c++;
        continue;
      }
      if (ch === '|' || ch === '>') {
        scalarOwner = owner;
        break;
      }
      if (ch === '&' || ch === '!') {
        while (c < line.length && !/\s/.test(line[c] ?? '')) c++;
        continue;
      }
      if (ch === ']' || ch === '}') {
        c++;
        continue;
      }
      // A plain scalar: a key when `: ` follows on this line, else a value that later lines may continue.
      const colon = keyColon(line, c);
      if (colon >= 0) {
        owner = c;
        c = colon + 1;
        continue;
      }
      scalarOwner = owner;
      break;
    }
  }
  return null;
}

/** Index just after the quote that closes a scalar opened before `from`, or -1 when it goes on past this line. */
function closeQuote(line: string, from: number, quote: string): number {
  for (let c = from; c < line.length; c++) {
    const ch = line[c];
    if (quote === '"' && ch === '\\') {
      c++;
    } else if (ch === quote) {
      if (quote === "'" && line[c + 1] === "'") c++;
      else return c + 1;
    }
  }
  return -1;
}

/** Index of the `:` that ends a plain key starting at `from`, or -1 (a comment or the line end comes first). */
function keyColon(line: string, from: number): number {
  // Jumps from one `:` or `#` to the next: most of a spec's characters are plain text.
  let colon = line.indexOf(':', from);
  let hash = line.indexOf('#', from);
  while (colon >= 0 || hash >= 0) {
    if (hash >= 0 && (colon < 0 || hash < colon)) {
      if (/\s/.test(line[hash - 1] ?? '')) return -1;
      hash = line.indexOf('#', hash + 1);
    } else {
      if (/^[\s]?$/.test(line[colon + 1] ?? '')) return colon;
      colon = line.indexOf(':', colon + 1);
    }
  }
  return -1;
}
