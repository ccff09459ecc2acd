// The scale Chromium printed a page at. When any page of a document overflows
// its width (a wide table, a long unbreakable value), Chromium lays the whole
// document out wider and shrinks every page to fit, up to 1/2. A part printed
// alone (the numbered contents) must be printed at that same scale or it wraps
// differently; the scale is read back from the page's drawing, where Chromium
// writes it as the transform of its first two `cm` operators.
import { decodePDFRawStream, PDFArray, PDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';

/** A CSS px is 0.75 pt: the combined transform of a page printed at 100 %. */
const POINTS_PER_PX = 0.75;

const TRANSFORM = /(-?[\d.]+) 0 0 (-?[\d.]+) -?[\d.]+ -?[\d.]+ cm/g;

function drawing(doc: PDFDocument, index: number): string | null {
  const page = doc.getPage(index).node;
  const contents: PDFObject | undefined = page.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const parts: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) return null;
    parts.push(Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'));
  }
  return parts.join('\n');
}

/** The print scale of page `index` (0-based): 1 at 100 %, below 1 when Chromium shrank the document; null if unreadable. */
export function printScale(doc: PDFDocument, index: number): number | null {
  const text = drawing(doc, index);
  if (text === null) return null;
  const [outer, inner] = [...text.matchAll(TRANSFORM)];
  if (outer === undefined || inner === undefined) return null;
  const scale = Math.abs(Number(outer[1]) * Number(inner[1])) / POINTS_PER_PX;
  return Number.isFinite(scale) && scale > 0 ? Math.round(scale * 10_000) / 10_000 : null;
}
