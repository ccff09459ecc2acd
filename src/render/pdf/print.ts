// HTML → PDF in one isolated page of the shared browser.
//
// Safety: JavaScript is off before any content is set, the content is set
// with setContent (never loaded from a file:// URL, so relative URLs have no
// origin to resolve against), the session's page refuses every request other
// than its own data: URLs, and after each load the page must still be
// about:blank with no child frame — otherwise printing stops.
//
// The contents' page numbers need the print layout, which only Chromium
// knows. Instead of measuring the page with scripts, they are read from the
// printed PDF (see destinations.ts). Our own `evaluate` below only waits for
// the inline fonts; page scripts never run, and spec text is escaped text.
import type { Page } from 'puppeteer';
import type { BrowserSession } from '../../browser/session.js';
import { escapeHtml } from './escape.js';
import { FONT_STACK, templateFontFaces } from './fonts.js';
import { MARGIN, type PaperSize } from './paper.js';
import { MUTED, NAVY } from './style.js';

export class UnsafePageError extends Error {
  constructor(detail: string) {
    super(`The PDF page left its inline content (${detail}); printing stopped.`);
    this.name = 'UnsafePageError';
  }
}

export interface PrintPage {
  readonly page: Page;
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** Collects the page's garbage between two specs of a build (see PooledPage.release in compile/page-pool.ts). */
  release(): Promise<void>;
  close(): Promise<void>;
}

export interface PrintOptions {
  readonly paper: PaperSize;
  /** Client name shown in the header of every body page; null prints without header and footer. */
  readonly client: string | null;
  readonly title: string;
  /**
   * "Page X of Y" prints this Y instead of the document's own page count: a
   * part printed alone (the numbered contents) shows the whole PDF's total.
   */
  readonly totalPages?: number;
  /** Write Chromium's bookmarks, one per heading. */
  readonly outline?: boolean;
  /** Print at this scale (1: 100 %), as Chromium printed the part this one stands in for (see scale.ts). */
  readonly scale?: number;
}

// The templates are HTML rendered by Chromium apart from the page; they get
// their own font size and the same family, and every value in them is escaped.
function templates(client: string, title: string, totalPages: number | undefined): { headerTemplate: string; footerTemplate: string } {
  const style = `<style>${templateFontFaces()}\n* { font-family: ${FONT_STACK}; }</style>`;
  const base = `font-size: 7.5pt; color: ${MUTED}; width: 100%; margin: 0 20mm; display: flex; justify-content: space-between; gap: 8mm;`;
  // The page number and title never wrap; a very long client name may.
  const fixed = 'white-space: nowrap; flex-shrink: 0;';
  const total = totalPages === undefined ? '<span class="totalPages"></span>' : String(totalPages);
  return {
    headerTemplate: `${style}<div style="${base} padding-top: 2mm;"><span style="font-weight: 600; color: ${NAVY};">${escapeHtml(client)}</span><span style="${fixed}">${escapeHtml(title)}</span></div>`,
    footerTemplate: `${style}<div style="${base} padding-bottom: 2mm;"><span>${escapeHtml(client)} — confidential</span><span style="${fixed}">Page <span class="pageNumber"></span> of ${total}</span></div>`,
  };
}

export async function openPrintPage(session: BrowserSession): Promise<PrintPage> {
  const page = await session.newIsolatedPage();
  await page.setJavaScriptEnabled(false);
  await page.emulateMediaType('print');
  const devtools = await page.createCDPSession();
  return {
    page,
    async print(html, options) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      if (page.url() !== 'about:blank') throw new UnsafePageError(`navigated to ${page.url()}`);
      if (page.frames().length !== 1) throw new UnsafePageError(`${page.frames().length - 1} child frame(s)`);
      const headerFooter = options.client === null ? null : templates(options.client, options.title, options.totalPages);
      const pdf = await page.pdf({
        format: options.paper.format,
        printBackground: true,
        outline: options.outline === true,
        tagged: headerFooter !== null,
        ...(options.scale === undefined ? {} : { scale: options.scale }),
        ...(headerFooter === null
          ? { margin: { top: '0', bottom: '0', left: '0', right: '0' } }
          : { margin: MARGIN, displayHeaderFooter: true, ...headerFooter }),
      });
      return new Uint8Array(pdf);
    },
    async release() {
      // The garbage of the last proposal's prints (some 36 pages and nine
      // inline diagrams each), which V8 collects only when it must. The
      // document stays until the next print replaces it: in one run of
      // test/compile/jobs.test.ts with the page blanked between specs, a
      // proposal printed without a diagram's dotted pattern, and the cause
      // is not known.
      await devtools.send('HeapProfiler.collectGarbage');
    },
    close: () => page.close(),
  };
}
