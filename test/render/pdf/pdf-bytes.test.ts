// Loading and saving a proposal-sized PDF runs straight through: pdf-lib's
// defaults wait on a timer every 100 objects read and every 50 written.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPdf, savePdf } from '../../../src/render/pdf/pdf-bytes.js';

/** A PDF of 40 pages with a few thousand objects, as a printed proposal has. */
async function manyObjects(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let page = 0; page < 40; page++) {
    const p = doc.addPage();
    for (let line = 0; line < 20; line++) p.drawText(`page ${page} line ${line}`, { x: 40, y: 800 - line * 20, size: 9, font });
    for (let k = 0; k < 60; k++) doc.context.register(doc.context.obj({ Page: page, K: k }));
  }
  return doc.save({ useObjectStreams: false });
}

describe('pdf-lib without pauses', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loads and saves without waiting on a timer, where the defaults wait on dozens', async () => {
    const bytes = await manyObjects();
    const timers = vi.spyOn(globalThis, 'setTimeout');

    const doc = await loadPdf(bytes);
    const saved = await savePdf(doc);
    expect(timers).not.toHaveBeenCalled();
    expect((await loadPdf(saved)).getPageCount()).toBe(40);

    // The same work with pdf-lib's defaults, so this test knows what it guards against.
    await (await PDFDocument.load(bytes, { updateMetadata: false })).save({ useObjectStreams: false });
    expect(timers.mock.calls.length).toBeGreaterThan(20);
  });
});
