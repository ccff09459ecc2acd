// The table of contents. Page numbers come from a first print of the same
// HTML (see index.ts); that pass uses a placeholder in the fixed-width number
// column, so the TOC wraps identically in both passes and no page moves.
import type { Heading } from './html.js';

/** Deepest heading level listed in the contents. */
export const TOC_DEPTH = 2;

export function tocHeadings(headings: readonly Heading[]): Heading[] {
  return headings.filter((h) => h.depth <= TOC_DEPTH);
}

export function tocHtml(headings: readonly Heading[], pages: ReadonlyMap<string, number> | null): string {
  const entries = tocHeadings(headings).map((h) => {
    const page = pages?.get(h.id);
    const number = page === undefined ? '0' : String(page);
    return `<div class="toc-entry level-${h.depth}"><a class="toc-text" href="#${h.id}">${h.html}</a><span class="toc-leader"></span><span class="toc-page">${number}</span></div>`;
  });
  return `<section class="doc toc"><div class="toc-title">Contents</div>\n${entries.join('\n')}\n</section>`;
}
