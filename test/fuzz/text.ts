// Text arbitraries for spec strings: plain words, mixed scripts with the
// characters Mermaid, HTML, XML and markdown treat specially, and text filled
// to the field's maximum length. Lengths count code points, as the schema does,
// and cuts never split a surrogate pair.
import fc from 'fast-check';

const WORDS = [
  'Data',
  'platform',
  'gateway',
  'Claims',
  'review',
  'service',
  'model',
  'Search',
  'audit',
  'store',
  'North',
  'queue',
  'Ledger',
  'portal',
  'index',
];
export const ACCENTS = ['Élodie', 'Ñúñez', 'Çağrı', 'Øresund', 'Żółć', 'façade', 'Müller-Lüdenscheidt', 'Ångström', 'crème brûlée', 'Đặng Thị Ngọc'];
export const CJK = ['東京海上', '数据平台', '서울 데이터', 'データ基盤', '人工知能', '客服助手'];
export const EMOJI = ['🚀', '👩‍💻', '🇫🇷', '✅', '🧠', '💶', '🏦'];
export const RTL = ['مرحبا بالعالم', 'שלום עולם', 'بنك الخليج', 'ממשל', 'ذكاء اصطناعي'];
/** Characters and runs with a meaning in Mermaid, HTML, XML or markdown. */
export const SPECIAL = [
  '"',
  '<',
  '>',
  '&',
  '#',
  '%%',
  '-->',
  '|',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '`',
  '*',
  '_',
  '<b>x</b>',
  '&amp;',
  ']]>',
  '<!--',
  "'",
  ': ',
  ' #x',
  '~~',
  '$',
  '&#x41;',
  ';',
  '(',
  ')',
  '@',
  '==>',
  '---',
];

const word = fc.constantFrom(...WORDS);
const fragment = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(...ACCENTS) },
  { weight: 1, arbitrary: fc.constantFrom(...CJK) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
);

/** At most `max` code points, never cutting a pair; at least one. */
export function cut(text: string, max: number): string {
  const points = Array.from(text);
  const kept = points.slice(0, Math.max(1, max)).join('');
  return kept.length === 0 ? 'x' : kept;
}

function joinFragments(parts: readonly string[], separators: readonly string[]): string {
  return parts.map((p, i) => (i === 0 ? p : `${separators[i % separators.length] ?? ' '}${p}`)).join('');
}

const separators = fc.array(fc.constantFrom(' ', ' ', ' ', '', ' - ', ', '), { minLength: 1, maxLength: 4 });

/** Fills exactly `max` code points by repeating fragments. */
function filled(max: number): fc.Arbitrary<string> {
  return fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 6 }), separators).map(([parts, seps]) => {
    let text = joinFragments(parts, seps);
    while (Array.from(text).length < max) text += ` ${text}`;
    return Array.from(text).slice(0, max).join('');
  });
}

export interface TextOptions {
  /** Paragraph fields may hold line breaks. */
  readonly multiline?: boolean;
}

/** A spec string of 1..max code points. */
export function text(max: number, options: TextOptions = {}): fc.Arbitrary<string> {
  const plain = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const mixed = fc
    .tuple(fc.array(fragment, { minLength: 1, maxLength: 8 }), separators)
    .map(([parts, seps]) => joinFragments(parts, options.multiline ? [...seps, '\n'] : seps));
  return fc.oneof({ weight: 4, arbitrary: plain }, { weight: 4, arbitrary: mixed }, { weight: 1, arbitrary: filled(max) }).map((t) => cut(t, max));
}

/** Unique spec strings (for uniqueItems arrays). */
export function uniqueTexts(max: number, maxCount: number, minCount = 0): fc.Arbitrary<string[]> {
  return fc.uniqueArray(text(max), { minLength: minCount, maxLength: maxCount });
}
