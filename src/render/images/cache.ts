// Render cache for diagram images. A key covers everything that changes the
// picture (source, Mermaid version, this renderer, font and configuration), so
// an unchanged rebuild reuses every image and launches no browser at all.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DiagramImage, DiagramSource } from '../types.js';
import { FONT_WEIGHTS, MERMAID_CONFIG, mermaidVersion, RENDERER_VERSION } from './config.js';

interface CacheEntry {
  readonly svg: string;
  readonly png: string;
  readonly width: number;
  readonly height: number;
}

let fingerprint: string | null = null;
/** The part of every key that does not depend on the diagram. */
export function rendererFingerprint(): string {
  if (fingerprint === null) {
    const fontVersion = (createRequire(import.meta.url)('@fontsource/inter/package.json') as { version: string }).version;
    fingerprint = JSON.stringify([RENDERER_VERSION, mermaidVersion(), `inter@${fontVersion}`, FONT_WEIGHTS, MERMAID_CONFIG]);
  }
  return fingerprint;
}

export function diagramCacheKey(source: DiagramSource): string {
  return createHash('sha256').update(rendererFingerprint()).update('\u0000').update(source.name).update('\u0000').update(source.source).digest('hex');
}

function entryPath(dir: string, source: DiagramSource): string {
  return join(dir, `${diagramCacheKey(source)}.json`);
}

/** The cached image of a source, or null when absent or unreadable (a damaged entry is simply rendered again). */
export function readCachedImage(dir: string, source: DiagramSource): DiagramImage | null {
  try {
    const entry = JSON.parse(readFileSync(entryPath(dir, source), 'utf8')) as Partial<CacheEntry>;
    if (typeof entry.svg !== 'string' || typeof entry.png !== 'string' || typeof entry.width !== 'number' || typeof entry.height !== 'number') {
      return null;
    }
    return { name: source.name, svg: entry.svg, png: new Uint8Array(Buffer.from(entry.png, 'base64')), width: entry.width, height: entry.height };
  } catch {
    return null;
  }
}

export function writeCachedImage(dir: string, source: DiagramSource, image: DiagramImage): void {
  mkdirSync(dir, { recursive: true });
  const entry: CacheEntry = { svg: image.svg, png: Buffer.from(image.png).toString('base64'), width: image.width, height: image.height };
  const path = entryPath(dir, source);
  // Write then rename, so a reader never sees half an entry.
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(entry));
  renameSync(temp, path);
}

export interface CachePartition {
  readonly cached: readonly DiagramImage[];
  readonly missing: readonly DiagramSource[];
}

/** Which sources already have an image in the cache; the browser is needed only when `missing` is not empty. */
export function partitionCached(sources: readonly DiagramSource[], dir: string): CachePartition {
  const cached: DiagramImage[] = [];
  const missing: DiagramSource[] = [];
  for (const source of sources) {
    const image = readCachedImage(dir, source);
    if (image !== null) cached.push(image);
    else missing.push(source);
  }
  return { cached, missing };
}
