// The pipeline's layers, checked on the real import graph (static and dynamic
// imports, type-only ones included) rather than by convention.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
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

  it('the presentation layer sits between the model and the renderers', () => {
    expect(reaching('present', ['render', 'check', 'compile', 'output'])).toEqual([]);
  });

  it('checks load no document or deck renderer', () => {
    expect(reaching('check', ['render/markdown', 'render/pptx', 'render/pdf'])).toEqual([]);
  });

  it('the graph follows imports (the check itself can fail)', () => {
    const closure = importClosure([join(SRC, 'spec/semantics/recommended.ts')]).map((f) => relative(SRC, f));
    expect(closure).toContain('scoring/platforms.ts');
  });
});

// Display facts are worked out once, in src/present: a renderer that derives one
// from the spec (a date, the pattern's or a platform's name, the component
// count) would let two artifacts tell the same fact differently.
describe('renderers take display facts from src/present', () => {
  const SPEC_TYPES_ALLOWED = new Set(['Component', 'Control', 'Phase', 'LayerName', 'Architecture', 'Spec', 'SpecSource', 'LAYER_NAMES']);

  function sourceOf(file: string): ts.SourceFile {
    return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  }

  /** What a renderer file takes from src/spec, by name; a derived helper (a function) would show here. */
  function specImports(file: string): string[] {
    const names: string[] = [];
    for (const statement of sourceOf(file).statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const target = join(dirname(file), statement.moduleSpecifier.text);
      if (!relative(SRC, target).startsWith('spec/')) continue;
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => e.name.text));
      else names.push('*');
    }
    return names;
  }

  const DERIVED: readonly [RegExp, string][] = [
    [/\bclient\.date$/, 'the date: use present(model).date / .isoDate / .stamp'],
    [/\barchitecture\.pattern$/, "the pattern's name: use present(model).pattern"],
    [/\.systemComponents$/, 'the component count: use present(model).componentCount'],
    [/scores\.find\([\s\S]*\)\??\.label$/, "a platform's name: use platformName() or present(model).platform"],
  ];
  const CALLS = new Set(['parseIsoDate', 'longDate', 'DateTimeFormat', 'toLocaleDateString']);

  /** Derivations of display facts in a renderer file, as "line: what". */
  function derivations(file: string): string[] {
    const source = sourceOf(file);
    const found: string[] = [];
    const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const text = node.getText().replace(/\s+/g, '');
        for (const [pattern, what] of DERIVED) if (pattern.test(text)) found.push(`${at(node)}: ${what}`);
      }
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        if (CALLS.has(name)) found.push(`${at(node)}: formats a date itself (${name}); use present(model)`);
      }
      if (ts.isBinaryExpression(node) && /\.kind\s*[!=]==\s*'user'/.test(node.getText()))
        found.push(`${at(node)}: picks the system components itself; use present(model).system`);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  const renderers = filesUnder('render');

  it('import only raw element types from src/spec, never a helper that derives something', () => {
    const wrong = renderers.flatMap((file) =>
      specImports(file)
        .filter((n) => !SPEC_TYPES_ALLOWED.has(n))
        .map((n) => `${relative(SRC, file)}: ${n}`),
    );
    expect(wrong).toEqual([]);
  });

  it('derive no date, pattern name, platform name or component count of their own', () => {
    const found = renderers.flatMap((file) => derivations(file).map((d) => `${relative(SRC, file)}:${d}`));
    expect(found).toEqual([]);
  });

  it('the checks find a derivation when there is one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiarch-layers-'));
    const file = join(dir, 'renderer.ts');
    writeFileSync(
      file,
      "const when = model.spec.client.date;\nconst name = model.scores.find((s) => s.platform === id)?.label;\nconst n = components.filter((c) => c.kind !== 'user').length;\nconst d = longDate(x);\n",
    );
    expect(derivations(file).map((d) => d.split(':')[0])).toEqual(['1', '2', '3', '4']);
    rmSync(dir, { recursive: true, force: true });
  });
});
