// A proposal that names no security control in any layer shows no layers: no
// defense-in-depth figure of empty boxes, no table of "to be defined" rows and
// no security slide, but one labelled assumption in the documents and the PDF.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.js';
import { buildModel } from '../../../src/model/build.js';
import { CONTROLS_TO_DEFINE } from '../../../src/present/security.js';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { bodyParts } from '../../../src/render/pdf/document.js';
import { renderDeck } from '../../../src/render/pptx/index.js';
import type { DiagramImage } from '../../../src/render/types.js';
import { loadSpec } from '../../../src/spec/load.js';
import { firstRun, slides, xmlParts } from '../pptx/helpers.js';

function modelAt(path: string) {
  const loaded = loadSpec(path, readFileSync(new URL(`../../../${path}`, import.meta.url)));
  if (loaded.spec === null) throw new Error(`${path} does not validate`);
  return buildModel(loaded.spec, loadCatalog());
}

function built(path: string) {
  const model = modelAt(path);
  const diagrams = renderDiagramSources(model);
  const documents = renderDocuments(model, diagrams);
  // Stand-in images: the PDF's HTML only needs one per diagram to draw it as a figure.
  const images: DiagramImage[] = diagrams.map((d) => ({
    name: d.name,
    svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>',
    png: new Uint8Array(),
    width: 10,
    height: 10,
  }));
  const html = bodyParts(
    model,
    documents.map((d) => d.tree),
    diagrams,
    images,
  ).sections;
  const doc = (name: string) => documents.find((d) => d.name === name)?.markdown ?? '';
  return { model, doc, html };
}

describe('a proposal without security controls', () => {
  it('states one assumption instead of a figure and a table of empty layers', () => {
    const { doc, html } = built('test/fixtures/valid/minimal.yaml');
    const security = doc('security-architecture-design');
    expect(security).toContain(`> **Assumed:** ${CONTROLS_TO_DEFINE}`);
    expect(security).not.toContain('accTitle: Defense in depth');
    expect(security).not.toContain('in five layers of defense in depth.');
    const proposal = doc('enterprise-architecture-proposal');
    expect(proposal).toContain(`> **Assumed:** ${CONTROLS_TO_DEFINE}`);
    expect(proposal).not.toContain('To be defined in the detailed design');
    expect(proposal).not.toContain('| Layer | Controls | Implementation |');
    // In the PDF no figure is the defense-in-depth diagram, and the figures are numbered without a gap.
    expect(html).not.toMatch(/Figure \d+\. Defense in depth/);
    const numbers = [...html.matchAll(/Figure (\d+)\. /g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('has no security slide', async () => {
    const titles = slides(await xmlParts(await renderDeck(modelAt('test/fixtures/valid/minimal.yaml'), null, { theme: 'light' }))).map(firstRun);
    expect(titles).not.toContain('Security architecture');
  });

  it('is not what a proposal with controls gets: the figure, the table and the slide stay', async () => {
    const { doc, html, model } = built('specs/northwind-health.yaml');
    expect(doc('security-architecture-design')).toContain('accTitle: Defense in depth');
    expect(doc('enterprise-architecture-proposal')).toContain('| Layer | Controls | Implementation |');
    expect(html).toMatch(/Figure \d+\. Defense in depth/);
    expect(doc('security-architecture-design')).not.toContain(CONTROLS_TO_DEFINE);
    const titles = slides(await xmlParts(await renderDeck(model, null, { theme: 'light' }))).map(firstRun);
    expect(titles).toContain('Security architecture');
  });
});
