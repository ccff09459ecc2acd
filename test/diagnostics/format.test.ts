// Pinned error output: what a learner sees in the terminal.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/diagnostics/color.js';
import { formatDiagnostic, formatSummary, summarize } from '../../src/diagnostics/format.js';
import { loadSpec } from '../../src/spec/load.js';

const invalid = (name: string) => {
  const file = `test/fixtures/invalid/${name}.yaml`;
  return loadSpec(file, readFileSync(new URL(`../fixtures/invalid/${name}.yaml`, import.meta.url)));
};

describe('formatDiagnostic', () => {
  it('prints location, code, message, a code frame with a caret, and the hint', () => {
    const source = invalid('misspelled-key');
    const [d] = source.diagnostics;
    expect(formatDiagnostic(d!, source.text)).toMatchInlineSnapshot(`
      "test/fixtures/invalid/misspelled-key.yaml:16:3  error AIA201  unknown property "recomendation" in platforms; did you mean "recommendation"?
        14 |     azure-openai:
        15 |       scores: { quality: 7, cost: 7 }
      > 16 |   recomendation: aws-bedrock
           |   ^
        hint: Rename "recomendation" to "recommendation"."
    `);
  });

  it('points into flow collections', () => {
    const source = invalid('unknown-model');
    expect(formatDiagnostic(source.diagnostics[0]!, source.text)).toMatchInlineSnapshot(`
      "test/fixtures/invalid/unknown-model.yaml:40:16  error AIA310  unknown model "claude-sonet-4-5" on aws-bedrock; did you mean "claude-sonnet-4-5"?; or give inputPer1M and outputPer1M
        38 |   models:
        39 |     - { model: claude-haiku-4-5, share: 60 }
      > 40 |     - { model: claude-sonet-4-5, share: 40 }
           |                ^
        hint: Use a model aws-bedrock offers (see \`aiarch catalog\`), or price it: inputPer1M and outputPer1M in USD per 1M tokens."
    `);
  });

  it('prints no frame for a problem with no place in the file', () => {
    const source = invalid('empty');
    expect(formatDiagnostic(source.diagnostics[0]!, source.text)).toBe(
      'test/fixtures/invalid/empty.yaml  error AIA109  the spec file is empty\n  hint: Run `aiarch init` to write a starter spec, then fill it in.',
    );
  });

  it('colours only when asked', () => {
    const source = invalid('weights-sum');
    const d = source.diagnostics[0]!;
    expect(formatDiagnostic(d, source.text)).not.toContain('\u001b[');
    expect(formatDiagnostic(d, source.text, { color: true })).toContain('\u001b[31m');
  });

  it('shows line 1 with no context above it, and cuts very long lines', () => {
    const source = invalid('deep-nesting');
    const lines = formatDiagnostic(source.diagnostics[0]!, source.text).split('\n');
    expect(lines[1]).toMatch(/^> 1 \| version: \[{111}…$/);
    expect(lines[2]).toBe(`    | ${' '.repeat(48)}^`);
  });
});

describe('every invalid fixture', () => {
  const dir = new URL('../fixtures/invalid/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(`${file}: each located diagnostic formats with a frame and a caret under its column`, () => {
      const source = invalid(file.replace(/\.yaml$/, ''));
      for (const d of source.diagnostics.filter((x) => x.line > 0)) {
        const lines = formatDiagnostic(d, source.text).split('\n');
        const current = lines.findIndex((l) => l.startsWith(`> ${d.line} | `) || new RegExp(`^> +${d.line} \\| `).test(l) || l === `> ${d.line} |`);
        expect(current, `${file} ${d.code}`).toBeGreaterThan(0);
        const caret = lines[current + 1] ?? '';
        expect(caret.indexOf('^') - caret.indexOf('|') - 2).toBe(Math.min(d.column, 121) - 1);
        expect(lines.at(-1)).toMatch(/^  hint: ./);
      }
    });
  }
});

describe('summary and colour choice', () => {
  it('counts errors, warnings and files', () => {
    const diagnostics = [...invalid('connects-item-type').diagnostics, ...invalid('unweighted-score').diagnostics];
    expect(formatSummary(summarize(diagnostics, 2))).toBe('✖ 2 errors, 1 warning in 2 files');
    expect(formatSummary(summarize([], 1))).toBe('✔ 0 errors, 0 warnings in 1 file');
  });

  it('wants colour on a TTY unless NO_COLOR is set', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });
});
