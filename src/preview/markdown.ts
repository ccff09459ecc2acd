// The six documents as HTML for the preview page. marked passes raw HTML and
// any link through (PITFALLS.md), so those renderers are replaced: raw HTML is
// printed as text, markdown images stay text, only https links and links to
// the other documents stay links, and a mermaid fence becomes a placeholder
// the page fills with that diagram's SVG.
import { Marked, type Tokens } from 'marked';
import { escapeHtml } from '../render/pdf/escape.js';
import type { DiagramSource, MarkdownDocument } from '../render/types.js';

function isHttps(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Anchor of a document's section on the page. */
export function documentAnchor(name: string): string {
  return `doc-${name}`;
}

const trimEnd = (text: string): string => text.replace(/\s+$/, '');

export function documentHtml(doc: MarkdownDocument, diagrams: readonly DiagramSource[], documents: readonly string[]): string {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html: ({ text, block }: Tokens.HTML | Tokens.Tag) => (block ? `<p class="raw">${escapeHtml(text.trim())}</p>\n` : escapeHtml(text)),
      image: ({ raw }: Tokens.Image) => escapeHtml(raw),
      link(token: Tokens.Link) {
        const inner = this.parser.parseInline(token.tokens);
        if (isHttps(token.href)) return `<a href="${escapeHtml(token.href)}" rel="noopener noreferrer">${inner}</a>`;
        // Documents link to each other as sibling files; on the page they are sections.
        const sibling = /^(?:\.\/)?([a-z0-9-]+)\.md(?:#.*)?$/.exec(token.href)?.[1];
        return sibling !== undefined && documents.includes(sibling) ? `<a href="#${documentAnchor(sibling)}">${inner}</a>` : inner;
      },
      code({ text, lang }: Tokens.Code) {
        if (lang === 'mermaid') {
          const source = diagrams.find((d) => trimEnd(d.source) === trimEnd(text));
          if (source)
            return `<figure class="doc-diagram" data-diagram="${escapeHtml(source.name)}"><figcaption>${escapeHtml(source.title)}</figcaption></figure>\n`;
        }
        return `<pre><code>${escapeHtml(text)}</code></pre>\n`;
      },
      checkbox: ({ checked }: Tokens.Checkbox) => `<input type="checkbox" disabled${checked ? ' checked' : ''}> `,
      heading(token: Tokens.Heading) {
        const depth = Math.min(token.depth + 1, 6);
        return `<h${depth}>${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
      },
    },
  });
  return marked.parse(doc.markdown, { async: false });
}
