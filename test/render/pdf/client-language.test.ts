// The six documents and the PDF speak to the client: on a minimal spec and on
// the rich reference, none mentions the spec, its field paths, "add `…`" or
// a course default. What the author should add goes to rubric.md and the
// draft's author notes instead, and every gap a document leaves is said there.
import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { prepareSpec, type PreparedSpec } from '../../../src/compile/prepare.js';

import { gapNotes } from '../../../src/render/markdown/gaps.js';

import { renderProposalPdf } from '../../../src/render/pdf/index.js';
import { renderDiagramImages } from '../../../src/render/images/index.js';
import { specAt, specYaml } from '../../fuzz/spec-arbitrary.js';
import { openTestSession, pdftotext, writeTemp } from './helpers.js';

const SPECS = ['test/fixtures/regression/pine-dental.yaml', 'specs/northwind-health.yaml'] as const;
const SECTIONS = ['client', 'scenario', 'platforms', 'architecture', 'costs', 'security', 'deployment', 'operations', 'proposal', 'catalog'];

/** Author-facing wording a client deliverable must not carry. */
const BANNED: readonly (readonly [string, RegExp])[] = [
  ['"the spec"', /\bthe spec\b/i],
  ['"the course"', /\bthe course\b/i],
  ['"course default"', /course default/i],
  ['"add `…`"', /\badd\s+\\?`/i],
  ['a spec field path', new RegExp(`(?<![\\w./-])(?:${SECTIONS.join('|')})\\.[a-z][A-Za-z]*`)],
];

function banned(text: string): string[] {
  return BANNED.flatMap(([what, pattern]) => {
    const found = pattern.exec(text);
    return found ? [`${what}: …${text.slice(Math.max(0, found.index - 60), found.index + 60).replace(/\s+/g, ' ')}…`] : [];
  });
}

function prepared(file: string): PreparedSpec {
  const result = prepareSpec(file, readFileSync(file));
  if (!result.ok) throw new Error(`${file} does not load`);
  return result;
}

describe('client deliverables never talk to the spec author', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openTestSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('finds each kind of banned wording (the scan can fail)', () => {
    expect(banned('Procedures marked (course default)')).toHaveLength(1);
    expect(banned('No budget: add `scenario.budget.annualUsd` to the spec.')).toHaveLength(3);
    expect(banned('add \\`operations.procedures\\`')).toHaveLength(2);
    expect(banned('The decision tree of the course')).toHaveLength(1);
    expect(banned('See enterprise-architecture-proposal.md and the specification; costs.')).toEqual([]);
  });

  for (const file of SPECS) {
    it(`${file}: the six documents and the PDF text`, async () => {
      const spec = prepared(file);
      for (const doc of spec.documents) expect({ document: doc.name, banned: banned(doc.markdown) }).toEqual({ document: doc.name, banned: [] });
      const images = await renderDiagramImages(session, spec.diagrams);
      const pdf = await renderProposalPdf(session, {
        model: spec.model,
        documents: spec.documents.map((d) => d.tree),
        diagrams: spec.diagrams,
        images,
        paper: 'a4',
      });
      expect(banned(pdftotext(writeTemp(pdf.bytes)))).toEqual([]);
    });

    it(`${file}: every gap the documents leave is said in rubric.md`, () => {
      const spec = prepared(file);
      const rubric = spec.extras.find((d) => d.name === 'rubric')!.markdown;
      const gaps = spec.documents.flatMap((d) => d.gaps);
      if (file.includes('pine-dental')) expect(gaps.length).toBeGreaterThan(30);
      for (const gap of gaps) expect(rubric).toContain(`\`${gap.path}\``);
      expect(gapNotes(spec.documents).length).toBeGreaterThan(0);
    });
  }

  it('generated sparse and dense specs give documents without author wording', () => {
    let built = 0;
    for (let seed = 1; seed <= 40 && built < 8; seed++) {
      // Some generated specs are meant to be refused (an unpriced model, a diagram over its limits): those build no documents.
      const spec = prepareSpec(`generated-${seed}.yaml`, specYaml(specAt(seed)));
      if (!spec.ok) continue;
      built += 1;
      for (const doc of spec.documents) expect({ seed, document: doc.name, banned: banned(doc.markdown) }).toEqual({ seed, document: doc.name, banned: [] });
    }
    expect(built).toBe(8);
  });
});
