// Assembles the body HTML: a placeholder for the cover (so page numbers count
// it), the contents, the proposal, then the other five documents as appendices.
import type { Model } from '../../model/types.js';
import { present } from '../../present/index.js';
import type { DocumentTree } from '../document/tree.js';
import { APPENDIX_ORDER, type DiagramImage, type DiagramSource } from '../types.js';
import { PROPOSAL_TITLE } from './cover.js';
import { escapeHtml } from './escape.js';
import { documentHtml, type Heading, type HtmlContext } from './html.js';
import { PAPER, type PaperSize } from './paper.js';
import { bodyCss } from './style.js';

export const PROPOSAL_DOCUMENT = 'enterprise-architecture-proposal';

export { APPENDIX_ORDER };

export interface BodyParts {
  readonly head: string;
  /** Everything after the contents. */
  readonly sections: string;
  readonly headings: readonly Heading[];
}

/** The proposal, then the five documents, then the sections lifted out of them (Sources), then any further document (the draft's author notes). */
function ordered(documents: readonly DocumentTree[], lifted: readonly DocumentTree[]): { proposal: DocumentTree; appendices: DocumentTree[] } {
  const proposal = documents.find((d) => d.name === PROPOSAL_DOCUMENT);
  if (!proposal) throw new Error(`the PDF needs the ${PROPOSAL_DOCUMENT} document`);
  const known = APPENDIX_ORDER.flatMap((name) => documents.filter((d) => d.name === name));
  // Any further document still goes in, after the known ones, in the order given.
  const extra = documents.filter((d) => d !== proposal && !known.includes(d));
  return { proposal, appendices: [...known, ...lifted, ...extra] };
}

/** Top-level sections marked as appendices, taken out of their documents to close the PDF as appendices of their own. */
function liftAppendices(documents: readonly DocumentTree[]): { documents: DocumentTree[]; lifted: DocumentTree[] } {
  const lifted: DocumentTree[] = [];
  const kept = documents.map((doc) => {
    const children = doc.children.filter((node) => {
      if (node.type !== 'section' || node.appendix !== true) return true;
      lifted.push({ name: `${doc.name}-${lifted.length + 1}`, title: node.title, children: node.children });
      return false;
    });
    return children.length === doc.children.length ? doc : { ...doc, children };
  });
  return { documents: kept, lifted };
}

function appendixLetter(index: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + index);
}

/** Keywords for the PDF metadata: industry, platform, compliance, pattern. */
export function keywords(model: Model): string[] {
  const { client, scenario } = model.spec;
  const p = present(model);
  return [client.industry, p.platform, p.pattern.name, ...(scenario.compliance ?? [])].filter((k): k is string => typeof k === 'string' && k !== '');
}

export function bodyParts(
  model: Model,
  documents: readonly DocumentTree[],
  diagrams: readonly DiagramSource[],
  images: readonly DiagramImage[] | null,
  paper: PaperSize = PAPER.a4,
): BodyParts {
  const ctx: HtmlContext = { diagrams, images, headings: [], paper, figures: new Map(), counter: 0 };
  const { documents: bound, lifted } = liftAppendices(documents);
  const { proposal, appendices } = ordered(bound, lifted);
  const parts = [`<section class="doc">${documentHtml(proposal, ctx)}</section>`];
  appendices.forEach((doc, i) => {
    const title = `Appendix ${appendixLetter(i)} — ${doc.title}`;
    parts.push(`<section class="doc appendix">${documentHtml(doc, ctx, { title })}</section>`);
  });
  const { client, scenario } = model.spec;
  // Chromium writes <title> into the PDF Info dictionary; the rest is set afterwards.
  const head = `<meta charset="utf-8">
<title>${escapeHtml(`${PROPOSAL_TITLE} — ${client.name}`)}</title>
<meta name="author" content="${escapeHtml(client.preparedBy ?? client.name)}">
<meta name="description" content="${escapeHtml(scenario.useCase)}">
<meta name="keywords" content="${escapeHtml(keywords(model).join(', '))}">
<style>${bodyCss(paper)}</style>`;
  return { head, sections: parts.join('\n'), headings: ctx.headings };
}

export function pageHtml(head: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head>${head}</head><body>${body}</body></html>`;
}
