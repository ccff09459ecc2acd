// A content-addressed store for expensive browser renders (diagram images,
// PDFs), so an unchanged rebuild never launches a browser. Keys are hashes of
// everything that determines the bytes; a corrupt or missing entry is a miss.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(String(typeof part === 'string' ? part.length : part.byteLength));
    hash.update(':');
    hash.update(part);
  }
  return hash.digest('hex');
}

export interface ContentCache {
  get(key: string): Promise<Uint8Array | null>;
  set(key: string, bytes: Uint8Array): Promise<void>;
}

export function fileCache(dir: string | null): ContentCache {
  if (dir === null) return { get: async () => null, set: async () => undefined };
  return {
    async get(key) {
      try {
        return new Uint8Array(await readFile(join(dir, key)));
      } catch {
        return null;
      }
    },
    async set(key, bytes) {
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `${key}.${process.pid}.tmp`);
      await writeFile(temp, bytes);
      await rename(temp, join(dir, key));
    },
  };
}
