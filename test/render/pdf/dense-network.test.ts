// A generated design whose network placement view alone (40 components, no
// calls) printed at 5.7 pt (seed 8264: 347 words under 6 pt on its page). The
// view now prints area by area when it is too dense for one page, neighbouring
// areas sharing a figure while they fit, every word at 6 pt or more.
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { printsWhole } from '../../../src/render/images/print-fit.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { specAt, specYaml } from '../../fuzz/spec-arbitrary.js';
import { diagramRendererForFile, printAndRead } from './helpers.js';

const SEED = 8264;
const warm = diagramRendererForFile();

describe(`a network too dense to place on one page (generated seed ${SEED})`, () => {
  it('prints where each component runs area by area, every component once and every word at 6 pt or more', { timeout: 600_000 }, async () => {
    const analyzed = analyzeSpec(`generated-${SEED}.yaml`, specYaml(specAt(SEED)));
    if (!('model' in analyzed)) throw new Error('the generated spec does not load');
    const { model } = analyzed;
    const total = model.spec.architecture.components.length;
    const diagrams = renderDiagramSources(model);
    const network = diagrams.filter((d) => d.name === 'network-architecture');
    const images = await warm.renderer.render(network);
    const print = images[0]?.print ?? [];
    expect(print.length).toBeGreaterThan(1);
    for (const part of print) {
      expect(part.title).toMatch(/^Where each component runs: /);
      // At the floor, or above it by the fallback font's margin where Hebrew or Arabic is drawn.
      expect(printsWhole('network-architecture', part, part.svg)).toBe(true);
    }
    // Each view says how many of the design's components it places; together they place all of them once.
    const placed = print.map((part) => Number(new RegExp(`with (\\d+) of the ${total} components`).exec(part.description)?.[1]));
    expect(placed.reduce((a, b) => a + b, 0)).toBe(total);

    const { small, text } = await printAndRead(warm.session, model, diagrams, images);
    expect(small).toEqual([]);
    expect(text).toMatch(/has too many components to print legibly on one page\. Figures \d+ to \d+ show where each component runs, area by area/);
  });
});
