// Follows a spec's `extends:` chain: each base is read relative to the file that
// names it, through the caller's reader (the file system, or a git revision),
// and gets its own YAML-layer checks under its own name.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { Collector } from './diag.js';
import { readLayer, type Layer } from './layer.js';
import { makeLocator } from './locate.js';
import { isMapping } from './merge.js';

/** Bases a chain may have above the spec itself. */
export const MAX_EXTENDS_DEPTH = 4;

/** The bytes of a base spec, or null when there is no such file. May throw when it exists but cannot be read. */
export type ReadFile = (path: string) => Uint8Array | null;

export const readFromDisk: ReadFile = (path) => {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

export interface Chain {
  /** The spec first, then each base, nearest first. */
  readonly layers: readonly Layer[];
  readonly diagnostics: readonly Diagnostic[];
  /** False when a base is missing, cyclic or unusable: there is nothing to merge. */
  readonly complete: boolean;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]+:/i;

/** `spec` has been read already; its value is a mapping. */
export function followExtends(spec: Layer, read: ReadFile): Chain {
  const layers: Layer[] = [spec];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set([resolve(spec.file)]);
  for (let layer: Layer = spec; ; ) {
    const target = (layer.value as Record<string, unknown>)['extends'];
    // A non-text `extends` is the schema's to report.
    if (typeof target !== 'string' || target.trim() === '') return { layers, diagnostics, complete: true };
    const out = new Collector(layer.file);
    const at = layer.doc && layer.lineCounter ? makeLocator(layer.doc, layer.lineCounter).value('/extends') : { line: 1, column: 1 };
    const fail = (message: string, hint: string): Chain => {
      out.add({ code: 'AIA112', message, hint, path: '/extends', at });
      return { layers, diagnostics: [...diagnostics, ...out.diagnostics], complete: false };
    };
    if (URL_LIKE.test(target))
      return fail(`\`extends: ${target}\` is not a local file`, 'Give a path to a spec file relative to this one, e.g. `extends: base.yaml`.');
    const path = normalize(isAbsolute(target) ? target : join(dirname(layer.file), target));
    if (seen.has(resolve(path))) {
      out.add({
        code: 'AIA113',
        message: `\`extends: ${target}\` makes a cycle: ${[...layers.map((l) => l.file), path].join(' → ')}`,
        hint: 'A base must not extend, directly or through other bases, a spec that extends it; remove one `extends`.',
        path: '/extends',
        at,
      });
      return { layers, diagnostics: [...diagnostics, ...out.diagnostics], complete: false };
    }
    if (layers.length > MAX_EXTENDS_DEPTH) {
      out.add({
        code: 'AIA114',
        message: `\`extends\` chain is deeper than ${MAX_EXTENDS_DEPTH} bases`,
        hint: 'Fold some bases into one; a class needs one shared base, rarely more than two.',
        path: '/extends',
        at,
      });
      return { layers, diagnostics: [...diagnostics, ...out.diagnostics], complete: false };
    }
    let bytes: Uint8Array | null;
    try {
      bytes = read(path);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      return fail(`base spec ${path} cannot be read (${reason})`, "Check the file's permissions, or point `extends` at a readable spec file.");
    }
    if (bytes === null) return fail(`base spec ${path} does not exist`, `\`extends\` is relative to ${layer.file}; check the path and the file name.`);
    seen.add(resolve(path));
    const baseOut = new Collector(path);
    const base = readLayer(path, bytes, baseOut);
    diagnostics.push(...baseOut.diagnostics);
    layers.push(base);
    if (base.value === undefined) return { layers, diagnostics, complete: false };
    if (!isMapping(base.value))
      return fail(`base spec ${path} is not a mapping of spec sections`, 'A base holds spec sections (`scenario:`, `platforms:`, ...) like any spec.');
    layer = base;
  }
}
