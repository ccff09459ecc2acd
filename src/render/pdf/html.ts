// Markdown → HTML for the PDF page. The documents already escape spec text,
// but this is the second wall: marked passes raw HTML, any link scheme and
// images straight through, so those renderers are replaced here. Raw HTML is
// printed as text, only https links stay links, and no markdown image ever
// becomes an <img> (the only pictures are our own inline diagram SVGs).
import { Marked, type Tokens } from 'marked';
import type { DiagramImage, DiagramSource } from '../types.js';
import { escapeHtml } from './escape.js';
import { figureHtml } from './figure.js';
import { PAPER, type PaperSize } from './paper.js';

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

const trimEnd = (text: string): string => text.replace(/\s+$/, '');

function diagramHtml(text: string, ctx: HtmlContext): string {
  const source = ctx.diagrams.find((d) => trimEnd(d.source) === trimEnd(text));
  const image = source && ctx.images?.find((i) => i.name === source.name);
  if (!source || !image) return `<p class="note diagram-missing">${DIAGRAM_NOT_RENDERED}</p>`;
  ctx.counter += 1;
  return figureHtml(source, image, `d${ctx.counter}`, ctx.paper ?? PAPER.a4);
}

export interface DocumentHtmlOptions {
  /** Replaces the document's own first-level title, e.g. "Appendix A — Cost Model". */
  readonly title?: string;
}

const FRONT_MATTER = /^(Client|Prepared by|Date):/;

/** Renders one markdown document; its headings are appended to ctx.headings. */
export function documentHtml(markdown: string, ctx: HtmlContext, options: DocumentHtmlOptions = {}): string {
  let titleReplaced = false;
  const firstHeading = ctx.headings.length;
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html: ({ text, block }: Tokens.HTML | Tokens.Tag) => (block ? `<p class="raw">${escapeHtml(text.trim())}</p>\n` : escapeHtml(text)),
      image: ({ raw }: Tokens.Image) => escapeHtml(raw),
      link(token: Tokens.Link) {
        // Relative links point at sibling markdown files, which the PDF carries as appendices.
        const inner = this.parser.parseInline(token.tokens);
        return isHttps(token.href) ? `<a href="${escapeHtml(token.href)}">${inner}</a>` : inner;
      },
      code: ({ text, lang }: Tokens.Code) => (lang === 'mermaid' ? diagramHtml(text, ctx) : `<pre><code>${escapeHtml(text)}</code></pre>\n`),
      checkbox: ({ checked }: Tokens.Checkbox) => `<span class="checkbox${checked ? ' checked' : ''}"></span> `,
      heading(token: Tokens.Heading) {
        let inner = this.parser.parseInline(token.tokens);
        if (token.depth === 1 && options.title !== undefined && !titleReplaced) {
          titleReplaced = true;
          inner = escapeHtml(options.title);
        }
        // The proposal template's "Client: / Prepared by: / Date:" lines repeat the cover:
        // print them as a byline, not as headings of their own in the contents.
        if (token.depth === 2 && FRONT_MATTER.test(plainText(inner))) return `<p class="byline">${inner}</p>\n`;
        ctx.counter += 1;
        const id = `h${ctx.counter}`;
        ctx.headings.push({ id, depth: token.depth, html: inner, text: plainText(inner) });
        return `<h${token.depth} id="${id}">${inner}</h${token.depth}>\n`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  if (options.title !== undefined && !titleReplaced) {
    // A document without its own title still opens with the appendix heading.
    ctx.counter += 1;
    const id = `h${ctx.counter}`;
    const inner = escapeHtml(options.title);
    ctx.headings.splice(firstHeading, 0, { id, depth: 1, html: inner, text: plainText(inner) });
    return `<h1 id="${id}">${inner}</h1>\n${body}`;
  }
  return body;
}
