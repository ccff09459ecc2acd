// The files a module really loads: its static and literal dynamic imports,
// followed through the tree. Used to key render caches on exactly the code that
// draws an artifact, and by the tests that keep layers apart.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { initSync, parse } from 'es-module-lexer';

let ready = false;

/** Relative import specifiers of one source file (packages and node: builtins are left out). */
export function localImports(source: string): string[] {
  if (!ready) {
    initSync();
    ready = true;
  }
  const [imports] = parse(source);
  return imports.map((i) => i.n).filter((n): n is string => n !== undefined && (n.startsWith('./') || n.startsWith('../')));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `./x.js` is `./x.ts` in the sources (TypeScript's NodeNext convention). */
function resolveImport(from: string, specifier: string): string | null {
  const target = resolve(dirname(from), specifier);
  for (const candidate of [target, target.replace(/\.js$/, '.ts'), join(target, 'index.js'), join(target, 'index.ts')]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

/** Every local file reachable from the entries, the entries included, sorted by path. */
export function importClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((e) => resolve(e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of localImports(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier);
      if (target !== null && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}
