// The contents page's numbers, normally without printing the body twice (see
// numberContents). Page numbers are read from the body as Chromium printed it,
// so forced breaks, unsplittable rows and repeated table headers all count.
import type { PDFDocument } from 'pdf-lib';
import { destinationPages } from './destinations.js';
import { pageHtml, type BodyParts } from './document.js';
import { loadPdf } from './pdf-bytes.js';
import { replacePageDrawings } from './patch.js';
import type { PrintOptions, PrintPage } from './print.js';
import { printScale } from './scale.js';
import { tocHeadings, tocHtml } from './toc.js';

export const COVER_PLACEHOLDER = '<div class="cover-placeholder"></div>';

export interface NumberedBody {
  /** The body with its contents numbered (the same document, patched, or a second print). */
  readonly doc: PDFDocument;
  /** Why the contents stay unnumbered, or null when they have their numbers. */
  readonly unnumbered: string | null;
}

/** The whole body as printed: cover placeholder, contents (numbered or blank), sections. */
export function bodyHtml(parts: BodyParts, pages: ReadonlyMap<string, number> | null): string {
  return pageHtml(parts.head, `${COVER_PLACEHOLDER}\n${tocHtml(parts.headings, pages)}\n${parts.sections}`);
}

/**
 * Given the body printed once with a blank page-number column, reads where
 * each contents heading landed and numbers the contents.
 *
 * Usually the contents are printed alone, at the scale Chromium printed the
 * body at, and their drawing is swapped into the body's contents pages: the
 * number column has a fixed width, so they lay out exactly like the blank
 * ones. If the part printed alone still comes out different (another page
 * count or scale), the whole body is printed once more with the numbers in
 * place: in the same document a number takes the blank's room, so no heading
 * moves, which is checked before that print is used. A contents page is no
 * reason to lose the proposal: if even that fails, the blank column stays and
 * the reason is returned for a warning.
 */
export async function numberContents(printer: PrintPage, doc: PDFDocument, parts: BodyParts, options: PrintOptions): Promise<NumberedBody> {
  const entries = tocHeadings(parts.headings);
  const ids = entries.map((h) => h.id);
  const pages = destinationPages(doc, ids);
  const missing = entries.filter((h) => !pages.has(h.id));
  if (missing.length > 0) {
    return { doc, unnumbered: `no page found for ${missing.length} of ${entries.length} headings (first: "${missing[0]?.text ?? ''}")` };
  }
  if (pages.size === 0) return { doc, unnumbered: null };

  // The first section opens on the page right after the contents.
  const tocPages = Math.min(...pages.values()) - 2;
  const scale = printScale(doc, 1);
  const numbered = await printer.print(pageHtml(parts.head, `${COVER_PLACEHOLDER}\n${tocHtml(parts.headings, pages)}`), {
    ...options,
    totalPages: doc.getPageCount(),
    ...(scale === null ? {} : { scale }),
  });
  const contents = await loadPdf(numbered);
  if (scale !== null && contents.getPageCount() - 1 === tocPages && printScale(contents, 1) === scale) {
    replacePageDrawings(doc, contents, 1, tocPages);
    return { doc, unnumbered: null };
  }

  const again = await loadPdf(await printer.print(bodyHtml(parts, pages), { ...options, outline: true }));
  const landed = destinationPages(again, ids);
  const moved = entries.find((h) => landed.get(h.id) !== pages.get(h.id));
  if (again.getPageCount() !== doc.getPageCount() || moved !== undefined) {
    return { doc, unnumbered: `the numbered contents moved "${moved?.text ?? 'the last page'}" to another page` };
  }
  return { doc: again, unnumbered: null };
}
