// Puts the numbered contents into the body PDF without printing the body
// again. The contents pages of both prints come from the same HTML, with the
// page-number column at a fixed width, so they lay out alike and only the
// digits differ: each body contents page takes the drawing (content stream
// and the resources it uses) of its numbered twin, and keeps its own links,
// bookmarks and structure.
import { PDFArray, PDFName, PDFObjectCopier, PDFRef, type PDFDocument } from 'pdf-lib';

const CONTENTS = PDFName.of('Contents');
const RESOURCES = PDFName.of('Resources');

/** Replaces what pages `first`..`first + count - 1` (0-based) of `target` draw with those pages of `source`. */
export function replacePageDrawings(target: PDFDocument, source: PDFDocument, first: number, count: number): void {
  const copier = PDFObjectCopier.for(source.context, target.context);
  for (let i = first; i < first + count; i += 1) {
    const from = source.getPage(i).node;
    const to = target.getPage(i).node;
    const contents = from.get(CONTENTS);
    const resources = from.Resources();
    if (contents === undefined || resources === undefined) throw new Error(`page ${i + 1} of the numbered contents is empty`);
    // The blank drawing is no longer used by any page: leave it out of the file.
    const old = to.get(CONTENTS);
    const stale = old instanceof PDFArray ? old.asArray() : [old];
    for (const ref of stale) if (ref instanceof PDFRef) target.context.delete(ref);
    to.set(CONTENTS, copier.copy(contents));
    to.set(RESOURCES, copier.copy(resources));
  }
}
