// Reads the printed size of every word of a PDF from poppler's word boxes
// (`pdftotext -bbox`). A box's height is the font's ascent plus descent, a
// fixed multiple of the point size for one font family; the multiple is taken
// from the body text, whose size the stylesheet sets.
import { execFileSync } from 'node:child_process';
import { MARGIN } from '../../../src/render/pdf/paper.js';

export interface PrintedWord {
  readonly page: number;
  readonly text: string;
  /** Box height in points. */
  readonly height: number;
  /** Whether the word sits in the page's top or bottom margin: the running header and footer. */
  readonly margin: boolean;
}

const POINTS_PER_MM = 72 / 25.4;
const mm = (value: string): number => Number.parseFloat(value) * POINTS_PER_MM;

const PAGE = /<page width="[\d.]+" height="([\d.]+)">/;
const WORD = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/;

export function printedWords(path: string): PrintedWord[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: PrintedWord[] = [];
  let page = 0;
  let pageHeight = 0;
  const [top, bottom] = [mm(MARGIN.top), mm(MARGIN.bottom)];
  for (const line of xhtml.split('\n')) {
    const opened = PAGE.exec(line);
    if (opened !== null) {
      page += 1;
      pageHeight = Number(opened[1]);
    }
    const match = WORD.exec(line);
    if (match === null) continue;
    const [yMin, yMax] = [Number(match[1]), Number(match[2])];
    const height = yMax - yMin;
    if (height > 0) words.push({ page, text: match[3] ?? '', height, margin: yMax <= top || yMin >= pageHeight - bottom });
  }
  return words;
}

/**
 * The commonest box height inside the pages' text area: the body text's, in a
 * document that is mostly prose. The running header and footer are left out:
 * a generated client name of 130 words, repeated on every page, outnumbered
 * the body text (seed 8243).
 */
export function bodyHeight(words: readonly PrintedWord[]): number {
  const counts = new Map<number, number>();
  for (const w of words) {
    if (w.margin) continue;
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
