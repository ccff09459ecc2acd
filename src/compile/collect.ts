// Expands the paths a user gives (files or folders) into spec files, sorted,
// so a class of specs always builds in the same order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export class InputPathError extends Error {
  constructor(readonly path: string) {
    super(`${path}: no such file or folder`);
  }
}

const SPEC_FILE = /\.ya?ml$/i;

export function collectSpecFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new InputPathError(path);
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (SPEC_FILE.test(entry) && statSync(join(path, entry)).isFile()) files.push(join(path, entry));
      }
    } else {
      files.push(path);
    }
  }
  return [...new Set(files)];
}
