// All diagrams of a run in one warm page: Mermaid lays each out once, and the
// PNG is a 2× screenshot of that same SVG, so the two files always agree.
import type { Page } from 'puppeteer';
import type { BrowserSession } from '../../browser/session.js';
import type { DiagramImage, DiagramName, DiagramSource } from '../types.js';
import { RENDER_TIMEOUT_MS } from './config.js';
import { DiagramRenderError } from './errors.js';
import { openDiagramPage } from './page.js';
import { finishSvg, isErrorPicture, viewBoxSize } from './svg.js';

async function withTimeout<T>(name: DiagramName, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DiagramRenderError(name, 'timeout', `no result after ${RENDER_TIMEOUT_MS / 1000} s`)), RENDER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function mermaidSvg(page: Page, { name, source }: DiagramSource): Promise<string> {
  const result = await page.evaluate(async (id: string, text: string) => {
    try {
      return { svg: (await window.mermaid.render(id, text)).svg, error: null };
    } catch (error) {
      // Mermaid leaves its error drawing in the body; clear it for the next diagram.
      document.getElementById(`d${id}`)?.remove();
      return { svg: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, `aiarch-${name}`, source);
  if (result.error !== null || result.svg === null) throw new DiagramRenderError(name, 'syntax', result.error ?? 'no SVG');
  return result.svg;
}

async function screenshot(page: Page, name: DiagramName, svg: string): Promise<Uint8Array> {
  await page.evaluate((markup: string) => {
    const stage = document.getElementById('stage');
    if (stage !== null) stage.innerHTML = markup;
  }, svg);
  const element = await page.$('#stage > svg');
  if (element === null) throw new DiagramRenderError(name, 'empty', 'the SVG did not attach to the page');
  try {
    const box = await element.boundingBox();
    if (box === null) throw new DiagramRenderError(name, 'empty', 'the SVG has no box on the page');
    // A clipped page screenshot skips the element screenshot's scrolling round trips.
    return await page.screenshot({ type: 'png', clip: box, captureBeyondViewport: true, optimizeForSpeed: true });
  } finally {
    await element.dispose();
  }
}

export async function renderOne(page: Page, diagram: DiagramSource): Promise<DiagramImage> {
  const { name } = diagram;
  const raw = await withTimeout(name, mermaidSvg(page, diagram));
  if (isErrorPicture(raw)) throw new DiagramRenderError(name, 'error-picture', 'Mermaid drew its error picture');
  const size = viewBoxSize(raw);
  if (size === null || !/<(g|path|rect|text)\b/.test(raw)) throw new DiagramRenderError(name, 'empty', 'the SVG has no size or no content');
  const svg = finishSvg(raw, size);
  const png = await withTimeout(name, screenshot(page, name, svg));
  return { name, svg, png, width: Math.ceil(size.width), height: Math.ceil(size.height) };
}

/** Renders every source in one page of the shared browser; throws a DiagramRenderError naming the first diagram that fails. */
export async function renderDiagramImages(session: BrowserSession, sources: readonly DiagramSource[]): Promise<DiagramImage[]> {
  if (sources.length === 0) return [];
  const page = await openDiagramPage(session);
  try {
    const images: DiagramImage[] = [];
    // One at a time: on two cores a second page only slows both (PITFALLS).
    for (const source of sources) images.push(await renderOne(page, source));
    return images;
  } finally {
    await page.close().catch(() => undefined);
  }
}
