// Diagrams render in a warm page: Mermaid lays each out once, and the PNG is
// a 2× screenshot of that same SVG (less for very large ones, see
// png-size.ts), so the two files always agree. The screenshots are taken in a
// page of their own: a capture waits on the compositor and the PNG encoder
// for about half of a spec's diagram time, which the layout page now spends
// laying out the next diagram.
import type { Page } from 'puppeteer';
import type { AssetServer, BrowserSession } from '../../browser/session.js';
import type { DiagramImage, DiagramName, DiagramPart, DiagramPartImage, DiagramPrint, DiagramPrintImage, DiagramSource } from '../types.js';
import { renderTimeoutMs } from '../mermaid/limits.js';
import { DiagramRenderError } from './errors.js';
import { BADGE_PX, iconBadges } from './icons.js';
import { openCapturePage, openDiagramPage } from './page.js';
import { captureScale } from './png-size.js';
import { LABEL_PX } from './config.js';
import { printLabelPoints, printsPart, printsWhole } from './print-fit.js';
import { fitsSlide, slideLabelPoints } from './slide-fit.js';
import { finishSvg, isErrorPicture, viewBoxSize } from './svg.js';
import { tooLargeEitherWay } from './too-large-either-way.js';
import { type NodePlacement, nodePlacement } from './node-placement.js';

async function withTimeout<T>({ name, source }: DiagramSource, work: Promise<T>): Promise<T> {
  const ms = renderTimeoutMs(source);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DiagramRenderError(name, 'timeout', `no result after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Page-side: Mermaid's layout of one source, then its icon badges and group titles
 * (icons first: a group title then keeps clear of them as of the boxes). The
 * page switches its configuration only when a source needs the other node
 * placement (node-placement.ts), which few specs ever do.
 */
async function layoutInPage(
  id: string,
  text: string,
  badges: readonly (readonly [string, string])[] | null,
  badgePx: number,
  placement: NodePlacement,
): Promise<{ svg: string | null; error: string | null }> {
  if (window.aiarchPlacement !== placement) {
    window.mermaid.initialize(window.aiarchConfigs[placement]);
    window.aiarchPlacement = placement;
  }
  let svg: string;
  try {
    svg = (await window.mermaid.render(id, text)).svg;
  } catch (error) {
    // Mermaid leaves its error drawing in the body; clear it for the next diagram.
    document.getElementById(`d${id}`)?.remove();
    return { svg: null, error: error instanceof Error ? error.message : String(error) };
  }
  if (typeof svg !== 'string') return { svg: null, error: null };
  if (badges !== null) svg = window.aiarchPlaceIconBadges(svg, badges, badgePx);
  if (svg.includes('class="cluster')) svg = window.aiarchPlaceGroupTitles(svg);
  return { svg, error: null };
}

async function mermaidSvg(page: Page, { name, source, icons }: DiagramSource): Promise<string> {
  const id = `aiarch-${name}`;
  const badges = icons !== undefined && icons.length > 0 ? iconBadges(id, icons) : null;
  const result = await page.evaluate(layoutInPage, id, source, badges, BADGE_PX, nodePlacement(source));
  if (result.error !== null || result.svg === null) throw new DiagramRenderError(name, 'syntax', result.error ?? 'no SVG');
  return result.svg;
}

interface Clip {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/**
 * Puts the finished SVG on the stage and returns its box. A diagram too large
 * for the PNG budget is drawn smaller on the stage (its width and height
 * attributes; the viewBox keeps the drawing) and captured at scale 1. Letting
 * the capture scale it instead rasterised it at a fractional scale in tiles,
 * and the pixels along the tile seams changed from one build to the next
 * (2 builds in 12 of one generated spec on a loaded machine).
 */
async function place(page: Page, name: DiagramName, svg: string): Promise<Clip> {
  const box = await page.evaluate((markup: string) => {
    const stage = document.getElementById('stage');
    if (stage === null) return null;
    stage.innerHTML = markup;
    const rect = stage.firstElementChild?.getBoundingClientRect();
    return rect && rect.width > 0 && rect.height > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  }, svg);
  if (box === null) throw new DiagramRenderError(name, 'empty', 'the SVG did not attach to the page');
  // One CSS pixel of margin: the clip below rounds the box outwards to whole pixels.
  const scale = captureScale(Math.ceil(box.width) + 1, Math.ceil(box.height) + 1);
  const drawn =
    scale === 1
      ? box
      : await page.evaluate(
          (width: number, height: number) => {
            const svg = document.getElementById('stage')?.firstElementChild;
            if (!svg) return null;
            svg.setAttribute('width', String(width));
            svg.setAttribute('height', String(height));
            const rect = svg.getBoundingClientRect();
            return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
          },
          box.width * scale,
          box.height * scale,
        );
  if (drawn === null) throw new DiagramRenderError(name, 'empty', 'the SVG did not attach to the page');
  // Whole CSS pixels: a fractional clip is rounded by the capture.
  const x = Math.floor(drawn.x);
  const y = Math.floor(drawn.y);
  const width = Math.ceil(drawn.x + drawn.width) - x;
  const height = Math.ceil(drawn.y + drawn.height) - y;
  return { x, y, width, height, scale: 1 };
}

function capture(page: Page, clip: Clip): Promise<Uint8Array> {
  // A clipped page screenshot skips the element screenshot's scrolling round trips.
  // The default encoder, not optimizeForSpeed's: the same pixels give the same bytes.
  return page.screenshot({ type: 'png', clip, captureBeyondViewport: true });
}

/** Mermaid's layout of one source, checked and made portable. */
async function layout(page: Page, diagram: DiagramSource): Promise<{ svg: string; width: number; height: number }> {
  const { name } = diagram;
  const raw = await withTimeout(diagram, mermaidSvg(page, diagram));
  if (isErrorPicture(raw)) throw new DiagramRenderError(name, 'error-picture', 'Mermaid drew its error picture');
  const size = viewBoxSize(raw);
  if (size === null || !/<(g|path|rect|text)\b/.test(raw)) throw new DiagramRenderError(name, 'empty', 'the SVG has no size or no content');
  return { svg: finishSvg(raw, size), width: Math.ceil(size.width), height: Math.ceil(size.height) };
}

/** A warm diagram page: Mermaid and the fonts are loaded once, then any number of diagram sets render in it. */
export interface DiagramRenderer {
  /** Renders every source; throws a DiagramRenderError naming the first diagram that fails. */
  render(sources: readonly DiagramSource[]): Promise<DiagramImage[]>;
  /** Frees what the last render left in the page (see PooledPage.release). */
  release?(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens one diagram page in the shared browser. Setting a page up (Mermaid's module,
 * the fonts) costs about as much as laying out all nine diagrams of a spec, so a build
 * keeps its pages open from one spec to the next; a diagram's images do not depend
 * on what the page rendered before.
 */
export async function openDiagramRenderer(session: BrowserSession, assets?: AssetServer): Promise<DiagramRenderer> {
  const [page, capturePage] = await Promise.all([openDiagramPage(session, assets), openCapturePage(session)]);
  const devtools = await page.createCDPSession();
  const pages: Pages = { layout: page, capture: captureQueue(capturePage) };
  return {
    render: (sources) => renderInPage(pages, sources),
    // A spec's layouts leave megabytes of garbage that V8 collects only when it must.
    release: async () => void (await devtools.send('HeapProfiler.collectGarbage')),
    close: async () => void (await Promise.all([page.close().catch(() => undefined), capturePage.close().catch(() => undefined)])),
  };
}

/** Takes a diagram's PNG in the capture page; the PNG arrives later, the layout page goes on meanwhile. */
type Capture = (source: DiagramSource, svg: string) => Promise<Uint8Array>;

interface Pages {
  readonly layout: Page;
  readonly capture: Capture;
}

/**
 * Captures one at a time (they share the stage), in the order asked. A capture
 * never overlaps a layout in the same page: that once in 200 generated specs
 * gave a PNG that differed between two builds of the same spec.
 */
function captureQueue(page: Page): Capture {
  let tail: Promise<unknown> = Promise.resolve();
  return (source, svg) => {
    const png = tail.then(() => capturePng(page, source, svg));
    tail = png.catch(() => undefined);
    return png;
  };
}

/** A diagram's PNG still on its way: awaited once every layout of the render is done. */
type Pending = Promise<Uint8Array>;

/** A failed capture is reported where its PNG is awaited, not as an unhandled rejection meanwhile. */
function pending<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return work;
}

async function renderInPage(pages: Pages, sources: readonly DiagramSource[]): Promise<DiagramImage[]> {
  const images: Promise<DiagramImage>[] = [];
  for (const source of sources) {
    const image = await draw(pages, source);
    // The deck's and the print's parts are often the same drawings: each is laid out once.
    const drawn = newPartCache();
    // A diagram too large to read on a slide is drawn again in parts, for the deck.
    const parts =
      source.parts !== undefined && !fitsSlide(source.name, image)
        ? (await drawParts(pages, source.name, source.parts, SLIDE, drawn)).map((part) => pending(slidePart(part)))
        : [];
    // One too dense to print is drawn again as an overview and parts, for the PDF.
    const print = source.print !== undefined && !printsWhole(source.name, image, source.source) ? await drawPrint(pages, source.name, source.print, drawn) : [];
    images.push(pending(finished(source.name, image, parts, print)));
  }
  return Promise.all(images);
}

/** A diagram with every PNG it waits for in place. */
async function finished(
  name: DiagramName,
  { png, ...image }: Laid & { png: Pending },
  parts: readonly Promise<DiagramPartImage>[],
  print: readonly Promise<DiagramPrintImage>[],
): Promise<DiagramImage> {
  const [whole, shownParts, printed] = await Promise.all([png, Promise.all(parts), Promise.all(print)]);
  return { name, ...image, png: whole, ...(shownParts.length > 0 ? { parts: shownParts } : {}), ...(printed.length > 0 ? { print: printed } : {}) };
}

/** A slide shows the PNG only. */
const slidePart = async (image: Promise<DiagramPrintImage>): Promise<DiagramPartImage> => {
  const { title, description, members, png, width, height } = await image;
  return { title, description, ...(members !== undefined ? { members } : {}), png, width, height };
};

type Laid = { svg: string; width: number; height: number };

async function draw(pages: Pages, source: DiagramSource): Promise<Laid & { png: Pending }> {
  const laid = await layout(pages.layout, source);
  return { ...laid, png: pending(pages.capture(source, laid.svg)) };
}

async function capturePng(page: Page, source: DiagramSource, svg: string): Promise<Uint8Array> {
  const clip = await withTimeout(source, place(page, source.name, svg));
  return withTimeout(source, capture(page, clip));
}

/** Where a part is shown: whether it reads there as laid out, and how large its labels read (to pick the larger of its two directions). */
interface Fit {
  /** Whether a layout of `source` this size reads well where it is shown. */
  fits(name: DiagramName, size: { width: number; height: number }, source: string): boolean;
  points(name: DiagramName, size: { width: number; height: number }): number;
}

const SLIDE: Fit = { fits: fitsSlide, points: (name, size) => slideLabelPoints(size, LABEL_PX[name]) };
const PRINT: Fit = { fits: printsPart, points: printLabelPoints };
/**
 * An overview is cut into its parts only when it would print under the floor,
 * as a whole diagram is: a placement view that prints at 6 pt stays one
 * figure rather than becoming several at 6.5.
 */
const PRINT_OVERVIEW: Fit = { fits: printsWhole, points: printLabelPoints };

/** Layouts and pictures of parts, by source: the deck's and the print's parts are often the same drawings. */
interface PartCache {
  readonly laid: Map<string, Laid>;
  readonly png: Map<string, Pending>;
}

const newPartCache = (): PartCache => ({ laid: new Map(), png: new Map() });

/** A part as it will be shown: the layout chosen for it, of its two. */
interface DrawnPart {
  readonly part: DiagramPart;
  readonly chosen: DiagramSource;
  readonly laid: Laid;
}

/**
 * Each part, or, when a part is itself too large for where it is shown and
 * can be cut finer, its parts; then neighbouring pieces joined back while the
 * joined part still fits, so a cut in halves does not leave many small parts.
 * Whether a part fits, and which of its two layouts reads larger, follows from
 * the layout's size alone, so only the pictures shown are captured.
 */
async function drawParts(pages: Pages, name: DiagramName, parts: readonly DiagramPart[], fit: Fit, cache: PartCache): Promise<Promise<DiagramPrintImage>[]> {
  const laidOut = async (source: DiagramSource): Promise<Laid> => {
    const known = cache.laid.get(source.source);
    if (known !== undefined) return known;
    const laid = await layout(pages.layout, source);
    cache.laid.set(source.source, laid);
    return laid;
  };
  const picture = (source: DiagramSource, laid: Laid): Pending => {
    const known = cache.png.get(source.source);
    if (known !== undefined) return known;
    const png = pending(pages.capture(source, laid.svg));
    cache.png.set(source.source, png);
    return png;
  };
  // `cutAnyway`: a part that does not fit will be cut finer (or, joined, dropped), so
  // its direction only matters if it fits (see too-large-either-way.ts).
  const drawn = async (part: DiagramPart, cutAnyway: boolean): Promise<DrawnPart> => {
    const icons = part.icons !== undefined ? { icons: part.icons } : {};
    const chosen: DiagramSource = { name, title: part.title, source: part.source, ...icons };
    const laid = await laidOut(chosen);
    if (part.turned === undefined || fit.fits(name, laid, chosen.source)) return { part, chosen, laid };
    if (cutAnyway && tooLargeEitherWay(fit.fits, name, laid, chosen.source)) return { part, chosen, laid };
    const turnedSource: DiagramSource = { name, title: part.title, source: part.turned, ...icons };
    const turned = await laidOut(turnedSource);
    return fit.points(name, turned) > fit.points(name, laid) ? { part, chosen: turnedSource, laid: turned } : { part, chosen, laid };
  };
  const pieces = async (part: DiagramPart): Promise<DrawnPart[]> => {
    const cut = part.parts !== undefined && part.parts.length > 0;
    const whole = await drawn(part, cut);
    if (!cut || fit.fits(name, whole.laid, whole.chosen.source)) return [whole];
    const finer: DrawnPart[] = [];
    for (const piece of part.parts) finer.push(...(await pieces(piece)));
    return joined(finer);
  };
  // Each piece is joined to the one before while the two fit together: one layout
  // (two when the first direction reads too small) per neighbouring pair at most.
  // A piece that does not fit alone is left alone.
  const joined = async (list: readonly DrawnPart[]): Promise<DrawnPart[]> => {
    const out: DrawnPart[] = [];
    for (const next of list) {
      const current = out.at(-1);
      const both =
        current !== undefined && fit.fits(name, current.laid, current.chosen.source) && fit.fits(name, next.laid, next.chosen.source)
          ? current.part.join?.(next.part)
          : undefined;
      const together = both !== undefined ? await drawn(both, true) : undefined;
      if (together !== undefined && fit.fits(name, together.laid, together.chosen.source)) out[out.length - 1] = together;
      else out.push(next);
    }
    return out;
  };
  const images: Promise<DiagramPrintImage>[] = [];
  for (const part of parts) {
    for (const { part: shown, chosen, laid } of await pieces(part)) {
      const image = {
        title: shown.title,
        description: shown.description,
        ...(shown.members !== undefined ? { members: shown.members } : {}),
        svg: laid.svg,
        width: laid.width,
        height: laid.height,
      };
      images.push(pending(picture(chosen, laid).then((png) => ({ ...image, png }))));
    }
  }
  return images;
}

/**
 * The overview and the parts the PDF prints for a diagram too dense to print
 * whole. An overview too dense itself (the network's placement view of a large
 * design) prints as its own parts, area by area.
 */
async function drawPrint(pages: Pages, name: DiagramName, print: DiagramPrint, cache: PartCache): Promise<Promise<DiagramPrintImage>[]> {
  const overview = await drawParts(pages, name, [print.overview], PRINT_OVERVIEW, cache);
  if (overview.length === 0) return [];
  return [...overview, ...(await drawParts(pages, name, print.parts, PRINT, cache))];
}

/** Renders every source in a page of its own, closed afterwards. */
export async function renderDiagramImages(session: BrowserSession, sources: readonly DiagramSource[]): Promise<DiagramImage[]> {
  if (sources.length === 0) return [];
  const renderer = await openDiagramRenderer(session);
  try {
    return await renderer.render(sources);
  } finally {
    await renderer.close();
  }
}
