// Final assembly of the PDF bytes: the full-bleed cover replaces the body's
// placeholder first page, and the Info dictionary is set from the spec.
// Chromium stamps /CreationDate and /ModDate from the clock and /Creator with
// its user agent; all are overwritten so a rebuild on any machine on any day
// gives the same metadata.
import type { PDFDocument } from 'pdf-lib';
import { loadPdf, savePdf } from './pdf-bytes.js';

export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly date: Date;
}

export const PRODUCER = 'aiarch';

export async function assemblePdf(doc: PDFDocument, cover: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const coverDoc = await loadPdf(cover);
  const [coverPage] = await doc.copyPages(coverDoc, [0]);
  if (coverPage === undefined) throw new Error('the cover printed no page');
  doc.removePage(0);
  doc.insertPage(0, coverPage);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([...meta.keywords]);
  doc.setCreator(PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return savePdf(doc);
}
