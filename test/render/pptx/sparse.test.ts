// A sparse spec gives a shorter deck that speaks to the client: no placeholder
// slide, no spec field or instruction to the author on any slide, and an
// executive summary right after the title.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.js';
import { buildModel } from '../../../src/model/build.js';
import { deckSections, renderDeck } from '../../../src/render/pptx/index.js';
import { loadSpec } from '../../../src/spec/load.js';
import { firstRun, modelOf, referenceSpec, slides, textOf, xmlParts } from './helpers.js';

const MINIMAL = `version: 1
client: { name: Pine Dental }
scenario: { useCase: Appointment reminder drafting }
platforms:
  weights: { modelFit: 60, cost: 40 }
  candidates:
    azure-openai: { scores: { modelFit: 8, cost: 7 } }
    aws-bedrock: { scores: { modelFit: 7, cost: 7 } }
architecture:
  pattern: container
  components:
    - { id: api, kind: compute, name: Reminder service, zone: private, connects: [llm] }
    - { id: llm, kind: ai-model, name: GPT model, zone: ai }
costs:
  usage: { requestsPerUserPerDay: 3, tokensPerRequest: { input: 500, output: 300 } }
  growth: [{ month: 1, users: 20 }]
  models: [{ model: small-model, share: 100, inputPer1M: 0.50, outputPer1M: 1.50 }]
`;

function minimalModel() {
  const loaded = loadSpec('pine-dental.yaml', new TextEncoder().encode(MINIMAL));
  if (loaded.spec === null) throw new Error('the minimal spec does not validate');
  return buildModel(loaded.spec, loadCatalog());
}

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
    const titles = slides(await xmlParts(await renderDeck(model, null, { theme: 'light' }))).slice(1).map(firstRun);
    expect(titles.slice(0, 2)).toEqual(['Executive summary', 'Agenda']);
    expect(titles.slice(2)).toEqual([...deckSections(model)]);
    for (const absent of ['Business context and goals', 'Security architecture', 'Compliance mapping', 'Optimization roadmap', 'Deployment roadmap', 'Risks and mitigations', 'Next steps and decisions']) {
      expect(titles).not.toContain(absent);
    }
    const full = slides(await xmlParts(await renderDeck(modelOf(referenceSpec()), null, { theme: 'light' })));
    expect(titles.length + 1).toBeLessThan(full.length);
  });

  it('says nothing to the author on any slide', async () => {
    for (const model of [minimalModel(), modelOf(referenceSpec())]) {
      for (const slide of slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })))) {
        const text = textOf(slide);
        // The architecture slide without a render is a build problem, told to whoever builds.
        if (/Reference architecture/.test(text)) continue;
        for (const pattern of AUTHOR_TALK) expect(text, `${slide.name}: ${pattern}`).not.toMatch(pattern);
      }
    }
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
