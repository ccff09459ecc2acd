// renderProposalPdf: the enterprise architecture proposal with the other five
// documents as appendices, printed in the build's one shared browser.
import type { BrowserSession } from '../../browser/session.js';
import type { Model } from '../../model/types.js';
import type { DiagramImage, DiagramSource, MarkdownDocument } from '../types.js';
import { PROPOSAL_TITLE, coverHtml } from './cover.js';
import { FALLBACK_DATE, specDate } from './dates.js';
import { bodyParts, keywords, pageHtml } from './document.js';
import { interFontFaces } from './fonts.js';
import { assemblePdf } from './metadata.js';
import { headingPages, readOutline } from './outline.js';
import { PAPER, type Paper } from './paper.js';
import { openPrintPage } from './print.js';
import { tocHtml } from './toc.js';

export { APPENDIX_ORDER } from './document.js';
export { DIAGRAM_NOT_RENDERED } from './html.js';
export { UnsafePageError } from './print.js';

export interface ProposalPdfInput {
  readonly model: Model;
  readonly documents: readonly MarkdownDocument[];
  /** The diagram sources the documents' mermaid fences were made from; fences are matched to images by this text. */
  readonly diagrams: readonly DiagramSource[];
  readonly images: readonly DiagramImage[] | null;
  readonly paper: Paper;
}

// Page numbers settle after the second print; a third is a safety net for a
// layout that shifts once the real numbers are in.
const MAX_PASSES = 3;

const sameMap = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

export async function renderProposalPdf(session: BrowserSession, input: ProposalPdfInput): Promise<Uint8Array> {
  const { model } = input;
  const paper = PAPER[input.paper];
  const client = model.spec.client.name;
  const parts = bodyParts(model, input.documents, input.diagrams, input.images);
  const located = parts.headings.filter((h) => h.text !== '');
  const body = (pages: ReadonlyMap<string, number> | null): string =>
    pageHtml(parts.head, `<div class="cover-placeholder"></div>\n${tocHtml(parts.headings, pages)}\n${parts.sections}`);

  const printer = await openPrintPage(session);
  try {
    const options = { paper, client, title: PROPOSAL_TITLE };
    let pages: Map<string, number> | null = null;
    let pdf = await printer.print(body(pages), options);
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      const found = headingPages(located, await readOutline(pdf));
      if (pages !== null && sameMap(found, pages)) break;
      if (pass === MAX_PASSES) throw new Error('the contents page numbers did not settle');
      pages = found;
      pdf = await printer.print(body(pages), options);
    }
    const cover = coverHtml(model, paper);
    const coverPdf = await printer.print(pageHtml(`<meta charset="utf-8"><style>${interFontFaces()}\n${cover.css}</style>`, cover.html), {
      ...options,
      client: null,
    });
    return await assemblePdf(pdf, coverPdf, {
      title: `${PROPOSAL_TITLE} — ${client}`,
      author: model.spec.client.preparedBy ?? client,
      subject: model.spec.scenario.useCase,
      keywords: keywords(model),
      date: specDate(model.spec.client.date) ?? FALLBACK_DATE,
    });
  } finally {
    await printer.close();
  }
}
