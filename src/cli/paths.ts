// Resolves user-given paths against the CLI's working directory and shows
// them back relative to it, so messages name files the way the user typed them.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { collectSpecFiles, InputPathError } from '../compile/collect.js';
import { isAbstractSpec } from '../spec/abstract.js';
import { UsageError, type Io } from './io.js';

export function specFiles(io: Io, paths: readonly string[]): string[] {
  try {
    const files = collectSpecFiles(paths.map((p) => resolve(io.cwd, p)));
    if (files.length === 0) throw new UsageError(`no .yaml or .yml spec files in ${paths.join(', ')}`);
    const specs = files.filter((file) => !skipAbstract(io, file));
    if (specs.length === 0) throw new UsageError(`only abstract base specs in ${paths.join(', ')}: give the specs that extend them`);
    return specs;
  } catch (error) {
    if (error instanceof InputPathError) throw new UsageError(`${display(io, error.path)}: no such file or folder`);
    throw error;
  }
}

/** An abstract base (`abstract: true`) is checked through the specs that extend it, never on its own. */
function skipAbstract(io: Io, file: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return false;
  }
  if (!isAbstractSpec(bytes)) return false;
  io.err(`note: ${display(io, file)} is an abstract base spec (abstract: true); skipped, it is checked through the specs that extend it`);
  return true;
}

export function display(io: Io, file: string): string {
  const rel = relative(io.cwd, file);
  return rel === '' || rel.startsWith('..') ? file : rel;
}

/** The bytes of a spec file; a file that cannot be read is a usage error (exit 2). */
export function readSpecFile(io: Io, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`${display(io, file)}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
