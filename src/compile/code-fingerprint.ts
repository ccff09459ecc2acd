// The code of a renderer is part of its cache keys, so a cached render never
// outlives a change to the renderer that made it (an upgrade included). The
// files are the renderer's real import graph from its entry modules, so a
// helper in another folder (e.g. render/mermaid/escape.ts) counts too.
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey } from '../output/cache.js';
import { importClosure } from './import-graph.js';

const SOURCE_ROOT = fileURLToPath(new URL('../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const fingerprints = new Map<string, string>();

/** `render/pdf/index.ts` is `render/pdf/index.js` once built. */
function existing(root: string, path: string): string {
  try {
    statSync(join(root, path));
    return join(root, path);
  } catch {
    return join(root, path.replace(/\.ts$/, '.js'));
  }
}

/** A hash of the package version and every file the entry modules (paths under `root`) load. */
export function fingerprintOf(root: string, entries: readonly string[], version = VERSION): string {
  const files = importClosure(entries.map((entry) => existing(root, entry)));
  return cacheKey(version, ...files.flatMap((file) => [relative(root, file), readFileSync(file, 'utf8')]));
}

/** The fingerprint of the renderers whose entry modules are given (paths under src/, dist/ when built). */
export function codeFingerprint(...entries: string[]): string {
  const id = entries.join('\0');
  let fingerprint = fingerprints.get(id);
  if (fingerprint === undefined) {
    fingerprint = fingerprintOf(SOURCE_ROOT, entries);
    fingerprints.set(id, fingerprint);
  }
  return fingerprint;
}

/** Diagram images: the mermaid renderer that writes their sources and the browser stage that draws them. */
export const IMAGE_RENDERERS = ['render/mermaid/index.ts', 'render/images/index.ts'] as const;
export const PDF_RENDERERS = ['render/pdf/index.ts', 'render/images/index.ts'] as const;
export const DECK_RENDERERS = ['render/pptx/index.ts'] as const;
