// A sparse spec gives a shorter deck that speaks to the client: no placeholder
// slide, no spec field or instruction to the author on any slide, and an
// executive summary right after the title.
import { kindName } from '../../../src/present/index.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.js';
import { buildModel } from '../../../src/model/build.js';
import { deckSections, renderDeck } from '../../../src/render/pptx/index.js';
import { loadSpec } from '../../../src/spec/load.js';
import { firstRun, modelOf, referenceSpec, slides, textOf, xmlParts } from './helpers.js';

// The 20-line spec of issue 10, kept as a regression fixture.
const MINIMAL = readFileSync(new URL('../../fixtures/regression/pine-dental.yaml', import.meta.url));

function minimalModel() {
  const loaded = loadSpec('pine-dental.yaml', MINIMAL);
  if (loaded.spec === null) throw new Error('the minimal spec does not validate');
  return buildModel(loaded.spec, loadCatalog());
}

/** A spec from the repository, by its path from the root. */
function modelAt(path: string) {
  const loaded = loadSpec(path, readFileSync(new URL(`../../../${path}`, import.meta.url)));
  if (loaded.spec === null) throw new Error(`${path} does not validate`);
  return buildModel(loaded.spec, loadCatalog());
}

// Two rich specs and two sparse ones (one with an accented, right-to-left client name).
const LOOKED_AT = [
  'specs/northwind-health.yaml',
  'specs/kestrel-drivetrain.yaml',
  'test/fixtures/regression/pine-dental.yaml',
  'test/render/pptx/fixtures/sparse-rtl.yaml',
];

// Words an author needs and a client should not read: spec field paths, "add …" instructions.
const AUTHOR_TALK = [
  /\bthe spec\b/i,
  /\bspec\b/i,
  /\b(?:scenario|platforms|architecture|security|costs|deployment|operations|proposal)\.[a-zA-Z]/,
  /\badd [a-z]+\.[a-z]/i,
  /course default/i,
  /\byet:/i,
];

describe('the deck of a sparse spec', () => {
  it('leaves out every section it has nothing for, in the agenda too', async () => {
    const model = minimalModel();
    const titles = slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })))
      .slice(1)
      .map(firstRun);
    expect(titles.slice(0, 2)).toEqual(['Executive summary', 'Agenda']);
    expect(titles.slice(2)).toEqual([...deckSections(model)]);
    for (const absent of [
      'Business context and goals',
      'Security architecture',
      'Compliance mapping',
      'Optimization roadmap',
      'Deployment roadmap',
      'Risks and mitigations',
      'Next steps and decisions',
    ]) {
      expect(titles).not.toContain(absent);
    }
    const full = slides(await xmlParts(await renderDeck(modelOf(referenceSpec()), null, { theme: 'light' })));
    expect(titles.length + 1).toBeLessThan(full.length);
  });

  it.each(LOOKED_AT)('says nothing to the author on any slide of %s', async (path) => {
    const model = modelAt(path);
    for (const slide of slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })))) {
      const text = textOf(slide);
      // The architecture slide without a render is a build problem, told to whoever builds.
      if (/Reference architecture/.test(text)) continue;
      for (const pattern of AUTHOR_TALK) expect(text, `${slide.name}: ${pattern}`).not.toMatch(pattern);
    }
  });

  it.each(LOOKED_AT)('shows no figure that reads as nothing, and no optimized figure without optimizations, on %s', async (path) => {
    const model = modelAt(path);
    const text = slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })))
      .map(textOf)
      .join('\n');
    expect(text).not.toMatch(/\b0\.0 req\/(s|min)/);
    expect(text).not.toMatch(/-100(\.0)?%/);
    if (model.optimizations.length === 0) expect(text).not.toMatch(/optimized/i);
    else expect(text).toMatch(/optimized/i);
  });

  it('opens with the recommendation, year-1 cost, payback and the decision asked for', async () => {
    const model = minimalModel();
    const summary = textOf(slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })))[1]!);
    expect(summary).toContain('Azure OpenAI');
    expect(summary).toMatch(/YEAR-1 COST/i);
    expect(summary).toContain('No annual budget was set');
    expect(summary).toContain('Not quantified');
    expect(summary).toContain('Approve Azure OpenAI as the platform');
    const rich = textOf(slides(await xmlParts(await renderDeck(modelOf(referenceSpec()), null, { theme: 'light' })))[1]!);
    const decision = referenceSpec().proposal?.decisions?.[0]?.decision;
    expect(decision).toBeDefined();
    expect(rich).toContain(decision!);
  });
});

describe('text that does not fit', () => {
  it('sets a long accented client name whole on the cover', async () => {
    const spec = referenceSpec();
    spec.client.name = "Société Générale d'Énergie & Infrastructures Territoriales du Grand Est";
    const cover = textOf(slides(await xmlParts(await renderDeck(modelOf(spec), null, { theme: 'light' })))[0]!);
    expect(cover).toContain("Société Générale d'Énergie &amp; Infrastructures Territoriales du Grand Est".replace('&amp;', '&'));
  });

  it('is never cut mid-word: what precedes an ellipsis ends where a word ends in the full text', async () => {
    const { longSpec, hostileSpec } = await import('./stress.js');
    for (const spec of [longSpec(), hostileSpec()]) {
      const parts = await xmlParts(await renderDeck(modelOf(spec), null, { theme: 'light' }));
      // Cut text is the spec's, or a display name of one of its components' kinds.
      const full = JSON.stringify(spec) + JSON.stringify(spec.architecture.components.map((c) => kindName(c.kind)));
      let cuts = 0;
      for (const slide of slides(parts)) {
        for (const run of [...slide.text.matchAll(/<a:t>([^<]*)…<\/a:t>/g)].map((m) => m[1] ?? '')) {
          const kept = run
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'");
          const words = kept.split(/\s+/).filter((w) => w.length > 0);
          const last = words[words.length - 1];
          if (last === undefined || words.length < 2) continue;
          cuts++;
          // The last kept word appears in the spec as a whole word (followed by a non-letter).
          const escaped = JSON.stringify(last)
            .slice(1, -1)
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          expect(new RegExp(`${escaped}(?![\\p{L}\\p{N}])`, 'u').test(full), `${slide.name}: "${kept}…"`).toBe(true);
        }
      }
      expect(cuts).toBeGreaterThan(0);
    }
  });
});
