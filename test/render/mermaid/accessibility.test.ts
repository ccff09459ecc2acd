// accTitle/accDescr in every diagram's source: built from the model, one line
// each, and safe for any spec text.
import { describe, expect, it } from 'vitest';
import { accessibleText, accValue, withAccessibility } from '../../../src/render/mermaid/accessibility.js';
import { altText } from '../../../src/render/mermaid/describe.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { HOSTILE, hostileSpec, modelOf, PATTERNS, patternSpec } from './patterns.js';

/** Mermaid's own decoding of an entity-coded accessibility value, for comparison with the plain text. */
const decode = (value: string): string =>
  value.replace(/#(lt|gt|\d+);/g, (_all, code: string) => (code === 'lt' ? '<' : code === 'gt' ? '>' : String.fromCodePoint(Number(code))));

const RTL = 'مرحبا \u202eevil\u202c \u2067isolate\u2069 שלום';

describe('accessibility fields', () => {
  it('gives every diagram of every pattern a title and a description from the model, right after the diagram type', () => {
    for (const pattern of PATTERNS) {
      for (const diagram of renderDiagramSources(modelOf(patternSpec(pattern)))) {
        for (const text of [diagram.source]) {
          const [, title, description] = text.split('\n');
          expect(title, diagram.name).toBe(`  accTitle: ${accValue(diagram.title)}`);
          expect(description, diagram.name).toBe(`  accDescr: ${accValue(diagram.description!)}`);
          expect(text.match(/accTitle|accDescr/g)).toHaveLength(2);
        }
      }
    }
  });

  it('says in the source what the PDF and the deck say: the same words once decoded', () => {
    for (const diagram of renderDiagramSources(modelOf(hostileSpec()))) {
      const line = diagram.source.split('\n').find((l) => l.startsWith('  accDescr: '))!;
      expect(`${diagram.title}: ${decode(line.slice('  accDescr: '.length))}`).toBe(altText(diagram));
    }
  });

  it('keeps hostile spec text on one line, with no directive, comment, entity or markup of its own', () => {
    const spec = hostileSpec();
    spec.architecture.components[1]!.name = `line one\nline two\r\n%% comment\n${RTL}; x: y #35; &amp;`;
    for (const diagram of renderDiagramSources(modelOf(spec))) {
      const lines = diagram.source.split('\n').filter((l) => /^\s*acc(Title|Descr)/.test(l));
      expect(lines).toHaveLength(2);
      for (const line of lines) {
        const value = line.replace(/^\s*acc(Title|Descr): /, '');
        expect(value).not.toMatch(/[\u202a-\u202e\u2066-\u2069\r\n]/);
        // Every `#` starts one of our codes, and every `;` ends one.
        expect(value.replace(/#(\d+|lt|gt);/g, '')).not.toMatch(/[#;%<>&:]/);
      }
    }
    const reference = renderDiagramSources(modelOf(spec)).find((d) => d.name === 'reference-architecture')!;
    expect(reference.description).toContain('line one line two %% comment مرحبا evil isolate שלום; x: y #35; &amp;');
    for (const hostile of HOSTILE) expect(reference.description).toContain(accessibleText(hostile));
  });

  it('escapes each character that could act in a Mermaid source', () => {
    expect(accValue('50% of #1: a; <b> & c')).toBe('50#37; of #35;1#58; a#59; #lt;b#gt; #38; c');
    expect(withAccessibility('flowchart TB\n  a --> b\n', 'T', 'D')).toBe('flowchart TB\n  accTitle: T\n  accDescr: D\n  a --> b\n');
    expect(withAccessibility('pie\n', 'T', undefined)).toBe('pie\n  accTitle: T\n');
  });
});
