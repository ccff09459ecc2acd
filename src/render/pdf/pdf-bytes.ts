// pdf-lib, told not to pause. By default it yields to the event loop with a
// setTimeout every 100 objects it parses and every 50 it writes: a proposal
// has about 4,000 objects, so one load and one save waited on some 120 timers
// (a millisecond each at best, more on a busy machine) in the middle of the
// PDF stage, which is the longest stage of a build.
import { ParseSpeeds, PDFDocument } from 'pdf-lib';

export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
