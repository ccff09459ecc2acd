// Every diagram picture carries alt text built from the model: the PDF's
// inline SVG (one image, named by title and description) and the deck's
// picture (the PPTX `descr` attribute).
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../src/render/mermaid/index.js';
import { bodyParts } from '../../src/render/pdf/document.js';
import { renderDeck } from '../../src/render/pptx/index.js';
import type { DiagramImage } from '../../src/render/types.js';
import { modelOf, referenceSpec, slides, tinyPng, xmlParts } from './pptx/helpers.js';

const model = modelOf(referenceSpec());
const components = model.spec.architecture.components.map((c) => c.name);

describe('alt text', () => {
  it('names every diagram of the PDF by its title and a description from the model', () => {
    const diagrams = renderDiagramSources(model);
    const images: DiagramImage[] = diagrams.map((d) => ({
      name: d.name,
      svg: `<svg id="x" viewBox="0 0 400 300" role="graphics-document document"><g/></svg>`,
      png: new Uint8Array(),
      width: 400,
      height: 300,
    }));
    const { sections } = bodyParts(
      model,
      renderDocuments(model, diagrams).map((d) => d.tree),
      diagrams,
      images,
    );
    const svgs = [...sections.matchAll(/<figure class="diagram[^"]*"[^>]*><svg\b([^>]*)>/g)].map((m) => m[1] ?? '');
    // The bound PDF draws each diagram once (later mentions refer to its figure number).
    expect(svgs.length).toBe(diagrams.length);
    for (const attrs of svgs) {
      expect(attrs).toMatch(/ role="img" /);
      expect(attrs).not.toContain('graphics-document');
      expect(/aria-label="([^"]+)"/.exec(attrs)?.[1]?.length ?? 0).toBeGreaterThan(40);
    }
    const reference = svgs.find((a) => a.includes('aria-label="Reference architecture: '));
    for (const name of components) expect(reference).toContain(name.replace(/&/g, '&amp;'));
    expect(svgs.some((a) => a.includes(`recommended ${model.recommendation}`))).toBe(true);
  });

  it('gives the deck picture the same description', async () => {
    const image: DiagramImage = { name: 'reference-architecture', svg: '<svg/>', png: tinyPng(8, 2), width: 800, height: 200 };
    const deck = await renderDeck(model, [image], { theme: 'light' });
    const pic = slides(await xmlParts(deck)).find((s) => s.text.includes('<p:pic>'));
    const descr = /<p:cNvPr [^>]*descr="([^"]*)"/.exec(pic?.text ?? '')?.[1] ?? '';
    expect(descr).toMatch(/^Reference architecture: \d+ components grouped by zone/);
    for (const name of components) expect(descr).toContain(name.replace(/&/g, '&amp;'));
  });
});
