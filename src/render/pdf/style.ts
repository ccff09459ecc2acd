// The print stylesheet: a consulting-proposal look (clear heading hierarchy,
// navy/teal accents, zebra tables, callouts) rather than a browser printout.
// Inter is the only family anywhere, code included, so no system font is ever
// chosen as a fallback and every glyph in the PDF comes from the bundled files.
import { figureCss } from './figure.js';
import { FONT_STACK, interFontFaces } from './fonts.js';
import type { PaperSize } from './paper.js';

export const INK = '#1f2937';
export const NAVY = '#0b2545';
export const ACCENT = '#13837a';
export const MUTED = '#6b7280';

const BODY = `
* { font-family: ${FONT_STACK}; box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* A word longer than its line breaks rather than push the page wider (Chromium would shrink every page to fit it). */
body { margin: 0; color: ${INK}; font-size: 9.5pt; line-height: 1.5; font-weight: 400; overflow-wrap: break-word; }
p { margin: 0 0 2.4mm; orphans: 3; widows: 3; }
strong { font-weight: 600; }
a { color: ${ACCENT}; text-decoration: none; }

h1, h2, h3, h4, h5, h6, .toc-title { color: ${NAVY}; line-height: 1.25; break-after: avoid; break-inside: avoid; }
h1, .toc-title { font-size: 21pt; font-weight: 700; margin: 0 0 6mm; padding-bottom: 3mm;
  border-bottom: 1.2mm solid ${ACCENT}; letter-spacing: -0.01em; }
h2 { font-size: 13.5pt; font-weight: 700; margin: 7mm 0 2.5mm; padding-top: 2mm;
  border-top: 0.3mm solid #d5dce6; }
h1 + h2 { border-top: none; margin-top: 0; padding-top: 0; }
h3 { font-size: 11pt; font-weight: 600; margin: 5mm 0 2mm; color: ${ACCENT}; }
.byline { margin: 0 0 1.2mm; font-size: 10pt; font-weight: 600; color: #475569; }
h4, h5, h6 { font-size: 9.5pt; font-weight: 600; margin: 4mm 0 1.5mm; }

ul, ol { margin: 0 0 2.8mm; padding-left: 6mm; }
li { margin: 0 0 1mm; }
li > ul, li > ol { margin-top: 1mm; }
ul { list-style: none; }
ul > li { position: relative; }
ul > li::before { content: ''; position: absolute; left: -4mm; top: 0.62em; width: 1.4mm; height: 1.4mm;
  background: ${ACCENT}; border-radius: 50%; }
ul > li:has(> .checkbox)::before { display: none; }
.checkbox { display: inline-block; width: 3mm; height: 3mm; margin: 0 1.5mm -0.4mm -5mm;
  border: 0.3mm solid ${NAVY}; border-radius: 0.5mm; }
.checkbox.checked { background: ${ACCENT}; border-color: ${ACCENT}; }

table { width: 100%; border-collapse: collapse; margin: 1mm 0 4mm; font-size: 8.3pt; line-height: 1.35; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: ${NAVY}; color: #fff; font-weight: 600; text-align: left; padding: 1.8mm 2.2mm;
  vertical-align: bottom; }
td { font-variant-numeric: tabular-nums; padding: 1.5mm 2.2mm; border-bottom: 0.25mm solid #dde3ea; vertical-align: top; }
tbody tr:nth-child(even) td { background: #f2f5f9; }
th[align="right"], td[align="right"] { text-align: right; white-space: nowrap; }
th[align="center"], td[align="center"] { text-align: center; }
/* A table too wide for the column (table-width.ts) wraps anywhere rather than shrink every page of the PDF. */
table.squeeze th, table.squeeze td { overflow-wrap: anywhere; white-space: normal; }

blockquote { margin: 3mm 0 4mm; padding: 3mm 4mm; background: #eef7f6; border-left: 1.2mm solid ${ACCENT};
  border-radius: 0 1.5mm 1.5mm 0; break-inside: avoid; }
blockquote p:last-child { margin-bottom: 0; }
code { font-size: 0.92em; background: #eef1f5; padding: 0.2mm 1mm; border-radius: 0.8mm; color: ${NAVY}; }
pre { background: #f4f6f9; border: 0.25mm solid #dde3ea; padding: 3mm; white-space: pre-wrap;
  word-break: break-word; font-size: 8pt; break-inside: avoid; }
pre code { background: none; padding: 0; }
/* Sections already open with a ruled h2; a second rule from the markdown's --- would double it. */
hr { border: none; margin: 3mm 0 0; }
p.raw { white-space: pre-wrap; }

figure.diagram { margin: 3mm 0 5mm; padding: 4mm; border: 0.25mm solid #dde3ea; border-radius: 1.5mm;
  break-inside: avoid; text-align: center; }
/* A sentence that introduces a diagram, a list or a table ("Potential Causes:") travels with it to the next page. */
p:has(+ figure.diagram), p:has(+ ol), p:has(+ ul), p:has(+ table) { break-after: avoid; }
/* ...unless the figure fills a page on its own (figure.ts, fillsPage): then both would leave the sentence alone on a page. */
p:has(+ figure.diagram.full) { break-after: auto; }
/* A figure with the headings and sentence that introduce it (html.ts): one page, never split. */
.figure-group { break-inside: avoid; }
figure.diagram svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
figure.diagram svg text, figure.diagram svg tspan { font-family: ${FONT_STACK} !important; }
figcaption { margin-top: 2.5mm; font-size: 8pt; color: ${MUTED}; font-weight: 600; letter-spacing: 0.02em; }
.figure-ref { color: ${MUTED}; }
.note { padding: 3mm 4mm; border: 0.3mm dashed #b7c2d0; border-radius: 1.5mm; color: ${MUTED}; background: #fafbfc; }

.cover-placeholder { height: 10mm; break-after: page; }
section.doc { break-before: page; }

.toc-entry { display: flex; align-items: baseline; margin: 0; break-inside: avoid; }
.toc-entry a { color: inherit; }
.toc-entry .toc-text { flex: 0 1 auto; }
/* Raised by a relative offset, not a transform: with a transform, prints under load now and then left one block of
   the dots out of the PDF's bytes (the same pixels, different files). */
.toc-entry .toc-leader { flex: 1 1 auto; margin: 0 2mm; border-bottom: 0.35mm dotted #aab4c3; min-width: 6mm;
  position: relative; top: -0.8mm; }
.toc-entry .toc-page { flex: 0 0 12mm; text-align: right; font-variant-numeric: tabular-nums; }
.toc-entry.level-1 { font-weight: 600; color: ${NAVY}; font-size: 10.5pt; margin-top: 4mm; }
.toc-entry.level-2 { padding-left: 6mm; font-size: 9.3pt; margin-top: 1mm; }
`;

/** The whole stylesheet of the body pages. */
export function bodyCss(paper: PaperSize): string {
  return `${interFontFaces()}\n${BODY}\n${figureCss(paper)}`;
}
