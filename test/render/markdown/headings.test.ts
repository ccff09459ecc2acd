// The section headings of each course template appear in its document, in
// the template's order and at the template's level. Template placeholders
// become the spec's real names: one platform block per candidate, one phase
// heading per deployment phase, "[Client Name]"-style tails matched as prefixes.
// A section the spec gives nothing for is left out (its heading goes and the
// author is told why); on the complete reference spec none is.
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import type { Model } from '../../../src/model/types.js';
import { DOCUMENT_NAMES } from '../../../src/render/types.js';
import { type Heading, allSpecs, fixtureDiagrams, headingsOf, modelOf, templateHeadings } from './helpers.js';

const CATALOG_LABELS = new Set(['AWS Bedrock', 'Amazon Bedrock', 'Azure OpenAI', 'Google Vertex AI']);

interface Expected {
  readonly level: number;
  /** The document heading must start with this (case-insensitive). */
  readonly prefix: string;
}

function escapeMd(label: string): string {
  return label
    .replace(/[\\`*_[\]|~!]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function expectedHeadings(name: string, model: Model): Expected[] {
  const template = templateHeadings(name);
  const out: Expected[] = [];
  for (let i = 0; i < template.length; i++) {
    const h = template[i]!;
    if (h.level === 3 && CATALOG_LABELS.has(h.text)) {
      // One block per candidate: the first template block's sub-headings, repeated.
      const subs: Heading[] = [];
      for (let j = i + 1; j < template.length && template[j]!.level > 3; j++) subs.push(template[j]!);
      for (const s of model.scores) out.push({ level: 3, prefix: escapeMd(s.label) }, ...subs.map((x) => ({ level: x.level, prefix: x.text })));
      while (i + 1 < template.length && (template[i + 1]!.level > 3 || CATALOG_LABELS.has(template[i + 1]!.text))) i++;
      continue;
    }
    if (/^Phase \d+:/.test(h.text)) {
      for (const [k, p] of (model.spec.deployment?.phases ?? []).entries()) out.push({ level: h.level, prefix: `Phase ${k + 1}: ${escapeMd(p.name)}` });
      while (i + 1 < template.length && /^Phase \d+:/.test(template[i + 1]!.text)) i++;
      continue;
    }
    const bracket = h.text.indexOf('[');
    out.push({ level: h.level, prefix: bracket >= 0 ? h.text.slice(0, bracket).trim() : h.text });
  }
  return out;
}

/** The expected headings not found in order: a heading out of order counts as missing. */
function missingInOrder(expected: readonly Expected[], actual: readonly Heading[]): Expected[] {
  const missing: Expected[] = [];
  let at = 0;
  for (const e of expected) {
    const found = actual.findIndex((a, i) => i >= at && a.level === e.level && a.text.toLowerCase().startsWith(e.prefix.toLowerCase()));
    if (found === -1) missing.push(e);
    else at = found + 1;
  }
  return missing;
}

/** Index of the first expected heading that is missing in order, or -1. */
function firstMissing(expected: readonly Expected[], actual: readonly Heading[]): number {
  let at = 0;
  for (const [i, e] of expected.entries()) {
    while (at < actual.length && !(actual[at]!.level === e.level && actual[at]!.text.toLowerCase().startsWith(e.prefix.toLowerCase()))) at++;
    if (at === actual.length) return i;
    at++;
  }
  return -1;
}

describe('template headings', () => {
  for (const { file, spec } of allSpecs()) {
    it(`${file}: the template headings appear in order, and one is left out only for a gap the author is told of`, () => {
      const model = modelOf(spec);
      const docs = renderDocuments(model, fixtureDiagrams());
      for (const name of DOCUMENT_NAMES) {
        const doc = docs.find((d) => d.name === name)!;
        const expected = expectedHeadings(name, model);
        const actual = headingsOf(doc.markdown);
        const missing = missingInOrder(expected, actual);
        if (file.endsWith('reference.yaml')) expect({ document: name, missing }).toEqual({ document: name, missing: [] });
        else if (missing.length > 0) expect({ document: name, gaps: doc.gaps.length > 0 }).toEqual({ document: name, gaps: true });
      }
    });
  }

  it('notices a heading that is missing or out of order', () => {
    const expected = [
      { level: 2, prefix: 'A' },
      { level: 2, prefix: 'B' },
    ];
    expect(
      firstMissing(expected, [
        { level: 2, text: 'B' },
        { level: 2, text: 'A' },
      ]),
    ).toBe(1);
    expect(
      firstMissing(expected, [
        { level: 2, text: 'A' },
        { level: 3, text: 'B' },
      ]),
    ).toBe(1);
    expect(
      firstMissing(expected, [
        { level: 2, text: 'A x' },
        { level: 2, text: 'B y' },
      ]),
    ).toBe(-1);
  });

  it('expands the platform block of the comparison template per candidate', () => {
    const model = modelOf(allSpecs().find((s) => s.file.endsWith('reference.yaml'))!.spec);
    const expected = expectedHeadings('platform-comparison-analysis', model);
    expect(expected.filter((e) => e.level === 3).map((e) => e.prefix)).toEqual(model.scores.map((s) => s.label));
    expect(expected.filter((e) => e.prefix === 'Cost Estimate')).toHaveLength(model.scores.length);
  });
});
