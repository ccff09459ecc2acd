// A design too dense for its architecture diagrams to print whole (a
// generated spec: 19 components, over 200 connections, Arabic, CJK and emoji
// names) prints them as an overview and parts instead, every word at 6 pt or
// more. Before, its reference and network architecture printed at about 2 pt
// (734 words under 6 pt on their two pages).
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { PRINT_FLOOR_PT, printLabelPoints } from '../../../src/render/images/print-fit.js';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { bodyParts } from '../../../src/render/pdf/document.js';
import { PAPER } from '../../../src/render/pdf/paper.js';
import type { DiagramImage, DiagramSource } from '../../../src/render/types.js';
import { specAt, specYaml } from '../../fuzz/spec-arbitrary.js';
import { diagramRendererForFile, printAndRead } from './helpers.js';

const SEED = 4242;

const warm = diagramRendererForFile();

describe(`a dense generated design (seed ${SEED})`, () => {
  it('prints its architecture diagrams as overviews and parts, every word at 6 pt or more', { timeout: 600_000 }, async () => {
    const analyzed = analyzeSpec(`generated-${SEED}.yaml`, specYaml(specAt(SEED)));
    if (!('model' in analyzed)) throw new Error('the generated spec does not load');
    const { model } = analyzed;
    expect(model.spec.architecture.components.length).toBeGreaterThan(15);
    const diagrams = renderDiagramSources(model);
    const images = await warm.renderer.render(diagrams);
    const image = (name: string): DiagramImage | undefined => images.find((i) => i.name === name);
    const reference = image('reference-architecture')?.print ?? [];
    const network = image('network-architecture')?.print ?? [];
    // The reference architecture: an overview of its zones, then its parts; the network: where each component runs.
    expect(reference[0]?.title).toBe('Overview by zone');
    expect(reference.length).toBeGreaterThan(3);
    expect(network.map((p) => p.title)).toEqual(['Where each component runs']);
    // Small diagrams print whole.
    expect(image('cost-projection')?.print).toBeUndefined();

    const { small, text } = await printAndRead(warm.session, model, diagrams, images);
    expect(small).toEqual([]);
    expect(text).toContain('Figure 2. Reference architecture: Overview by zone');
    expect(text).toContain('Reference architecture: Security and observability');
    expect(text).toContain('Network architecture: Where each component runs');
    expect(text).toMatch(/too dense to print legibly as one drawing\. Figure 2 shows its zones/);
  });

  it('numbers every part as a figure with its own caption and alt text', () => {
    const analyzed = analyzeSpec(`generated-${SEED}.yaml`, specYaml(specAt(SEED)));
    if (!('model' in analyzed)) throw new Error('the generated spec does not load');
    const { model } = analyzed;
    const diagrams = renderDiagramSources(model);
    // Drawn stand-ins: the HTML only needs each part's size and SVG.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="10" height="10"/></svg>';
    const picture = (name: DiagramSource['name']): DiagramImage => ({ name, svg, png: new Uint8Array(), width: 100, height: 100 });
    const parts = ['Overview by zone', 'Users, edge and application tier', 'AI services and data'];
    const images = diagrams.map((d) =>
      d.name === 'reference-architecture'
        ? {
            ...picture(d.name),
            print: parts.map((title) => ({ title, description: `${title} described`, svg, png: new Uint8Array(), width: 100, height: 100 })),
          }
        : picture(d.name),
    );
    const html = bodyParts(
      model,
      renderDocuments(model, diagrams).map((d) => d.tree),
      diagrams,
      images,
      PAPER.a4,
    ).sections;
    const captions = [...html.matchAll(/<figcaption>Figure (\d+)\. ([^<]*)<\/figcaption>/g)].map((m) => `${m[1]} ${m[2]}`);
    const at = captions.findIndex((c) => c.endsWith('Reference architecture: Overview by zone'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(captions.slice(at, at + 3)).toEqual(parts.map((title, i) => `${at + 1 + i} Reference architecture: ${title}`));
    // Numbers run on after the parts, with no gap and no repeat.
    expect(captions.map((c) => Number(c.split(' ')[0]))).toEqual(captions.map((_, i) => i + 1));
    for (const title of parts) expect(html).toContain(`aria-label="Reference architecture: ${title}: ${title} described"`);
    // A later mention of the diagram points at its overview.
    expect(html).not.toMatch(new RegExp(`See <a href="#figure-(?!${at + 1}")[^"]*">Figure \\d+</a>: Reference architecture`));
  });
});

describe('the network placement view of a design with long names in wide subnets', () => {
  // Seeds 8148 and 8153: with rows wrapped for a landscape page, the view printed
  // 5.09 and 5.81 pt on a portrait one; narrower rows make it tall enough to print larger.
  for (const seed of [8148, 8153]) {
    it(`prints at 6 pt or more (seed ${seed})`, { timeout: 300_000 }, async () => {
      const analyzed = analyzeSpec(`generated-${seed}.yaml`, specYaml(specAt(seed)));
      if (!('model' in analyzed)) throw new Error('the generated spec does not load');
      const network = renderDiagramSources(analyzed.model).filter((d) => d.name === 'network-architecture');
      const [image] = await warm.renderer.render(network);
      const print = image?.print ?? [];
      expect(print[0]?.title).toMatch(/^Where each component runs/);
      for (const view of print) expect(printLabelPoints('network-architecture', view)).toBeGreaterThanOrEqual(PRINT_FLOOR_PT);
    });
  }
});
