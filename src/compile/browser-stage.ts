// The browser-bound half of a build: diagram images and the PDF. The browser
// is found once and launched at most once per run, and only when something is
// not already in the render cache.
import type { FoundBrowser } from '../browser/find.js';
import { openBrowser, type BrowserSession } from '../browser/session.js';
import { cacheKey, type ContentCache } from '../output/cache.js';
import { codeFingerprint, IMAGE_RENDERERS, PDF_RENDERERS } from './code-fingerprint.js';
import { rendererFingerprint } from '../render/images/config.js';
import type { DocumentTree } from '../render/document/tree.js';
import type { DiagramImage, DiagramPartImage, DiagramPrintImage, DiagramSource } from '../render/types.js';
import type { Model } from '../model/types.js';

/** Bump to drop every cached render. */
export const RENDER_CACHE_VERSION = 'aiarch-render-1';

export class LazyBrowser {
  private session: Promise<BrowserSession> | null = null;
  readonly found: FoundBrowser | null;

  constructor(
    found: FoundBrowser | null,
    private readonly open: (found: FoundBrowser) => Promise<BrowserSession> = openBrowser,
  ) {
    this.found = found;
  }

  get available(): boolean {
    return this.found !== null;
  }

  get launched(): boolean {
    return this.session !== null;
  }

  get(): Promise<BrowserSession> {
    if (!this.found) throw new Error('no browser found');
    this.session ??= this.open(this.found);
    return this.session;
  }

  async close(): Promise<void> {
    if (this.session) await (await this.session.catch(() => null))?.close();
  }
}

interface CachedImage {
  readonly svg: string;
  readonly png: string;
  readonly width: number;
  readonly height: number;
  readonly parts?: readonly CachedPart[];
  readonly print?: readonly (CachedPart & { readonly svg: string })[];
}

interface CachedPart {
  readonly title: string;
  readonly description: string;
  readonly members?: readonly string[];
  readonly png: string;
  readonly width: number;
  readonly height: number;
}

function encodeImage(image: DiagramImage): Uint8Array {
  const png = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
  const entry: CachedImage = {
    svg: image.svg,
    png: png(image.png),
    width: image.width,
    height: image.height,
    ...(image.parts !== undefined ? { parts: image.parts.map((part) => ({ ...part, png: png(part.png) })) } : {}),
    ...(image.print !== undefined ? { print: image.print.map((part) => ({ ...part, png: png(part.png) })) } : {}),
  };
  return new TextEncoder().encode(JSON.stringify(entry));
}

function decodeParts(parts: unknown): DiagramPartImage[] | null {
  if (!Array.isArray(parts)) return null;
  const decoded: DiagramPartImage[] = [];
  for (const part of parts as Partial<CachedPart>[]) {
    const { title, description, png, width, height } = part;
    if (typeof title !== 'string' || typeof description !== 'string' || typeof png !== 'string' || typeof width !== 'number' || typeof height !== 'number')
      return null;
    const { members } = part;
    if (members !== undefined && !(Array.isArray(members) && members.every((id) => typeof id === 'string'))) return null;
    decoded.push({ title, description, ...(members !== undefined ? { members } : {}), png: new Uint8Array(Buffer.from(png, 'base64')), width, height });
  }
  return decoded;
}

/** The PDF's figures for a dense diagram: parts that carry their SVG too. */
function decodePrint(print: unknown): DiagramPrintImage[] | null {
  const parts = decodeParts(print);
  if (parts === null) return null;
  const svgs = (print as { svg?: unknown }[]).map((part) => part.svg);
  const decoded: DiagramPrintImage[] = [];
  for (const [i, part] of parts.entries()) {
    const svg = svgs[i];
    if (typeof svg !== 'string') return null;
    decoded.push({ ...part, svg });
  }
  return decoded;
}

function decodeImage(name: DiagramImage['name'], bytes: Uint8Array): DiagramImage | null {
  try {
    const entry = JSON.parse(new TextDecoder().decode(bytes)) as Partial<CachedImage>;
    // A damaged entry is a miss: the diagram is simply rendered again.
    if (typeof entry.svg !== 'string' || typeof entry.png !== 'string' || typeof entry.width !== 'number' || typeof entry.height !== 'number') return null;
    const image = { name, svg: entry.svg, png: new Uint8Array(Buffer.from(entry.png, 'base64')), width: entry.width, height: entry.height };
    const parts = entry.parts === undefined ? undefined : decodeParts(entry.parts);
    const print = entry.print === undefined ? undefined : decodePrint(entry.print);
    if (parts === null || print === null) return null;
    return { ...image, ...(parts !== undefined ? { parts } : {}), ...(print !== undefined ? { print } : {}) };
  } catch {
    return null;
  }
}

export type ImageRenderer = (session: BrowserSession, sources: readonly DiagramSource[]) => Promise<DiagramImage[]>;

/**
 * Images for every source, from the cache where possible; null when some are missing and there is no browser.
 * `onRender` is told when the browser is about to lay out the missing ones, with the session it uses.
 */
export async function diagramImages(
  sources: readonly DiagramSource[],
  cache: ContentCache,
  browser: LazyBrowser,
  render: ImageRenderer,
  onRender?: (session: BrowserSession) => void,
): Promise<DiagramImage[] | null> {
  const keyOf = (s: DiagramSource) =>
    cacheKey(
      RENDER_CACHE_VERSION,
      codeFingerprint(...IMAGE_RENDERERS),
      rendererFingerprint(),
      'image',
      s.name,
      s.source,
      JSON.stringify(s.icons ?? []),
      JSON.stringify(s.parts ?? []),
      JSON.stringify(s.print ?? null),
    );
  const found = new Map<string, DiagramImage>();
  const missing: DiagramSource[] = [];
  for (const source of sources) {
    const bytes = await cache.get(keyOf(source));
    const image = bytes ? decodeImage(source.name, bytes) : null;
    if (image) found.set(source.name, image);
    else missing.push(source);
  }
  if (missing.length > 0) {
    if (!browser.available) return null;
    const session = await browser.get();
    onRender?.(session);
    const rendered = await render(session, missing);
    for (const image of rendered) {
      found.set(image.name, image);
      const source = missing.find((s) => s.name === image.name);
      if (source) await cache.set(keyOf(source), encodeImage(image));
    }
  }
  return sources.map((s) => found.get(s.name)).filter((i): i is DiagramImage => i !== undefined);
}

export interface PdfInput {
  readonly model: Model;
  readonly documents: readonly DocumentTree[];
  readonly diagrams: readonly DiagramSource[];
  readonly images: readonly DiagramImage[] | null;
  readonly paper: 'a4' | 'letter';
  /** A --draft build: every page is marked draft. */
  readonly draft?: boolean;
  /** The cover, printed ahead while the diagrams were laid out (null if that print failed: the renderer prints it then). */
  readonly coverAhead?: Promise<Uint8Array | null>;
}

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  /** Why the contents page has no page numbers; null when it has them. */
  readonly unnumbered: string | null;
}

export type PdfRenderer = (session: BrowserSession, input: PdfInput) => Promise<RenderedPdf>;

export async function proposalPdf(input: PdfInput, cache: ContentCache, browser: LazyBrowser, render: PdfRenderer): Promise<RenderedPdf | null> {
  const key = cacheKey(
    RENDER_CACHE_VERSION,
    codeFingerprint(...PDF_RENDERERS),
    rendererFingerprint(),
    'pdf',
    input.paper,
    input.draft === true ? 'draft' : 'final',
    JSON.stringify(input.model.spec),
    JSON.stringify(input.documents),
    ...(input.images ?? []).map((i) => i.svg),
  );
  const cached = await cache.get(key);
  if (cached) return { bytes: cached, unnumbered: null };
  if (!browser.available) return null;
  const pdf = await render(await browser.get(), input);
  // An unnumbered contents is a fallback, not a result to keep: the next build tries again and warns again.
  if (pdf.unnumbered === null) await cache.set(key, pdf.bytes);
  return pdf;
}
