// The reference spec's proposal PDF, checked with poppler and qpdf the way a
// reader or a print shop would see it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { createFormatter } from '../../../src/format/numbers.js';
import { APPENDIX_ORDER, DIAGRAM_NOT_RENDERED, openWarmPrintPage, printCover, renderProposalPdf } from '../../../src/render/pdf/index.js';
import {
  type Inputs,
  flat,
  openTestSession,
  pageCount,
  pagesText,
  pdffonts,
  pdfinfo,
  pdfInputs,
  pdftotext,
  qpdfCheck,
  referenceSpec,
  squash,
  writeTemp,
} from './helpers.js';

let session: BrowserSession;
let inputs: Inputs;
let path: string;
let pdf: Uint8Array;

beforeAll(async () => {
  session = await openTestSession();
  inputs = await pdfInputs(session, referenceSpec());
  const rendered = await renderProposalPdf(session, inputs.input);
  expect(rendered.unnumbered).toBeNull();
  pdf = rendered.bytes;
  path = writeTemp(pdf);
});

afterAll(async () => {
  await session?.close();
});

// "Client Scenario" from "## Client Scenario", markdown escapes and emphasis removed.
function markdownHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^#{1,4} (.+)$/gm)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1').replace(/[*_`]/g, '').trim());
}

const doc = (name: string) => {
  const found = inputs.documents.find((d) => d.name === name);
  if (!found) throw new Error(`no ${name} document`);
  return found;
};

describe('the reference proposal PDF', () => {
  it('passes qpdf --check', () => {
    const result = qpdfCheck(path);
    expect(result.output).toContain('No syntax or stream encoding errors');
    expect(result.status).toBe(0);
  });

  it('embeds every font, and only the bundled ones', () => {
    const fonts = pdffonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.map((f) => f.name).filter((name) => !/^[A-Z]{6}\+(Inter-|KaTeX_)/.test(name))).toEqual([]);
  });

  it('prints every section heading of the proposal and each appendix title', () => {
    const text = flat(pdftotext(path));
    const headings = markdownHeadings(doc('enterprise-architecture-proposal').markdown);
    expect(headings.length).toBeGreaterThan(8);
    for (const heading of headings) expect(text).toContain(flat(heading));
    APPENDIX_ORDER.forEach((name, i) => {
      expect(text).toContain(`Appendix ${String.fromCharCode(65 + i)} — ${doc(name).title}`);
    });
  });

  it('closes with the price sources as an appendix of their own, after the cost model, in words', () => {
    const text = flat(pdftotext(path));
    const letter = String.fromCharCode(65 + APPENDIX_ORDER.length);
    const sources = text.lastIndexOf(`Appendix ${letter} — Sources`);
    expect(sources).toBeGreaterThan(text.lastIndexOf(`— ${doc('cost-model').title}`));
    expect(text.slice(sources)).toContain('published list price, on demand');
    expect(text).not.toMatch(/litellm|model_prices|@ [0-9a-f]{7,}/i);
  });

  it('prints the year-1 total exactly as the markdown does', () => {
    const total = createFormatter(inputs.model.currency).moneyWhole(inputs.model.year1.total);
    expect(doc('enterprise-architecture-proposal').markdown).toContain(total);
    expect(doc('cost-model').markdown).toContain(total);
    expect(pdftotext(path)).toContain(total);
  });

  it('numbers the contents with the pages the headings are really on', () => {
    const pages = pagesText(path);
    // "Title      12" in the layout text; header and footer lines are not entries.
    const entriesOn = (page: number) =>
      pdftotext(path, page, true)
        .split('\n')
        .filter((line) => !/Page \d+ of \d+/.test(line))
        .map((line) => /^(.*\S)\s{2,}(\d+)$/.exec(line.trim()))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ title: (m[1] ?? '').replace(/\s+/g, ' '), page: Number(m[2]) }));
    const first = entriesOn(2);
    const bodyStart = first[0]?.page ?? 0;
    expect(bodyStart).toBeGreaterThan(2);
    const entries = [first, ...Array.from({ length: bodyStart - 3 }, (_, i) => entriesOn(i + 3))].flat();
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.some((e) => e.title.startsWith('Appendix E — '))).toBe(true);
    let previous = 0;
    for (const entry of entries) {
      expect(entry.page, entry.title).toBeGreaterThanOrEqual(previous);
      previous = entry.page;
      const onPage = pages[entry.page - 1] ?? '';
      // The heading itself, not only a mention: a line of the page is the heading, or its
      // first part when the heading wraps (a long appendix title does on an unscaled page).
      const lines = onPage.split('\n').map((line) => line.trim());
      expect(
        lines.some((line, i) => line === entry.title || (line !== '' && `${line} ${lines[i + 1] ?? ''}` === entry.title)),
        `${entry.title} on page ${entry.page}`,
      ).toBe(true);
    }
    // The contents start right after the cover.
    expect(pages[1]).toContain('Contents');
  });

  it('puts the client and "page X of Y" on every page but the cover', () => {
    const pages = pagesText(path);
    const total = pageCount(path);
    expect(pages).toHaveLength(total);
    expect(pages[0]).not.toMatch(/Page \d+ of/);
    pages.slice(1).forEach((text, i) => {
      expect(text).toContain(`Page ${i + 2} of ${total}`);
      expect(text).toContain('Northwind Health');
    });
  });

  it('has a cover with client, title, use case, author and date', () => {
    const cover = flat(pdftotext(path, 1));
    for (const part of [
      'Northwind Health',
      'Enterprise AI Architecture Proposal',
      'Clinical note summarization and patient-message triage',
      'Priya Raman',
      '26 November 2026',
    ]) {
      expect(cover).toContain(part);
    }
  });

  it('draws the diagrams instead of printing Mermaid code', () => {
    const text = pdftotext(path);
    expect(text).not.toContain('Diagram not rendered');
    expect(text).not.toMatch(/flowchart (TB|LR|TD)|xychart-beta|gantt\s+dateFormat/);
    // Labels that exist only inside the SVGs: the chart titles Mermaid draws.
    expect(text).toContain('Weighted score out of 10');
    expect(text).toContain('Monthly cost in USD');
  });

  it('draws each diagram once, numbered, and refers back to it by number', () => {
    const text = flat(pdftotext(path));
    const captions = [...text.matchAll(/Figure (\d+)\. /g)].map((m) => Number(m[1]));
    expect(captions.length).toBeGreaterThan(3);
    expect(captions).toEqual(captions.map((_, i) => i + 1));
    const shown = new Set(inputs.input.diagrams.map((d) => d.title));
    for (const title of shown) expect(text.split(`. ${title}`).length - 1, title).toBeLessThanOrEqual(1);
    const references = [...text.matchAll(/See Figure (\d+): /g)].map((m) => Number(m[1]));
    expect(references.length).toBeGreaterThan(0);
    for (const n of references) expect(captions).toContain(n);
  });

  it('takes its metadata from the spec, dates included', () => {
    const info = pdfinfo(path);
    expect(info).toMatch(/^Title:\s+Enterprise AI Architecture Proposal — Northwind Health$/m);
    expect(info).toMatch(/^Author:\s+Priya Raman$/m);
    expect(info).toMatch(/^Subject:\s+Clinical note summarization and patient-message triage$/m);
    expect(info).toMatch(/^Keywords:.*HIPAA/m);
    expect(info).toMatch(/^CreationDate:\s+Thu Nov 26 00:00:00 2026 UTC$/m);
    expect(info).toMatch(/^ModDate:\s+Thu Nov 26 00:00:00 2026 UTC$/m);
    expect(info).toMatch(/^Page size:\s+595.92 x 841.92 pts \(A4\)$/m);
    expect(info).not.toMatch(/HeadlessChrome|Skia/);
  });

  it('gives the same text and page count when rebuilt', async () => {
    const again = writeTemp((await renderProposalPdf(session, inputs.input)).bytes);
    expect(pdftotext(again)).toBe(pdftotext(path));
    expect(pageCount(again)).toBe(pageCount(path));
    expect(readFileSync(again).equals(Buffer.from(pdf))).toBe(true);
  });

  it('gives the same bytes in a warmed-up print page, with its cover printed ahead, as a build prints it', async () => {
    const printer = await openWarmPrintPage(session, 'a4');
    try {
      const cover = await printCover(printer, inputs.model, 'a4');
      const ahead = await renderProposalPdf(session, { ...inputs.input, cover }, printer);
      expect(ahead.unnumbered).toBeNull();
      expect(Buffer.from(ahead.bytes).equals(Buffer.from(pdf))).toBe(true);
    } finally {
      await printer.close();
    }
  });

  it('prints on Letter and says how to get diagrams when none were rendered', async () => {
    const letter = writeTemp((await renderProposalPdf(session, { ...inputs.input, images: null, paper: 'letter' })).bytes);
    expect(pdfinfo(letter)).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
    const text = flat(pdftotext(letter));
    expect(squash(text)).toContain(squash(DIAGRAM_NOT_RENDERED.replace(/<\/?code>/g, '')));
    expect(text).not.toMatch(/flowchart (TB|LR|TD)|xychart-beta/);
    expect(qpdfCheck(letter).status).toBe(0);
  });

  it('used one page of the shared browser and refused nothing', () => {
    expect(session.blockedRequests).toEqual([]);
  });
});
