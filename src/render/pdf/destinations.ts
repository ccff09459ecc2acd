// Where each heading landed in the printed PDF, read from the named
// destinations Chromium writes for every element a link points at. Every
// contents entry links to its heading's id (h1, h2, …, chosen by us), so the
// key is our own id, never text Chromium laid out: a heading that wraps, mixes
// scripts or holds markup characters is found like any other.
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from 'pdf-lib';

/** Page numbers (1-based) of the ids that have a destination. */
export function destinationPages(doc: PDFDocument, ids: readonly string[]): Map<string, number> {
  const pageOf = new Map<string, number>();
  doc.getPages().forEach((page, i) => pageOf.set(page.ref.toString(), i + 1));
  const named = namedDestinations(doc);
  const pages = new Map<string, number>();
  for (const id of ids) {
    const page = targetPage(named.get(id), pageOf);
    if (page !== undefined) pages.set(id, page);
  }
  return pages;
}

function targetPage(dest: PDFObject | undefined, pageOf: ReadonlyMap<string, number>): number | undefined {
  // A destination is [page /XYZ left top zoom], or a dictionary holding it under /D.
  const array = dest instanceof PDFDict ? dest.lookup(PDFName.of('D')) : dest;
  const target = array instanceof PDFArray ? array.get(0) : undefined;
  return target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
}

const text = (key: PDFObject | undefined): string | undefined =>
  key instanceof PDFName ? key.decodeText() : key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : undefined;

/** Both forms PDF allows: the catalog's /Dests dictionary (what Chromium writes) and the /Names /Dests name tree. */
function namedDestinations(doc: PDFDocument): Map<string, PDFObject> {
  const found = new Map<string, PDFObject>();
  const context = doc.context;
  const resolve = (value: PDFObject | undefined): PDFObject | undefined => (value instanceof PDFRef ? context.lookup(value) : value);
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) {
      const resolved = resolve(value);
      if (resolved !== undefined) found.set(key.decodeText(), resolved);
    }
  }
  const names = doc.catalog.lookup(PDFName.of('Names'));
  const seen = new Set<PDFDict>();
  const walk = (node: PDFObject | undefined): void => {
    if (!(node instanceof PDFDict) || seen.has(node)) return;
    seen.add(node);
    const pairs = node.lookup(PDFName.of('Names'));
    if (pairs instanceof PDFArray) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const key = text(resolve(pairs.get(i)));
        const value = resolve(pairs.get(i + 1));
        if (key !== undefined && value !== undefined && !found.has(key)) found.set(key, value);
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i += 1) walk(resolve(kids.get(i)));
  };
  if (names instanceof PDFDict) walk(resolve(names.get(PDFName.of('Dests'))));
  return found;
}
