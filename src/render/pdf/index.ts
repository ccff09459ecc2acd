// renderProposalPdf: the enterprise architecture proposal with the other five
// documents as appendices, printed in the build's one shared browser.
import type { BrowserSession } from '../../browser/session.js';
import type { Model } from '../../model/types.js';
import type { DocumentTree } from '../document/tree.js';
import type { DiagramImage, DiagramSource } from '../types.js';
import { PROPOSAL_TITLE, coverHtml } from './cover.js';
import { present } from '../../present/index.js';
import { bodyHtml, numberContents } from './contents.js';
import { bodyParts, keywords, pageHtml } from './document.js';
import { interFontFaces } from './fonts.js';
import { assemblePdf } from './metadata.js';
import { PAPER, type Paper } from './paper.js';
import { openPrintPage, type PrintPage } from './print.js';
import { loadPdf } from './pdf-bytes.js';
import { renumberStructureIds } from './structure-ids.js';

export { APPENDIX_ORDER } from './document.js';
export { DIAGRAM_NOT_RENDERED } from './html.js';
export { openPrintPage, UnsafePageError, type PrintPage } from './print.js';
export { openWarmPrintPage } from './warm-up.js';

export interface ProposalPdfInput {
  readonly model: Model;
  /** The proposal and the appendices as document trees. */
  readonly documents: readonly DocumentTree[];
  /** The diagram sources of this build; the documents' figures name them, and the images are found by the same name. */
  readonly diagrams: readonly DiagramSource[];
  readonly images: readonly DiagramImage[] | null;
  readonly paper: Paper;
  /** A --draft build: the running header says so on every page. */
  readonly draft?: boolean;
  /** The cover as printCover printed it for this model and paper, when a build printed it ahead (while the diagrams were laid out). */
  readonly cover?: Uint8Array;
}

export interface ProposalPdf {
  readonly bytes: Uint8Array;
  /** Why the contents page went out without page numbers; null when it has them. */
  readonly unnumbered: string | null;
}

/**
 * Prints the proposal in `printer` when given (a build's warm print page, left open
 * for the next spec), else in a page of its own, closed afterwards.
 */
export async function renderProposalPdf(session: BrowserSession, input: ProposalPdfInput, printer?: PrintPage): Promise<ProposalPdf> {
  if (printer !== undefined) return printProposal(printer, input);
  const own = await openPrintPage(session);
  try {
    return await printProposal(own, input);
  } finally {
    await own.close();
  }
}

/**
 * The cover page alone: full-bleed, without header and footer. It needs the
 * model only, not the diagrams, so a build prints it while they are laid out.
 */
export function printCover(printer: PrintPage, model: Model, paperName: Paper): Promise<Uint8Array> {
  const paper = PAPER[paperName];
  const cover = coverHtml(model, paper);
  const html = pageHtml(`<meta charset="utf-8"><style>${interFontFaces()}\n${cover.css}</style>`, cover.html);
  return printer.print(html, { paper, client: null, title: PROPOSAL_TITLE });
}

async function printProposal(printer: PrintPage, input: ProposalPdfInput): Promise<ProposalPdf> {
  const { model } = input;
  const paper = PAPER[input.paper];
  const client = model.spec.client.name;
  const parts = bodyParts(model, input.documents, input.diagrams, input.images, paper);
  const options = { paper, client, title: input.draft === true ? `DRAFT — not for distribution · ${PROPOSAL_TITLE}` : PROPOSAL_TITLE };
  const body = await printer.print(bodyHtml(parts, null), { ...options, outline: true });
  const { doc, unnumbered } = await numberContents(printer, await loadPdf(body), parts, options);
  const coverPdf = input.cover ?? (await printCover(printer, model, input.paper));
  // The print page may have printed other proposals before: its structure ids are made independent of that.
  renumberStructureIds(doc);
  const bytes = await assemblePdf(doc, coverPdf, {
    title: `${PROPOSAL_TITLE} — ${client}`,
    author: model.spec.client.preparedBy ?? client,
    subject: model.spec.scenario.useCase,
    keywords: keywords(model),
    date: present(model).stamp,
  });
  return { bytes, unnumbered };
}
