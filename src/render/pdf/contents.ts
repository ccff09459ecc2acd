// The contents page's numbers, without printing the body twice (see
// numberContents). Page numbers are read from the body as Chromium printed it,
// so forced breaks, unsplittable rows and repeated table headers all count.
import { PDFDocument } from 'pdf-lib';
import { destinationPages } from './destinations.js';
import { pageHtml, type BodyParts } from './document.js';
import { replacePageDrawings } from './patch.js';
import type { PrintOptions, PrintPage } from './print.js';
import { tocHeadings, tocHtml } from './toc.js';

export const COVER_PLACEHOLDER = '<div class="cover-placeholder"></div>';

/**
 * Given the body printed once with a blank page-number column, reads where
 * each contents heading landed, prints the contents alone with those numbers
 * and swaps its drawing into the body's contents pages. Returns why the
 * contents stay unnumbered, or null: a contents page is no reason to lose the
 * proposal, so a failure here leaves the blank column and a warning.
 */
export async function numberContents(
  printer: PrintPage,
  doc: PDFDocument,
  parts: BodyParts,
  options: PrintOptions,
): Promise<string | null> {
  const entries = tocHeadings(parts.headings);
  const pages = destinationPages(doc, entries.map((h) => h.id));
  const missing = entries.filter((h) => !pages.has(h.id));
  if (missing.length > 0) return `no page found for ${missing.length} of ${entries.length} headings (first: "${missing[0]?.text ?? ''}")`;
  if (pages.size === 0) return null;
  const numbered = await printer.print(pageHtml(parts.head, `${COVER_PLACEHOLDER}\n${tocHtml(parts.headings, pages)}`), {
    ...options,
    totalPages: doc.getPageCount(),
  });
  const contents = await PDFDocument.load(numbered, { updateMetadata: false });
  // The first section opens on the page right after the contents, in both prints.
  const tocPages = contents.getPageCount() - 1;
  const firstSection = Math.min(...pages.values());
  if (firstSection !== tocPages + 2) return `the numbered contents take ${tocPages} pages, the blank ones ${firstSection - 2}`;
  replacePageDrawings(doc, contents, 1, tocPages);
  return null;
}
