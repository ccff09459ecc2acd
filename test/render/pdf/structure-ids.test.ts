// A build reuses its print page from spec to spec. Chromium names a tagged
// PDF's structure elements after DOM node ids, which count on for as long as
// the page's renderer lives; renumberStructureIds makes the printed bytes the
// same in a fresh page and in a reused one.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { PAPER } from '../../../src/render/pdf/paper.js';
import { loadPdf, savePdf } from '../../../src/render/pdf/pdf-bytes.js';
import { openPrintPage } from '../../../src/render/pdf/print.js';
import { renumberStructureIds } from '../../../src/render/pdf/structure-ids.js';
import { openTestSession } from './helpers.js';

/** A structure tree whose ids start at `first`, with a table cell pointing at its header, and an outline titled like an id. */
async function tagged(first: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const { context } = doc;
  const id = (n: number): PDFString => PDFString.of(`node${String(first + n).padStart(8, '0')}`);
  const header = context.register(context.obj({ Type: 'StructElem', S: 'TH', ID: id(0) }));
  const cell = context.register(context.obj({ Type: 'StructElem', S: 'TD', ID: id(7), A: [{ O: 'Table', Headers: [id(0)] }] }));
  const idTree = context.obj({ Names: [id(0), header, id(7), cell], Limits: [id(0), id(7)] });
  doc.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: [header, cell], IDTree: idTree })));
  doc.catalog.set(PDFName.of('Outlines'), context.register(context.obj({ Title: PDFString.of('node00000042') })));
  return doc;
}

describe('renumberStructureIds', () => {
  it('replaces each id by its rank, everywhere the structure names it, and nothing else', async () => {
    const doc = await tagged(4000);
    renumberStructureIds(doc);
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const idTree = root.lookup(PDFName.of('IDTree'), PDFDict);
    const strings = (array: PDFArray): string[] => array.asArray().flatMap((o) => (o instanceof PDFString ? [o.asString()] : []));
    expect(strings(idTree.lookup(PDFName.of('Names'), PDFArray))).toEqual(['node00000001', 'node00000002']);
    expect(strings(idTree.lookup(PDFName.of('Limits'), PDFArray))).toEqual(['node00000001', 'node00000002']);
    const [header, cell] = root
      .lookup(PDFName.of('K'), PDFArray)
      .asArray()
      .map((ref) => doc.context.lookup(ref, PDFDict));
    expect(header?.get(PDFName.of('ID'))?.toString()).toBe('(node00000001)');
    expect(cell?.get(PDFName.of('ID'))?.toString()).toBe('(node00000002)');
    const attributes = cell?.lookup(PDFName.of('A'), PDFArray).lookup(0, PDFDict);
    expect(strings(attributes?.lookup(PDFName.of('Headers'), PDFArray) ?? PDFArray.withContext(doc.context))).toEqual(['node00000001']);
    expect(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('Title'))?.toString()).toBe('(node00000042)');
  });

  it('gives the same bytes whatever the ids started at', async () => {
    const [low, high] = [await tagged(232), await tagged(31614)];
    expect(Buffer.from(await savePdf(low)).equals(Buffer.from(await savePdf(high)))).toBe(false);
    renumberStructureIds(low);
    renumberStructureIds(high);
    expect(Buffer.from(await savePdf(low)).equals(Buffer.from(await savePdf(high)))).toBe(true);
  });
});

describe('a reused print page', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openTestSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  const html = (title: string): string =>
    `<!doctype html><meta charset="utf-8"><h1>${title}</h1><table><thead><tr><th>Service</th><th>Cost</th></tr></thead><tbody><tr><td>Gateway</td><td>12</td></tr></tbody></table>`;
  const options = { paper: PAPER.a4, client: 'Client', title: 'Proposal', outline: true };

  it('prints a document with the same bytes as a fresh page once its structure ids are renumbered', async () => {
    const fresh = await openPrintPage(session);
    const reused = await openPrintPage(session);
    try {
      await reused.print(html('An earlier proposal'), options);
      const [a, b] = [await fresh.print(html('Proposal'), options), await reused.print(html('Proposal'), options)];
      const [docA, docB] = [await loadPdf(a), await loadPdf(b)];
      // Chromium stamps the clock; the proposal's metadata step overwrites it (metadata.ts).
      for (const doc of [docA, docB]) {
        doc.setCreationDate(new Date(0));
        doc.setModificationDate(new Date(0));
      }
      // What this guards against: the same document, other ids.
      expect(Buffer.from(await savePdf(docA)).equals(Buffer.from(await savePdf(docB)))).toBe(false);
      renumberStructureIds(docA);
      renumberStructureIds(docB);
      expect(Buffer.from(await savePdf(docA)).equals(Buffer.from(await savePdf(docB)))).toBe(true);
    } finally {
      await Promise.all([fresh.close(), reused.close()]);
    }
  }, 60_000);
});
