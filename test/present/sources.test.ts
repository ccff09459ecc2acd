// Price dates and sources are listed once, under Sources, in words a client
// reads; the tables that use the prices carry no file name, revision or date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { buildModel } from '../../src/model/build.js';
import { priceSources } from '../../src/present/sources.js';
import { renderDocuments } from '../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../src/render/mermaid/index.js';
import type { Spec } from '../../src/spec/types.js';
import { loadSpec } from '../../src/spec/load.js';

function specFrom(path: string): Spec {
  const loaded = loadSpec(path, readFileSync(new URL(`../../${path}`, import.meta.url)));
  if (loaded.spec === null) throw new Error(`${path} does not validate`);
  return loaded.spec;
}

const INTERNAL = /litellm|model_prices|\.json|@ [0-9a-f]{7,}/i;

function costModel(spec: Spec): string {
  const model = buildModel(spec, loadCatalog());
  const doc = renderDocuments(model, renderDiagramSources(model)).find((d) => d.name === 'cost-model');
  if (!doc) throw new Error('no cost model');
  return doc.markdown;
}

describe('price sources', () => {
  it('name the provider, the list and the date, never the price file or its revision', () => {
    const model = buildModel(specFrom('specs/kestrel-drivetrain.yaml'), loadCatalog());
    const rows = priceSources(model);
    expect(rows.map((r) => [r.platform, r.model])).toContainEqual(['Amazon Bedrock', 'Amazon Nova Lite']);
    // Each other candidate's stand-in model is listed too: its estimate uses that price.
    expect(rows.some((r) => r.platform === 'Azure OpenAI')).toBe(true);
    for (const row of rows) {
      expect(row.asOf).toBe('18 July 2026');
      expect(row.source).toMatch(/^(Amazon Web Services|Microsoft Azure|Google Cloud) published list price, on demand$/);
      expect(`${row.source} ${row.note ?? ''}`).not.toMatch(INTERNAL);
    }
  });

  it('say a price given in the proposal was supplied by the proposal team, with its own note', () => {
    const spec = specFrom('specs/kestrel-drivetrain.yaml');
    const [first, ...rest] = spec.costs.models;
    if (!first) throw new Error('no model');
    const quoted: Spec = {
      ...spec,
      costs: {
        ...spec.costs,
        models: [{ ...first, inputPer1M: 0.05, outputPer1M: 0.2, asOf: '2026-10-01', source: 'Enterprise agreement, schedule B' }, ...rest],
      },
    };
    const row = priceSources(buildModel(quoted, loadCatalog()))[0];
    expect(row).toMatchObject({ source: 'Supplied by the proposal team', note: 'Enterprise agreement, schedule B', asOf: '1 October 2026' });
    expect(costModel(quoted)).toContain('| Supplied by the proposal team (Enterprise agreement, schedule B) |');
  });

  it('stay out of the pricing table and close the cost model under Sources', () => {
    const markdown = costModel(specFrom('specs/kestrel-drivetrain.yaml'));
    expect(markdown).not.toMatch(INTERNAL);
    const pricing = markdown.slice(markdown.indexOf('### Model Pricing'), markdown.indexOf('### Monthly Projections'));
    expect(pricing).not.toContain('July 2026');
    expect(pricing).not.toMatch(/\| (Source|As of|Price date) \|/);
    const sources = markdown.slice(markdown.indexOf('## Sources'));
    expect(sources).toContain('| Amazon Bedrock | Amazon Nova Lite | $0.0600 / $0.2400 | 18 July 2026 | Amazon Web Services published list price, on demand |');
  });
});
