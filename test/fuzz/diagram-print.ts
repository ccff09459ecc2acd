// The print size of the diagrams in a built proposal: every word on a page
// that holds a figure prints at 6 pt or more. Sizes are read back from the
// PDF as the print-size test reads them (test/render/pdf/print-size.test.ts):
// calibrated on the body text, corrected for the scale Chromium printed at.
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { FALLBACK_RATIO, FALLBACK_SCRIPT } from '../../src/render/images/print-fit.js';
import { printScale } from '../../src/render/pdf/scale.js';
import { bodyHeight, printedWords } from '../render/pdf/word-sizes.js';

/** The floor the issue sets for every label on paper. */
export const MIN_DIAGRAM_PT = 6;
/** The stylesheet's body size (src/render/pdf/style.ts). */
const BODY_PT = 9.5;

/** Words on figure pages printed under the floor, as `p<page> <size> pt "<word>"`; a reading problem is reported as one entry. */
export async function smallDiagramWords(pdf: string): Promise<string[]> {
  const words = printedWords(pdf);
  const scale = printScale(await PDFDocument.load(readFileSync(pdf)), 1);
  if (scale === null) return ['the print scale of page 2 could not be read'];
  const perPoint = bodyHeight(words) / (BODY_PT * scale);
  // Inter's ascent plus descent is a little over one em: anything else means the body text was not found.
  if (!(perPoint > 1 && perPoint < 1.3)) return [`body text not found (box height per point ${perPoint.toFixed(3)})`];
  // A page holds a figure when its caption ("Figure 3.") is printed on it.
  const figurePages = new Set<number>();
  words.forEach((word, i) => {
    if (word.text === 'Figure' && /^\d+\.$/.test(words[i + 1]?.text ?? '') && words[i + 1]?.page === word.page) figurePages.add(word.page);
  });
  return (
    words
      .filter((w) => figurePages.has(w.page))
      // A Hebrew or Arabic word is set in a fallback font whose box stands about 4 % shorter
      // than Inter's at the same size (seed 8156: 5.89 pt beside Latin labels of 6.12 pt, all
      // one font size in the SVG): its size is read from its box accordingly.
      .map((w) => ({ ...w, points: Math.round(((w.height / perPoint) * 100) / (FALLBACK_SCRIPT.test(w.text) ? FALLBACK_RATIO : 1)) / 100 }))
      .filter((w) => w.points < MIN_DIAGRAM_PT)
      .map((w) => `p${w.page} ${w.points} pt "${w.text}"`)
  );
}
