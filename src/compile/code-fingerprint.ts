// The code of a renderer is part of its cache keys, so a cached render never
// outlives a change to the renderer that made it (an upgrade included).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey } from '../output/cache.js';

const SOURCE_ROOT = fileURLToPath(new URL('../', import.meta.url));
const fingerprints = new Map<string, string>();

/** `render/format.ts` is `render/format.js` once built. */
function existing(path: string): string {
  if (!path.endsWith('.ts')) return path;
  try {
    statSync(join(SOURCE_ROOT, path));
    return path;
  } catch {
    return path.replace(/\.ts$/, '.js');
  }
}

function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return /\.(js|ts)$/.test(path) ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => sources(join(path, entry)));
}

/** A hash of every source file in the given files and folders of src/ (dist/ when built; a .ts name also matches its .js build). */
export function codeFingerprint(...folders: string[]): string {
  const id = folders.join('\0');
  let fingerprint = fingerprints.get(id);
  if (fingerprint === undefined) {
    const files = folders.flatMap((folder) => sources(join(SOURCE_ROOT, existing(folder))));
    fingerprint = cacheKey(...files.flatMap((file) => [file.slice(SOURCE_ROOT.length), readFileSync(file, 'utf8')]));
    fingerprints.set(id, fingerprint);
  }
  return fingerprint;
}
