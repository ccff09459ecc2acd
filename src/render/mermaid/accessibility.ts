// Every diagram's source names itself for assistive technology: Mermaid's
// `accTitle` and `accDescr` become the SVG's <title> and <desc>, and the same
// words are the alt text of its picture in the PDF and the deck (describe.ts).
import { cleanText } from './escape.js';

/** Longest accessible description kept: a dozen names and the sentence around them fit well within it. */
export const MAX_DESCRIPTION_LENGTH = 1500;

// Mermaid reads an `acc…:` value to the end of its line, but it scans the
// whole source for `%%{…}%%` directives and `#…;` entity codes first, and
// strips markup from the value. Each character that could take part in one of
// those becomes an entity code, which Mermaid turns back into the character
// in the SVG.
const CODES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '%': '#37;',
  '&': '#38;',
  ':': '#58;',
  ';': '#59;',
  '<': '#lt;',
  '>': '#gt;',
};

/** One line of plain text, as the diagrams' alt text and Mermaid's accessibility fields both carry it. */
export function accessibleText(value: string): string {
  return cleanText(value, MAX_DESCRIPTION_LENGTH);
}

/** Text safe as the value of an `accTitle:` or `accDescr:` line. */
export function accValue(value: string): string {
  return accessibleText(value).replace(/[#%&:;<>]/g, (char) => CODES[char] ?? '');
}

/** The source with `accTitle`/`accDescr` lines after its first line, the diagram type. */
export function withAccessibility(source: string, title: string, description: string | undefined): string {
  const newline = source.indexOf('\n');
  const head = newline === -1 ? source : source.slice(0, newline);
  const rest = newline === -1 ? '' : source.slice(newline);
  const lines = [`  accTitle: ${accValue(title)}`];
  if (description !== undefined && accessibleText(description) !== '') lines.push(`  accDescr: ${accValue(description)}`);
  return `${head}\n${lines.join('\n')}${rest}`;
}
