// Reads the printed size of every word of a PDF from poppler's word boxes
// (`pdftotext -bbox`). A box's height is the font's ascent plus descent, a
// fixed multiple of the point size for one font family; the multiple is taken
// from the body text, whose size the stylesheet sets.
import { execFileSync } from 'node:child_process';

export interface PrintedWord {
  readonly page: number;
  readonly text: string;
  /** Box height in points. */
  readonly height: number;
}

const WORD = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/;

export function printedWords(path: string): PrintedWord[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: PrintedWord[] = [];
  let page = 0;
  for (const line of xhtml.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match = WORD.exec(line);
    if (match === null) continue;
    const height = Number(match[2]) - Number(match[1]);
    if (height > 0) words.push({ page, text: match[3] ?? '', height });
  }
  return words;
}

/** The commonest box height: the body text's, in a document that is mostly prose. */
export function bodyHeight(words: readonly PrintedWord[]): number {
  const counts = new Map<number, number>();
  for (const w of words) {
    const key = Math.round(w.height * 100) / 100;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [height, count] of counts) {
    if (count > bestCount) [best, bestCount] = [height, count];
  }
  return best;
}
