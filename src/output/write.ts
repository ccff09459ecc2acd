// The only code that writes the output folder. Everything is rendered in
// memory first, so a failed spec never reaches this point and its previous
// artifacts stay as they were. Each file is replaced atomically (temp + rename),
// unchanged files are not touched, and files this tool wrote before that the
// new build no longer produces are removed (tracked by a manifest).
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Artifact } from './artifact.js';

const MANIFEST = '.aiarch-manifest.json';

export interface WriteReport {
  readonly dir: string;
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
}

async function readIfExists(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

function safeJoin(dir: string, path: string): string {
  const full = join(dir, path);
  const rel = relative(dir, full);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..')) throw new Error(`artifact path escapes the output folder: ${path}`);
  return full;
}

/** Writes one spec's artifacts into `dir`. `keep` lists paths of skipped formats that must be left as they are. */
export async function writeArtifacts(dir: string, artifacts: readonly Artifact[], keep: readonly string[] = []): Promise<WriteReport> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const artifact of artifacts) {
    const target = safeJoin(dir, artifact.path);
    const previous = await readIfExists(target);
    if (previous && sameBytes(previous, artifact.bytes)) {
      unchanged.push(artifact.path);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, artifact.bytes);
    await rename(temp, target);
    written.push(artifact.path);
  }
  const manifestPath = join(dir, MANIFEST);
  const before = await readIfExists(manifestPath);
  const previousPaths: string[] = before ? ((JSON.parse(new TextDecoder().decode(before)) as { files?: string[] }).files ?? []) : [];
  const now = new Set([...artifacts.map((a) => a.path), ...keep]);
  const removed: string[] = [];
  for (const path of previousPaths) {
    if (now.has(path)) continue;
    await rm(safeJoin(dir, path), { force: true });
    removed.push(path);
  }
  const manifest = new TextEncoder().encode(JSON.stringify({ files: [...now].sort() }, null, 2) + '\n');
  const old = await readIfExists(manifestPath);
  if (!old || !sameBytes(old, manifest)) {
    await writeFile(`${manifestPath}.${process.pid}.tmp`, manifest);
    await rename(`${manifestPath}.${process.pid}.tmp`, manifestPath);
  }
  return { dir, written, unchanged, removed };
}
