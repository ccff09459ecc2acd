// Text hygiene for the deck. pptxgenjs copies text into XML verbatim, so a
// character XML 1.0 forbids (C0/C1 controls, U+FFFE/U+FFFF, a lone surrogate)
// makes a part that PowerPoint and LibreOffice refuse to open.
import { emptyRecord } from '../../records.js';

// No `u` flag on purpose: surrogates must be seen as single code units.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what XML cannot carry; keeps tabs and newlines. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** Clean text on one line: every run of whitespace becomes one space. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** One line of at most `max` characters (code points), ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const points = Array.from(oneLine(text));
  if (points.length <= max) return points.join('');
  const cut = points.slice(0, Math.max(1, max - 1)).join('');
  // Cut at a word boundary when one is near, so a shortened line never ends mid-word.
  const space = cut.search(/\s\S*$/);
  const kept = space > 0 && space >= Math.floor(cut.length * 0.3) ? cut.slice(0, space) : cut;
  return `${kept.trimEnd().replace(/[,;:.·–—-]+$/u, '')}…`;
}

/** Escapes text for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A copy of a JSON-like value with every string cleaned, so no spec text can
 * reach the XML unfiltered, whichever slide shows it.
 */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out = emptyRecord<unknown>();
    for (const [key, item] of Object.entries(value)) out[key] = cleanDeep(item);
    return out as T;
  }
  return value;
}
