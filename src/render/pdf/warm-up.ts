// A fresh print page's first print costs about half a second more CPU than
// the same print later in the page's life: Chromium decodes the inline fonts,
// sets up its PDF writer, the tagged structure and the header and footer, and
// V8 and Blink run those paths for the first time. A build warms a new print
// page with a one-page document that takes the same paths as the body (the
// stylesheet and fonts, a contents link to a heading, a table, an inline SVG,
// running header and footer, tags and bookmarks) while the print page would
// otherwise wait for the diagrams, so the body print no longer pays it.
// Nothing from any spec goes in, and the printed bytes are dropped.
import type { BrowserSession } from '../../browser/session.js';
import { pageHtml } from './document.js';
import { PAPER, type Paper, type PaperSize } from './paper.js';
import { openPrintPage, type PrintPage } from './print.js';
import { bodyCss } from './style.js';
import { tocHtml } from './toc.js';

function warmUpHtml(paper: PaperSize): string {
  const heading = { id: 'h1', depth: 1, text: 'Warm-up', html: 'Warm-up' };
  const body = `${tocHtml([heading], new Map([[heading.id, 2]]))}
<section class="doc"><h1 id="${heading.id}">Warm-up</h1>
<p><strong>Bold</strong>, <em>italic</em> and <code>code</code> → ✓</p>
<table><thead><tr><th>Item</th><th align="right">Cost</th></tr></thead><tbody><tr><td>One</td><td align="right">$1</td></tr></tbody></table>
<figure class="diagram"><svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect x="1" y="1" width="118" height="38" rx="4" fill="#eef7f6" stroke="#13837a"/><text x="10" y="24">Diagram</text></svg></figure>
</section>`;
  return pageHtml(`<meta charset="utf-8"><style>${bodyCss(paper)}</style>`, body);
}

/** Prints a throwaway page through the body's print paths (see above). */
export async function warmUpPrintPage(printer: PrintPage, paper: PaperSize): Promise<void> {
  await printer.print(warmUpHtml(paper), { paper, client: 'Warm-up', title: 'Warm-up', outline: true });
}

/** A print page for a build's many prints, warmed up before its first real one. */
export async function openWarmPrintPage(session: BrowserSession, paper: Paper): Promise<PrintPage> {
  const printer = await openPrintPage(session);
  try {
    await warmUpPrintPage(printer, PAPER[paper]);
  } catch (error) {
    await printer.close().catch(() => undefined);
    throw error;
  }
  return printer;
}
