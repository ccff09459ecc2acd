// Whether a table can print within the text column. Chromium prints the whole
// document smaller when anything is wider than its page (every page, down to
// half size), so a table whose unbreakable runs add up to more than the column
// (a long link in a cell, amounts in the trillions, which right-aligned
// columns never wrap) is marked to wrap anywhere instead (style.ts,
// table.squeeze). Tables that fit keep the browser's usual column widths.
import { textWidth } from '../pptx/measure.js';
import { MARGIN, type PaperSize } from './paper.js';

/** The table text size (style.ts), in pt. */
const FONT_PT = 8.3;
/**
 * Inter sets about 6 % wider than Helvetica, whose metrics the measure has;
 * a little over that. (At 1.15 the five examples' 24-month tables, which print
 * at 100 %, were taken for too wide.)
 */
const INTER_OVER_HELVETICA = 1.08;
/** A cell's left and right padding (style.ts: 2.2 mm each). */
const PADDING_MM = 4.4;
const MM_PER_INCH = 25.4;

const mm = (value: string): number => Number.parseFloat(value);

/** The width of the body's text column on this paper. */
export function textColumnMm(paper: PaperSize): number {
  return paper.widthMm - mm(MARGIN.left) - mm(MARGIN.right);
}

/** The narrowest a cell prints: its longest run without a space, or all of it when it never wraps. */
function cellMinMm(text: string, wraps: boolean, bold: boolean): number {
  const runs = wraps ? text.split(/\s+/) : [text];
  const longest = Math.max(0, ...runs.map((run) => textWidth(run, { fontSize: FONT_PT, bold })));
  return longest * MM_PER_INCH * INTER_OVER_HELVETICA + PADDING_MM;
}

/**
 * True when the table's narrowest layout is wider than the text column.
 * `columns[i]` holds column i's cell texts, header first; `wraps[i]` is false
 * for a column that never wraps (right-aligned figures).
 */
export function overflowsColumn(columns: readonly (readonly string[])[], wraps: readonly boolean[], paper: PaperSize): boolean {
  // The header row (first) is set bold.
  const width = columns.reduce((sum, cells, i) => sum + Math.max(0, ...cells.map((cell, row) => cellMinMm(cell, wraps[i] ?? true, row === 0))), 0);
  return width > textColumnMm(paper);
}
