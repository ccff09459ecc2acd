// Document tree → HTML for the PDF page. Block structure comes only from the
// tree; the text inside a node is inline markdown, rendered with marked's
// inline parser. That is the second wall: the documents already escape spec
// text, but marked passes raw HTML, any link scheme and images straight
// through, so those renderers are replaced here. Raw HTML is printed as text,
// only https links stay links, and no markdown image ever becomes an <img>
// (the only pictures are our own inline diagram SVGs, found by name).
import { Marked, type Tokens } from 'marked';
import type { DocumentTree, Inline, List, Node, Section, Table } from '../document/tree.js';
import type { DiagramImage, DiagramName, DiagramPrintImage, DiagramSource } from '../types.js';
import { escapeHtml } from './escape.js';
import { figureHtml, type Orientation, type Placement, placeFigure, printScale } from './figure.js';
import { type LeadPart, leadHeight } from './lead.js';
import { partShapes } from './part-pages.js';
import { PAPER, type PaperSize } from './paper.js';
import { overflowsColumn } from './table-width.js';

export interface Heading {
  readonly id: string;
  readonly depth: number;
  /** Safe inline HTML of the heading, for the table of contents. */
  readonly html: string;
  /** Plain text, for messages about the heading. */
  readonly text: string;
}

/** State shared by all documents of one PDF, so ids stay unique across them. */
export interface HtmlContext {
  readonly diagrams: readonly DiagramSource[];
  readonly images: readonly DiagramImage[] | null;
  readonly headings: Heading[];
  /** The paper the diagrams are fitted to (A4 when not given). */
  readonly paper?: PaperSize;
  /**
   * Figure numbers of the diagrams already drawn. The PDF binds six documents
   * that each show what they discuss; a diagram is drawn once, where it first
   * appears, and later mentions refer to its number.
   */
  readonly figures?: Map<DiagramName, number>;
  /** Figures printed besides the first of each diagram: the parts of one too dense to print whole. */
  partFigures?: number;
  counter: number;
}

export const DIAGRAM_NOT_RENDERED = 'Diagram not rendered: install Chromium (<code>npx aiarch doctor --fix</code>) and rebuild';

const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text content of safe inline HTML: tags removed, entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(ENTITY, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
      return NAMED[lower] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function isHttps(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

const INLINE = new Marked({ gfm: true, async: false }).use({
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    image: ({ raw }: Tokens.Image) => escapeHtml(raw),
    link(token: Tokens.Link) {
      // Relative links point at sibling markdown files, which the PDF carries as appendices.
      const inner = this.parser.parseInline(token.tokens);
      return isHttps(token.href) ? `<a href="${escapeHtml(token.href)}">${inner}</a>` : inner;
    },
  },
});

/** Safe HTML of one line of inline markdown. */
export function inlineHtml(text: Inline): string {
  return INLINE.parseInline(text, { async: false }) as string;
}

/** The class that gives a group the page its figure needs (figure.ts, figureCss). */
const PAGE_CLASS: Readonly<Record<Placement['orientation'], string>> = { portrait: 'portrait', landscape: 'wide', tall: 'tall' };

/** A block of the page: figures are placed last, once what introduces them is known. */
type Block =
  | { readonly kind: 'lead'; readonly html: string; readonly part: LeadPart }
  | {
      readonly kind: 'figure';
      readonly image: DiagramImage;
      readonly name: string;
      readonly html: (placement: Placement) => string;
      /** The page shape chosen for a part in a run of parts (part-pages.ts); it has nothing introducing it. */
      readonly shape?: Orientation;
    }
  | { readonly kind: 'other'; readonly html: string };

type FigureBlock = Extract<Block, { kind: 'figure' }>;

const other = (html: string): Block => ({ kind: 'other', html });

function figure(name: DiagramName, ctx: HtmlContext): Block[] {
  const source = ctx.diagrams.find((d) => d.name === name);
  const image = ctx.images?.find((i) => i.name === name);
  if (!source || !image) return [other(`<p class="note diagram-missing">${DIAGRAM_NOT_RENDERED}</p>`)];
  const shown = ctx.figures?.get(name);
  if (shown !== undefined) {
    return [other(`<p class="figure-ref">See <a href="#${figureId(shown)}">Figure ${shown}</a>: ${escapeHtml(source.title)}.</p>\n`)];
  }
  const paper = ctx.paper ?? PAPER.a4;
  const one = (shownSource: DiagramSource, shownImage: DiagramImage, first: boolean): FigureBlock & { number: number } => {
    if (!first && ctx.figures) ctx.partFigures = (ctx.partFigures ?? 0) + 1;
    const number = (ctx.figures?.size ?? 0) + (ctx.partFigures ?? 0) + (first ? 1 : 0);
    if (first) ctx.figures?.set(name, number);
    ctx.counter += 1;
    const prefix = `d${ctx.counter}`;
    const label = ctx.figures ? { number, id: figureId(number) } : undefined;
    const named = label === undefined ? escapeHtml(shownSource.title) : `Figure ${label.number}, ${escapeHtml(shownSource.title)},`;
    return {
      kind: 'figure',
      image: shownImage,
      name: named,
      number,
      html: (placement) => figureHtml(shownSource, shownImage, prefix, paper, label, placement),
    };
  };
  const [overview, ...parts] = image.print ?? [];
  if (overview === undefined) return [one(source, image, true)];
  // Too dense to print whole (src/render/images/print-fit.ts): an overview, a sentence on how to read the parts, then each part.
  const asFigure = (part: DiagramPrintImage): [DiagramSource, DiagramImage] => [
    { name, title: `${source.title}: ${part.title}`, source: '', description: part.description },
    { name, svg: part.svg, png: part.png, width: part.width, height: part.height },
  ];
  const first = one(...asFigure(overview), true);
  const rest = parts.map((part) => one(...asFigure(part), false));
  const ref = (block: { number: number }, word = 'Figure '): string => `<a href="#${figureId(block.number)}">${word}${block.number}</a>`;
  const [lead] = rest;
  const last = rest.at(-1);
  const title = escapeHtml(source.title.toLowerCase());
  const parted = lead === undefined || last === undefined ? '' : lead === last ? `${ref(lead)} draws` : `Figures ${ref(lead, '')} to ${ref(last, '')} draw`;
  const text =
    lead === undefined || last === undefined
      ? `The ${title} has too many connections to print legibly on one page. ${ref(first)} shows where each component runs; the calls between components are drawn in the reference architecture.`
      : name === 'network-architecture'
        ? `The ${title} has too many components to print legibly on one page. ${ref(first, 'Figures ')} to ${ref(last, '')} show where each component runs, area by area; the calls between components are drawn in the reference architecture.`
        : name === 'defense-in-depth'
          ? `The ${title} holds too many controls to print legibly as one drawing. ${ref(first)} shows its five layers and how many controls each holds; ${parted} every control, layer by layer.`
          : `The ${title} is too dense to print legibly as one drawing. ${ref(first)} shows its zones and how many calls run between them; ${parted} every component and call, part by part, with the components of other parts a part calls or is called by as dashed boxes.`;
  const note: Block = { kind: 'lead', html: `<p>${text}</p>\n`, part: { kind: 'paragraph', text: plainText(text) } };
  const [opening] = rest;
  if (opening === undefined) return [first, note];
  // The first part prints with the sentence above it (assemble); the others take the page shapes that print the run on fewest pages.
  const leadPx = leadHeight([note.part]);
  const placed = placeFigure(opening.image, paper, leadPx);
  const drawn = placed.maxHeight ?? opening.image.height * printScale(opening.image, paper, placed.orientation);
  const shapes = partShapes(
    rest.map((block) => block.image),
    paper,
    { orientation: placed.orientation, height: drawn + (placed.kept ? leadPx : 0) },
  );
  return [first, note, ...rest.map((block, i): Block => (i === 0 || shapes[i] === undefined ? block : { ...block, shape: shapes[i] }))];
}

const figureId = (number: number): string => `figure-${number}`;

function heading(depth: number, inner: string, ctx: HtmlContext, rule = false): Block {
  ctx.counter += 1;
  const id = `h${ctx.counter}`;
  const text = plainText(inner);
  ctx.headings.push({ id, depth, html: inner, text });
  return { kind: 'lead', html: `${rule ? '<hr>\n' : ''}<h${depth} id="${id}">${inner}</h${depth}>\n`, part: { kind: 'heading', depth, text, rule } };
}

function tableHtml(t: Table, paper: PaperSize): string {
  const cell = (tag: 'th' | 'td', html: string, i: number) => {
    const align = t.align[i] === 'right' ? ' align="right"' : '';
    return `<${tag}${align}>${html}</${tag}>\n`;
  };
  const headers = t.headers.map(inlineHtml);
  const rows = t.rows.map((r) => r.map(inlineHtml));
  const columns = headers.map((h, i) => [h, ...rows.map((r) => r[i] ?? '')].map(plainText));
  const squeeze = overflowsColumn(
    columns,
    headers.map((_, i) => t.align[i] !== 'right'),
    paper,
  );
  const head = `<tr>\n${headers.map((h, i) => cell('th', h, i)).join('')}</tr>\n`;
  const body = rows.map((r) => `<tr>\n${r.map((c, i) => cell('td', c, i)).join('')}</tr>\n`).join('');
  return `<table${squeeze ? ' class="squeeze"' : ''}>\n<thead>\n${head}</thead>\n<tbody>${body}</tbody></table>\n`;
}

function listHtml(l: List): string {
  const tag = l.kind === 'numbered' ? 'ol' : 'ul';
  const box = l.kind === 'checklist' ? '<span class="checkbox"></span> ' : '';
  const items = l.items.map((item) => `<li>${box}${inlineHtml(item.text)}${item.list ? `${listHtml(item.list)}` : ''}</li>\n`).join('');
  return `<${tag}>\n${items}</${tag}>\n`;
}

function sectionBlocks(s: Section, ctx: HtmlContext): Block[] {
  return [heading(s.level, inlineHtml(s.title), ctx, s.rule), ...s.children.flatMap((c) => nodeBlocks(c, ctx))];
}

function nodeBlocks(node: Node, ctx: HtmlContext): Block[] {
  switch (node.type) {
    case 'paragraph': {
      const inner = inlineHtml(node.text);
      return [{ kind: 'lead', html: `<p>${inner}</p>\n`, part: { kind: 'paragraph', text: plainText(inner) } }];
    }
    case 'table':
      return [other(tableHtml(node, ctx.paper ?? PAPER.a4))];
    case 'list':
      return [other(listHtml(node))];
    case 'byline':
      // The byline repeats the cover: it prints under the title, not as headings in the contents.
      return node.entries.map((e) => other(`<p class="byline">${escapeHtml(e.label)}: ${inlineHtml(e.value)}</p>\n`));
    case 'callout':
      return [other(`<blockquote>\n<p><strong>${escapeHtml(node.label)}:</strong> ${inlineHtml(node.text)}</p>\n</blockquote>\n`)];
    case 'figure':
      return figure(node.diagram, ctx);
    case 'code':
      return [other(`<pre><code>${escapeHtml(node.text)}</code></pre>\n`)];
    case 'section':
      return sectionBlocks(node, ctx);
  }
}

/**
 * Joins the blocks, wrapping each figure with what introduces it (the headings
 * right above it and at most one sentence after them) when they fit one page
 * together (figure.ts, placeFigure): the group never breaks, and a figure that
 * needs a page of another shape takes its headings onto that page.
 */
function assemble(blocks: readonly Block[], paper: PaperSize): string {
  const out: string[] = [];
  let lead: Extract<Block, { kind: 'lead' }>[] = [];
  const flush = (): void => {
    out.push(...lead.map((b) => b.html));
    lead = [];
  };
  for (const block of blocks) {
    if (block.kind === 'lead') {
      // Only headings, then one sentence: a second sentence, or a heading after the sentence, starts a new lead.
      if (lead.at(-1)?.part.kind === 'paragraph') flush();
      lead.push(block);
    } else if (block.kind === 'figure') {
      const placement: Placement =
        block.shape !== undefined && lead.length === 0
          ? { orientation: block.shape, maxHeight: null, kept: false }
          : placeFigure(block.image, paper, leadHeight(lead.map((b) => b.part)));
      // A figure too tall to share any page with its headings at a readable size leaves them a sentence saying where it is.
      const pointer = !placement.kept && lead.some((b) => b.part.kind === 'heading') ? `<p class="figure-ref">${block.name} follows.</p>\n` : '';
      const html = `${lead.map((b) => b.html).join('')}${pointer}${block.html(placement)}`;
      lead = [];
      out.push(placement.kept ? `<div class="figure-group ${PAGE_CLASS[placement.orientation]}">\n${html}</div>\n` : html);
    } else {
      flush();
      out.push(block.html);
    }
  }
  flush();
  return out.join('');
}

export interface DocumentHtmlOptions {
  /** Replaces the document's own title, e.g. "Appendix A — Cost Model". */
  readonly title?: string;
}

/** Renders one document tree; its headings are appended to ctx.headings. */
export function documentHtml(tree: DocumentTree, ctx: HtmlContext, options: DocumentHtmlOptions = {}): string {
  const title = heading(1, escapeHtml(options.title ?? tree.title), ctx);
  return assemble([title, ...tree.children.flatMap((n) => nodeBlocks(n, ctx))], ctx.paper ?? PAPER.a4);
}
