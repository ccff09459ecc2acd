// Reads the document outline Chromium writes with `outline: true` (one
// bookmark per heading, each pointing at the page it landed on). This is the
// page-number source for the contents: it is the real print layout, so forced
// breaks, unsplittable rows and repeated table headers are all accounted for.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export interface OutlineEntry {
  readonly title: string;
  /** 1-based page number. */
  readonly page: number;
}

function title(dict: PDFDict): string {
  const value = dict.lookup(PDFName.of('Title'));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText().replace(/\s+/g, ' ').trim() : '';
}

/** Every bookmark in document order (depth first), with its page. */
export async function readOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map<string, number>();
  doc.getPages().forEach((page, i) => pageOf.set(page.ref.toString(), i + 1));
  const entries: OutlineEntry[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: unknown): void => {
    let node = first instanceof PDFDict ? first : undefined;
    while (node !== undefined && !seen.has(node)) {
      seen.add(node);
      const dest = node.lookup(PDFName.of('Dest'));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
      if (page !== undefined) entries.push({ title: title(node), page });
      walk(node.lookup(PDFName.of('First')));
      const next = node.lookup(PDFName.of('Next'));
      node = next instanceof PDFDict ? next : undefined;
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')));
  return entries;
}

/**
 * Page of each heading id, matching headings to bookmarks by title in
 * document order. Throws when a heading has no bookmark: a contents page with
 * a wrong number is worse than a failed build.
 */
export function headingPages(
  headings: readonly { readonly id: string; readonly text: string }[],
  outline: readonly OutlineEntry[],
): Map<string, number> {
  const pages = new Map<string, number>();
  let cursor = 0;
  for (const heading of headings) {
    let found = -1;
    for (let i = cursor; i < outline.length; i += 1) {
      if (outline[i]?.title === heading.text) {
        found = i;
        break;
      }
    }
    const entry = outline[found];
    if (entry === undefined) throw new Error(`no page found for the heading "${heading.text}"`);
    pages.set(heading.id, entry.page);
    cursor = found + 1;
  }
  return pages;
}
