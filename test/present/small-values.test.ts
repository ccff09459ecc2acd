// A small proposal (one user, a request a day) prints its small figures as
// figures: amounts under a dollar in cents or finer, never "$0" or "$1", and
// a load of a few requests an hour per hour, never "0.0 requests per second".
// The documents and the deck print the same string for the same number.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { createFormatter, requestRate } from '../../src/format/numbers.js';
import { buildModel } from '../../src/model/build.js';
import { renderDocuments } from '../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../src/render/mermaid/index.js';
import { renderDeck } from '../../src/render/pptx/index.js';
import type { Spec } from '../../src/spec/types.js';
import { slides, textOf, xmlParts } from '../render/pptx/helpers.js';

function tinyModel() {
  const spec = parse(readFileSync(new URL('../fixtures/valid/minimal.yaml', import.meta.url), 'utf8')) as Spec;
  const tiny: Spec = {
    ...spec,
    costs: {
      ...spec.costs,
      usage: { ...spec.costs.usage, requestsPerUserPerDay: 1 },
      growth: [
        { month: 1, users: 1 },
        { month: 6, users: 3 },
      ],
    },
  };
  return buildModel(tiny, loadCatalog());
}

/** An amount printed in whole units: "$0" or "$3" not followed by cents or more digits. */
const WHOLE_SMALL = /\$\d(?![\d.,])/;

describe('small values', () => {
  it('read as figures in every document and on every slide, the same string in both', async () => {
    const model = tinyModel();
    expect(model.year1.total).toBeLessThan(10);
    expect(model.peak.requestsPerSecond).toBeLessThan(0.05);
    const fmt = createFormatter(model.currency);
    const rate = requestRate(model.peak.requestsPerSecond);
    expect(rate).toMatch(/requests per (minute|hour)$/);
    const year1 = fmt.money(model.year1.total);
    expect(year1).toMatch(/^\$\d\.\d\d$/);

    const docs = renderDocuments(model, renderDiagramSources(model)).map((d) => d.markdown);
    const markdown = docs.join('\n');
    expect(markdown).toContain(rate);
    expect(markdown).not.toContain('0.0 requests per second');
    expect(markdown).toContain(`Year-1 spend is ${year1}`);
    for (const line of markdown.split('\n')) {
      if (line.includes('```') || line.startsWith('| Platform | Model')) continue;
      expect(line).not.toMatch(WHOLE_SMALL);
    }

    const deck = slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })))
      .map(textOf)
      .join('\n');
    expect(deck).toContain(rate);
    expect(deck).not.toContain('req/s');
    expect(deck).toContain(year1);
    expect(deck).not.toMatch(WHOLE_SMALL);
    // The peak-load tile sets the figure large and its unit in the caption, so neither is cut.
    expect(deck).toMatch(/Requests per (minute|hour); /);
    expect(deck).not.toMatch(/requests per\s*(…|\.\.\.)/i);
  });
});
