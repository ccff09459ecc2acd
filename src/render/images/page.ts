// The warm pages diagrams render in: inline content (never a file:// URL), the
// bundled Inter font, and in the layout page Mermaid loaded once. The capture
// page (fonts and the stage only) draws each finished SVG for its PNG while
// the layout page goes on with the next diagram.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer';
import type { AssetServer, BrowserSession } from '../../browser/session.js';
import { ELK_ENTRY, mermaidAssets, MERMAID_ENTRY } from './assets.js';
import { placeIconBadges } from './icons.js';
import { installPageHelpers } from './offset.js';
import { placeGroupTitles } from './titles.js';
import { DEVICE_SCALE, FONT_WEIGHTS, fontPath, mermaidConfigFor, PAGE_HEIGHT, PAGE_WIDTH } from './config.js';
import type { NodePlacement } from './node-placement.js';

function fontFaces(): string {
  return FONT_WEIGHTS.map((weight) => {
    const data = readFileSync(fontPath(weight)).toString('base64');
    return `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`;
  }).join('\n');
}

function pageHtml(): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
${fontFaces()}
html,body{margin:0;padding:0;background:#ffffff;font-family:Inter,sans-serif;}
#stage{display:inline-block;background:#ffffff;}
#stage svg{display:block;}
</style></head><body><div id="stage"></div></body></html>`;
}

declare global {
  interface Window {
    mermaid: {
      initialize(config: unknown): void;
      render(id: string, text: string): Promise<{ svg: string }>;
    };
    aiarchPlaceIconBadges: typeof placeIconBadges;
    aiarchPlaceGroupTitles: typeof placeGroupTitles;
    /** Mermaid's configuration for each node placement, and the one it was last initialised with. */
    aiarchConfigs: Readonly<Record<NodePlacement, unknown>>;
    aiarchPlacement: NodePlacement;
  }
}

/** Page-side: waits until every font face is loaded, so the first diagram measures and draws with Inter. */
async function loadFonts(): Promise<void> {
  const faces: FontFace[] = [];
  document.fonts.forEach((face) => faces.push(face));
  await Promise.all(faces.map((face) => face.load()));
  await document.fonts.ready;
}

async function openStagePage(session: BrowserSession, assets?: AssetServer): Promise<Page> {
  const page = await session.newIsolatedPage(assets);
  await page.setViewport({ width: PAGE_WIDTH, height: PAGE_HEIGHT, deviceScaleFactor: DEVICE_SCALE });
  await page.setContent(pageHtml(), { waitUntil: 'load' });
  return page;
}

/** The page the PNGs are captured in: the same stage, fonts and viewport as the layout page, without Mermaid. */
export async function openCapturePage(session: BrowserSession): Promise<Page> {
  const page = await openStagePage(session);
  await page.evaluate(loadFonts);
  return page;
}

/** `assets` serves Mermaid's modules (a test seam: the published ones, unpatched). */
export async function openDiagramPage(session: BrowserSession, assets: AssetServer = mermaidAssets): Promise<Page> {
  const page = await openStagePage(session, assets);
  // A string, not a function: test transforms would otherwise rewrite import() into something the page lacks.
  await page.evaluate(
    `Promise.all([import(${JSON.stringify(MERMAID_ENTRY)}), import(${JSON.stringify(ELK_ENTRY)})]).then(([m, elk]) => { m.default.registerLayoutLoaders(elk.default); window.mermaid = m.default; })`,
  );
  await page.evaluate(installPageHelpers);
  // The steps that finish a layout run in the page right after it (render.ts), so a
  // diagram's SVG crosses to Node once instead of going back and forth for each step.
  await page.evaluate(`window.aiarchPlaceIconBadges = ${placeIconBadges.toString()}; window.aiarchPlaceGroupTitles = ${placeGroupTitles.toString()};`);
  await page.evaluate(loadFonts);
  const configs: Record<NodePlacement, unknown> = { NETWORK_SIMPLEX: mermaidConfigFor('NETWORK_SIMPLEX'), BRANDES_KOEPF: mermaidConfigFor('BRANDES_KOEPF') };
  await page.evaluate((all: Record<NodePlacement, unknown>) => {
    window.aiarchConfigs = all;
    window.aiarchPlacement = 'NETWORK_SIMPLEX';
    window.mermaid.initialize(all.NETWORK_SIMPLEX);
  }, configs);
  return page;
}
