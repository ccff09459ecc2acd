// A content-addressed store for expensive browser renders (diagram images,
// PDFs), so an unchanged rebuild never launches a browser. Keys are hashes of
// everything that determines the bytes; a corrupt or missing entry is a miss.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
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
  /** Removes entries no build has used for `days` days; returns how many. */
  prune(days: number): Promise<number>;
}

const DAY_MS = 86_400_000;
/** Concurrent builds (--jobs) may store the same entry at once; each write needs its own temp file. */
let writes = 0;

export function fileCache(dir: string | null): ContentCache {
  if (dir === null) return { get: async () => null, set: async () => undefined, prune: async () => 0 };
  return {
    async get(key) {
      try {
        const bytes = new Uint8Array(await readFile(join(dir, key)));
        // Marks the entry as used, so pruning keeps what builds still need.
        const now = new Date();
        await utimes(join(dir, key), now, now).catch(() => undefined);
        return bytes;
      } catch {
        return null;
      }
    },
    async prune(days) {
      let entries: string[];
      try {
        entries = await readdir(dir);
      } catch {
        return 0;
      }
      const cutoff = Date.now() - days * DAY_MS;
      let removed = 0;
      for (const entry of entries) {
        const path = join(dir, entry);
        const info = await stat(path).catch(() => null);
        if (info && info.mtimeMs < cutoff) {
          await rm(path, { force: true });
          removed += 1;
        }
      }
      return removed;
    },
    async set(key, bytes) {
      await mkdir(dir, { recursive: true });
      writes += 1;
      const temp = join(dir, `${key}.${process.pid}.${writes}.tmp`);
      await writeFile(temp, bytes);
      await rename(temp, join(dir, key));
    },
  };
}
