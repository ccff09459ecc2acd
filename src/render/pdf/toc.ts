// The table of contents. Page numbers come from the printed body (see
// index.ts), which leaves the fixed-width number column blank: the numbered
// contents wrap exactly like the blank ones, so no page moves when the numbers
// go in. Every entry links to its heading's id; those links are what make
// Chromium write the named destinations the page numbers are read from.
import type { Heading } from './html.js';

/** Deepest heading level listed in the contents. */
export const TOC_DEPTH = 2;

export function tocHeadings(headings: readonly Heading[]): Heading[] {
  return headings.filter((h) => h.depth <= TOC_DEPTH);
}

export function tocHtml(headings: readonly Heading[], pages: ReadonlyMap<string, number> | null): string {
  const entries = tocHeadings(headings).map((h) => {
    const page = pages?.get(h.id);
    // A no-break space keeps the blank column's line box the same as a digit's.
    const number = page === undefined ? '&nbsp;' : String(page);
    return `<div class="toc-entry level-${h.depth}"><a class="toc-text" href="#${h.id}">${h.html}</a><span class="toc-leader"></span><span class="toc-page">${number}</span></div>`;
  });
  return `<section class="doc toc"><div class="toc-title">Contents</div>\n${entries.join('\n')}\n</section>`;
}
