// The contents page's numbers are the pages the headings really landed on,
// for specs that broke the old way of finding them (matching Chromium's
// bookmark titles): a wrapped appendix title, and procedure names mixing
// scripts and markup characters; and for a proposal Chromium prints shrunk,
// which made the contents printed alone wrap onto another page count. When no page can be found, the proposal
// still prints, with an unnumbered contents.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import type { PdfRenderer } from '../../../src/compile/browser-stage.js';
import { compile } from '../../../src/compile/index.js';
import { prepareSpec, type PreparedSpec } from '../../../src/compile/prepare.js';
import { renderDiagramImages } from '../../../src/render/images/index.js';
import { bodyHtml, COVER_PLACEHOLDER, numberContents } from '../../../src/render/pdf/contents.js';
import { bodyParts, pageHtml } from '../../../src/render/pdf/document.js';
import { renderProposalPdf } from '../../../src/render/pdf/index.js';
import { PAPER } from '../../../src/render/pdf/paper.js';
import { openPrintPage } from '../../../src/render/pdf/print.js';
import { printScale } from '../../../src/render/pdf/scale.js';
import { tocHeadings, tocHtml } from '../../../src/render/pdf/toc.js';
import type { DiagramImage } from '../../../src/render/types.js';
import { contentsNumbers, openTestSession, pagesText, pdftotext, qpdfCheck, squash, writeTemp } from './helpers.js';

let session: BrowserSession;

beforeAll(async () => {
  session = await openTestSession();
});

afterAll(async () => {
  await session?.close();
});

/** A fixture through the spec loader, as `aiarch build` reads it. */
/** A regression fixture by name, or the reference spec (the only one whose contents fill two pages). */
const fixture = (name: string): string =>
  fileURLToPath(new URL(name === 'northwind-health' ? '../../../specs/northwind-health.yaml' : `../../fixtures/regression/${name}.yaml`, import.meta.url));

function prepared(name: string): PreparedSpec {
  const file = fixture(name);
  const result = prepareSpec(`${name}.yaml`, readFileSync(file));
  if (!result.ok) throw new Error(`${name}.yaml does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result;
}

const trees = (spec: PreparedSpec) => spec.documents.map((d) => d.tree);

async function proposal(spec: PreparedSpec, images: DiagramImage[] | null) {
  const input = { model: spec.model, documents: trees(spec), diagrams: spec.diagrams, images, paper: 'a4' as const };
  const rendered = await renderProposalPdf(session, input);
  const entries = tocHeadings(bodyParts(spec.model, trees(spec), spec.diagrams, images).headings);
  return { ...rendered, path: writeTemp(rendered.bytes), entries };
}

/** Each contents entry's number is a page that carries that heading, and the numbers never go back. */
function expectNumbersMatchHeadings(path: string, entries: readonly { readonly text: string }[]): void {
  const numbers = contentsNumbers(path);
  const pages = pagesText(path);
  expect(numbers).toHaveLength(entries.length);
  let previous = 0;
  entries.forEach((entry, i) => {
    const page = numbers[i] ?? 0;
    expect(page, entry.text).toBeGreaterThanOrEqual(previous);
    // Squashed: a heading that wraps prints on two lines.
    expect(squash(pages[page - 1] ?? ''), `"${entry.text}" on page ${page}`).toContain(squash(entry.text));
    previous = page;
  });
}

describe('contents page numbers', () => {
  it('number the 20-line Pine Dental spec, whose appendix title wraps', async () => {
    const spec = prepared('pine-dental');
    const pdf = await proposal(spec, await renderDiagramImages(session, spec.diagrams));
    expect(pdf.unnumbered).toBeNull();
    expect(qpdfCheck(pdf.path).status).toBe(0);
    expectNumbersMatchHeadings(pdf.path, pdf.entries);
    // The appendix heading really wraps: its title is split over two lines where it is printed.
    const entry = pdf.entries.findIndex((h) => h.text === 'Appendix D — Enterprise AI Deployment Strategy');
    const page = contentsNumbers(pdf.path)[entry] ?? 0;
    const lines = pdftotext(pdf.path, page).split('\n');
    expect(lines).toContain('Appendix D — Enterprise AI Deployment');
    expect(lines).not.toContain('Appendix D — Enterprise AI Deployment Strategy');
  });

  it('number a spec whose names mix scripts and markup characters', async () => {
    const pdf = await proposal(prepared('mixed-scripts'), null);
    expect(pdf.unnumbered).toBeNull();
    expect(qpdfCheck(pdf.path).status).toBe(0);
    expectNumbersMatchHeadings(pdf.path, pdf.entries);
    expect(pdftotext(pdf.path)).toContain('Procedure 5: Ré-démarrage <GPU> &');
  });

  it('number a proposal Chromium shrinks to fit a wide table, from one print of the contents at the same scale', async () => {
    const spec = prepared('wide-table');
    // Tables and words now wrap rather than overflow (table-width.ts), so the overflow the
    // shrinking needs is made here: a block wider than A4, as a future layout bug might leave.
    const made = bodyParts(spec.model, trees(spec), spec.diagrams, null);
    const parts = { ...made, sections: `${made.sections}\n<div style="width: 260mm; height: 2mm"></div>` };
    const printer = await openPrintPage(session);
    try {
      const options = { paper: PAPER.a4, client: spec.model.spec.client.name, title: 'Proposal' };
      const doc = await PDFDocument.load(await printer.print(bodyHtml(parts, null), { ...options, outline: true }));
      const bodyScale = printScale(doc, 2);
      expect(bodyScale).toBeLessThan(0.9);
      // The cost of numbering: one print of the contents, not another of the whole body.
      const printed: string[] = [];
      const counting = { ...printer, print: (html: string, o: typeof options) => (printed.push(html), printer.print(html, o)) };
      const numbered = await numberContents(counting, doc, parts, options);
      expect(numbered.unnumbered).toBeNull();
      expect(printed).toHaveLength(1);
      expect(printed[0]).not.toContain(parts.sections);
      const path = writeTemp(await numbered.doc.save());
      expect(qpdfCheck(path).status).toBe(0);
      expectNumbersMatchHeadings(path, tocHeadings(parts.headings));
      // The contents page is drawn at the body's scale, under the links placed for it.
      expect(printScale(numbered.doc, 1)).toBe(bodyScale);
    } finally {
      await printer.close();
    }
  });

  it('number the body printed again when the contents alone cannot match it', async () => {
    const spec = prepared('pine-dental');
    const parts = bodyParts(spec.model, trees(spec), spec.diagrams, null);
    const printer = await openPrintPage(session);
    try {
      const options = { paper: PAPER.a4, client: spec.model.spec.client.name, title: 'Proposal' };
      const doc = await PDFDocument.load(await printer.print(bodyHtml(parts, null), { ...options, outline: true }));
      // A contents print that comes out one page longer than the body's contents.
      const padded = {
        ...printer,
        print: (html: string, o: typeof options) =>
          printer.print(html.includes(parts.sections) ? html : html.replace('</section>', '<div style="break-before: page">x</div></section>'), o),
      };
      const numbered = await numberContents(padded, doc, parts, options);
      expect(numbered.unnumbered).toBeNull();
      expect(numbered.doc).not.toBe(doc);
      expect(numbered.doc.getPageCount()).toBe(doc.getPageCount());
      const path = writeTemp(await numbered.doc.save());
      expect(qpdfCheck(path).status).toBe(0);
      expectNumbersMatchHeadings(path, tocHeadings(parts.headings));
    } finally {
      await printer.close();
    }
  });

  it('keep the links and the "page X of Y" footer of the contents pages', async () => {
    const pdf = await proposal(prepared('northwind-health'), null);
    const doc = await PDFDocument.load(pdf.bytes);
    const tocPages = (contentsNumbers(pdf.path)[0] ?? 0) - 2;
    expect(tocPages).toBeGreaterThan(1);
    const targets = new Set<string>();
    for (let i = 1; i <= tocPages; i += 1) {
      for (const annot of doc.getPage(i).node.Annots()?.asArray() ?? []) {
        const dest = doc.context.lookup(annot, PDFDict).get(PDFName.of('Dest'));
        if (dest instanceof PDFName) targets.add(dest.decodeText());
      }
      expect(pdftotext(pdf.path, i + 1)).toContain(`Page ${i + 1} of ${doc.getPageCount()}`);
    }
    expect([...targets].sort()).toEqual(pdf.entries.map((h) => h.id).sort());
  });

  it('are left out, with a reason, when the printed body has no destinations', async () => {
    const spec = prepared('pine-dental');
    const parts = bodyParts(spec.model, trees(spec), spec.diagrams, null);
    const printer = await openPrintPage(session);
    try {
      const options = { paper: PAPER.a4, client: spec.model.spec.client.name, title: 'Proposal' };
      const body = await printer.print(pageHtml(parts.head, `${COVER_PLACEHOLDER}\n${tocHtml(parts.headings, null)}\n${parts.sections}`), options);
      const doc = await PDFDocument.load(body);
      expect(doc.catalog.lookup(PDFName.of('Dests'))).toBeInstanceOf(PDFDict);
      doc.catalog.delete(PDFName.of('Dests'));
      const { unnumbered } = await numberContents(printer, doc, parts, options);
      expect(unnumbered).toMatch(/^no page found for \d+ of \d+ headings/);
      const path = writeTemp(await doc.save());
      expect(pdftotext(path, 2)).toContain('Enterprise AI Architecture Proposal');
      expect(contentsNumbers(path)).toEqual([]);
    } finally {
      await printer.close();
    }
  });

  it('are no reason to lose the build: the PDF is written with warning AIA503', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aiarch-unnumbered-'));
    const renderPdf: PdfRenderer = async (browser, input) => ({
      ...(await renderProposalPdf(browser, input)),
      unnumbered: 'no page found for 3 of 40 headings',
    });
    const result = await compile([fixture('pine-dental')], { out, formats: ['pdf'], cache: false, renderPdf });
    const [spec] = result.specs;
    expect(spec?.ok).toBe(true);
    expect(spec?.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['AIA503', 'warning']);
    expect(spec?.diagnostics.find((d) => d.code === 'AIA503')?.message).toContain('no page found for 3 of 40 headings');
    expect(existsSync(join(out, 'pine-dental', 'enterprise-architecture-proposal.pdf'))).toBe(true);
  });
});
