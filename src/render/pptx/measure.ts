// How wide deck text is, from the font's own metrics. The deck sets Arial,
// whose advance widths match Helvetica's glyph for glyph (Arial was drawn
// metric-compatible with it, as Liberation Sans is with Arial), so the Adobe
// Helvetica metrics that ship with pdf-lib measure what PowerPoint and
// LibreOffice lay out. Kerning is left out: neither applies it at these sizes
// unless asked, and without it a line only measures wider, never narrower.
import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';

type Face = 'regular' | 'bold';

const fonts = new Map<Face, Font>();
const widths = new Map<string, number>();

function font(face: Face): Font {
  let loaded = fonts.get(face);
  if (loaded === undefined) {
    loaded = Font.load(face === 'bold' ? FontNames.HelveticaBold : FontNames.Helvetica);
    fonts.set(face, loaded);
  }
  return loaded;
}

// Scripts set about one em wide per character (CJK, Hangul, kana, full-width forms, emoji).
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
// Marks that combine with the character before them and take no width of their own.
const COMBINING = /\p{M}/u;

/** Width of glyphs Helvetica has; a generous stand-in for the rest. */
function glyphWidth(char: string, face: Face): number {
  const key = `${face}${char}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  let width: number;
  const code = char.codePointAt(0) ?? 0;
  if (COMBINING.test(char)) width = 0;
  else if (Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)) width = font(face).getWidthOfGlyph(Encodings.WinAnsi.encodeUnicodeCodePoint(code).name) ?? 600;
  else if (WIDE.test(char)) width = 1000;
  else {
    // An accented letter outside WinAnsi (ő, ł, ș) is as wide as its base letter.
    const base = Array.from(char.normalize('NFD'))[0] ?? char;
    const baseCode = base.codePointAt(0) ?? 0;
    width =
      base !== char && Encodings.WinAnsi.canEncodeUnicodeCodePoint(baseCode)
        ? (font(face).getWidthOfGlyph(Encodings.WinAnsi.encodeUnicodeCodePoint(baseCode).name) ?? 600)
        : // Greek, Cyrillic, Hebrew, Arabic and the like: wider than most Latin letters.
          650;
  }
  widths.set(key, width);
  return width;
}

/** True when some character is not in Arial's Latin set, so a fallback font (often taller) draws it. */
export function needsFallbackFont(text: string): boolean {
  for (const char of text) {
    if (COMBINING.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    if (Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)) continue;
    const base = Array.from(char.normalize('NFD'))[0] ?? char;
    if (base !== char && Encodings.WinAnsi.canEncodeUnicodeCodePoint(base.codePointAt(0) ?? 0)) continue;
    return true;
  }
  return false;
}

export interface TextStyle {
  readonly fontSize: number;
  readonly bold?: boolean;
  /** Extra space after each character, in points (pptxgenjs `charSpacing`). */
  readonly charSpacing?: number;
}

/** Width of one line of text, in inches. */
export function textWidth(text: string, style: TextStyle): number {
  const face: Face = style.bold === true ? 'bold' : 'regular';
  let units = 0;
  let count = 0;
  for (const char of text) {
    units += glyphWidth(char, face);
    count++;
  }
  return (units / 1000) * (style.fontSize / 72) + (count * (style.charSpacing ?? 0)) / 72;
}

/**
 * The lines a text box of width `width` (inches) breaks `text` into: greedy, at
 * spaces, as PowerPoint does; a word wider than the box is broken between
 * characters, as PowerPoint does too.
 */
export function wrapLines(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', style);
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ').filter((w) => w.length > 0)) {
    const wordWidth = textWidth(word, style);
    if (line.length > 0 && lineWidth + space + wordWidth <= width) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line.length > 0) lines.push(line);
    if (wordWidth <= width) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // A word longer than the line: as many characters as fit, then the rest.
    line = '';
    lineWidth = 0;
    for (const char of word) {
      const w = textWidth(char, style);
      if (line.length > 0 && lineWidth + w > width) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      line += char;
      lineWidth += w;
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}
