// Small printed parts share a page in the printed PDF. Seed 8156's defense in
// depth printed each layer on a page of its own after the overview: a short
// layer on a portrait page, then a wide, flat one that reads only across a
// landscape page, each alone. The drawings here have those sizes; the pages
// are read from the PDF Chromium prints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { document, figure } from '../../../src/render/document/build.js';
import { pageHtml } from '../../../src/render/pdf/document.js';
import { documentHtml, type HtmlContext } from '../../../src/render/pdf/html.js';
import { PAPER } from '../../../src/render/pdf/paper.js';
import { openPrintPage } from '../../../src/render/pdf/print.js';
import { bodyCss } from '../../../src/render/pdf/style.js';
import type { DiagramImage, DiagramPrintImage, DiagramSource } from '../../../src/render/types.js';
import { openTestSession, pagesText, writeTemp } from './helpers.js';

/** A drawing of this size with a label at the diagrams' 20 px. */
const drawing = (title: string, width: number, height: number): DiagramPrintImage => ({
  title,
  description: title,
  svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#e8eef5"/><text x="10" y="30" font-size="20">${title}</text></svg>`,
  png: new Uint8Array(),
  width,
  height,
});

const PARTS = [
  drawing('Overview by layer', 276, 858),
  drawing('Layer 1: Network', 1682, 1001),
  drawing('Layer 2: Identity', 548, 221),
  drawing('Layer 3: Application', 1598, 221),
  drawing('Layer 4: Data', 286, 199),
  drawing('Layer 5: Monitoring', 752, 177),
];

let session: BrowserSession | undefined;
beforeAll(async () => {
  session = await openTestSession();
});
afterAll(async () => {
  await session?.close();
});

describe('printed parts of a dense diagram', () => {
  it('flow onto one page while they fit, each with its caption', { timeout: 120_000 }, async () => {
    const source: DiagramSource = { name: 'defense-in-depth', title: 'Defense in depth', source: 'flowchart TB' };
    const [overview] = PARTS;
    const image: DiagramImage = { name: 'defense-in-depth', svg: overview!.svg, png: new Uint8Array(), width: 2000, height: 4000, print: PARTS };
    const ctx: HtmlContext = { diagrams: [source], images: [image], headings: [], figures: new Map(), counter: 0 };
    const body = documentHtml(document('security-architecture-design', 'Security', [figure([source], 'defense-in-depth', 'defense in depth')]), ctx);
    const paper = PAPER.a4;
    const printer = await openPrintPage(session!);
    try {
      const pdf = await printer.print(pageHtml(`<meta charset="utf-8"><style>${bodyCss(paper)}</style>`, body), { paper, client: 'Test', title: 'Test' });
      const pages = pagesText(writeTemp(pdf));
      const pageOf = (caption: string): number => pages.findIndex((text) => text.replace(/\s+/g, ' ').includes(caption));
      const captions = PARTS.map((part, i) => `Figure ${i + 1}. Defense in depth: ${part.title}`);
      // Every caption prints, once, on the page of its drawing.
      for (const [i, caption] of captions.entries()) {
        expect(pageOf(caption), caption).toBeGreaterThanOrEqual(0);
        expect(pages[pageOf(caption)], caption).toContain(PARTS[i]!.title);
      }
      // The short identity layer and the flat application layer share a page.
      expect(pageOf(captions[2]!)).toBe(pageOf(captions[3]!));
      // Overview, the network layer with the sentence introducing the parts, then two more pages at most.
      expect(pages.length).toBeLessThanOrEqual(4);
    } finally {
      await printer.close();
    }
  });
});
