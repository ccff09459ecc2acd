// Cache keys follow the renderers' real import graph: an edit anywhere in the
// code that draws a diagram invalidates the cached SVGs, and only such an edit.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOf, IMAGE_RENDERERS } from '../../src/compile/code-fingerprint.js';
import { importClosure } from '../../src/compile/import-graph.js';

const SRC = join(import.meta.dirname, '../../src');
let copy = '';

function copyOfSources(): string {
  copy = mkdtempSync(join(tmpdir(), 'aiarch-fingerprint-'));
  cpSync(SRC, copy, { recursive: true });
  return copy;
}

afterEach(() => {
  if (copy !== '') rmSync(copy, { recursive: true, force: true });
  copy = '';
});

describe('render cache fingerprints', () => {
  it('the diagram images depend on render/mermaid/escape.ts through the import graph', () => {
    const files = importClosure(IMAGE_RENDERERS.map((e) => join(SRC, e))).map((f) => relative(SRC, f));
    expect(files).toContain('render/mermaid/escape.ts');
    expect(files).toContain('render/images/render.ts');
  });

  it("editing render/mermaid/escape.ts changes the cached SVGs' key", () => {
    const root = copyOfSources();
    const before = fingerprintOf(root, IMAGE_RENDERERS);
    appendFileSync(join(root, 'render/mermaid/escape.ts'), '\n// an edit\n');
    expect(fingerprintOf(root, IMAGE_RENDERERS)).not.toBe(before);
  });

  it('an edit outside the renderers keeps the key, and so does an unchanged tree', () => {
    const root = copyOfSources();
    const before = fingerprintOf(root, IMAGE_RENDERERS);
    expect(fingerprintOf(root, IMAGE_RENDERERS)).toBe(before);
    appendFileSync(join(root, 'cli/main.ts'), '\n// an edit\n');
    expect(fingerprintOf(root, IMAGE_RENDERERS)).toBe(before);
  });

  it('a new package version changes the key', () => {
    expect(fingerprintOf(SRC, IMAGE_RENDERERS, '1.0.0')).not.toBe(fingerprintOf(SRC, IMAGE_RENDERERS, '1.0.1'));
  });
});
