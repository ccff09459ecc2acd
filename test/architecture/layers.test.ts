// The pipeline's layers, checked on the real import graph (static and dynamic
// imports, type-only ones included) rather than by convention.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClosure } from '../../src/compile/import-graph.js';

const SRC = join(import.meta.dirname, '../../src');

function filesUnder(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(SRC, folder, f));
}

/** Files of `folder` whose import closure reaches one of `forbidden` (folders of src/). */
function reaching(folder: string, forbidden: readonly string[]): string[] {
  return filesUnder(folder).flatMap((file) => {
    const hits = importClosure([file])
      .map((f) => relative(SRC, f))
      .filter((f) => forbidden.some((folder) => f.startsWith(`${folder}/`)));
    return hits.length > 0 ? [`${relative(SRC, file)} → ${hits.join(', ')}`] : [];
  });
}

describe('layers', () => {
  it('validation (src/spec) never loads the model or a renderer', () => {
    expect(reaching('spec', ['model', 'render', 'present'])).toEqual([]);
  });

  it('shared pieces (scoring, number and date formats, markdown escaping) load no later stage', () => {
    expect(reaching('scoring', ['model', 'render', 'present', 'check', 'compile'])).toEqual([]);
    expect(reaching('format', ['spec', 'model', 'render', 'present', 'check', 'compile'])).toEqual([]);
  });

  it('the model loads no renderer', () => {
    expect(reaching('model', ['render', 'present', 'check', 'compile'])).toEqual([]);
  });

  it('checks load no document or deck renderer', () => {
    expect(reaching('check', ['render/markdown', 'render/pptx', 'render/pdf'])).toEqual([]);
  });

  it('the graph follows imports (the check itself can fail)', () => {
    const closure = importClosure([join(SRC, 'spec/semantics/recommended.ts')]).map((f) => relative(SRC, f));
    expect(closure).toContain('scoring/platforms.ts');
  });
});
