// What a full build must write, and byte-level views of an output folder.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIAGRAM_NAMES, DOCUMENT_NAMES } from '../../src/render/types.js';

export const PDF_FILE = 'enterprise-architecture-proposal.pdf';
export const DECK_FILE = 'executive-deck.pptx';

/** Every file `aiarch build` writes for one spec, relative to its folder. */
export const EXPECTED_FILES: readonly string[] = [
  ...[...DOCUMENT_NAMES, 'rubric', 'deployment-checklist'].map((d) => `${d}.md`),
  ...DIAGRAM_NAMES.flatMap((d) => ['mmd', 'svg', 'png'].map((ext) => `diagrams/${d}.${ext}`)),
  PDF_FILE,
  DECK_FILE,
].sort();

/** Formats a rebuild must reproduce byte for byte. */
export const DETERMINISTIC = /\.(md|mmd|svg|pptx|png)$/;

/** Files under `dir` (posix paths), skipping the render cache. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) {
        if (name !== '.aiarch-cache') walk(full);
      } else {
        out.push(relative(dir, full).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** path → sha256 of every file under `dir`; empty when `dir` does not exist. */
export function snapshot(dir: string): Map<string, string> {
  let files: string[];
  try {
    files = listFiles(dir);
  } catch {
    return new Map();
  }
  return new Map(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** Paths whose bytes differ (or exist on one side only). */
export function differences(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}
