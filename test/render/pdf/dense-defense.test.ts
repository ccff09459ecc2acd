// A generated design whose security layers hold 30 controls each, every one
// with a sentence of implementation in several scripts: its defense in depth
// stood 3,729 px tall and printed at 4.4 pt (827 words under 6 pt). It now
// prints as an overview of the layers and one part per run of controls, every
// word at 6 pt or more, and every control is drawn in exactly one part.
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { LAYER_NAMES } from '../../../src/spec/types.js';
import { specAt, specYaml } from '../../fuzz/spec-arbitrary.js';
import { diagramRendererForFile, printAndRead } from './helpers.js';

const SEED = 8188;
const warm = diagramRendererForFile();

describe(`long security layers (generated seed ${SEED})`, () => {
  it('print defense in depth as an overview and parts, every word at 6 pt or more', { timeout: 600_000 }, async () => {
    const analyzed = analyzeSpec(`generated-${SEED}.yaml`, specYaml(specAt(SEED)));
    if (!('model' in analyzed)) throw new Error('the generated spec does not load');
    const { model } = analyzed;
    const layers = model.spec.security?.layers ?? {};
    const controls = Object.values(layers).flatMap((list) => list ?? []);
    expect(controls.length).toBeGreaterThan(50);
    const diagrams = renderDiagramSources(model);
    const images = await warm.renderer.render(diagrams);
    const print = images.find((i) => i.name === 'defense-in-depth')?.print ?? [];
    expect(print[0]?.title).toBe('Overview by layer');
    const parts = print.slice(1);
    expect(parts.length).toBeGreaterThan(1);
    // Each control is drawn once: the parts' descriptions name their controls in order.
    const source = diagrams.find((d) => d.name === 'defense-in-depth')?.print?.parts ?? [];
    expect(source.map((p) => p.title)).toEqual(['Layer 1: Network', 'Layer 2: Identity', 'Layer 3: Application', 'Layer 5: Monitoring']);
    for (const part of parts) expect(part.title).toMatch(/^Layer [1-5]: [A-Za-z]+(, controls \d+ to \d+ of \d+)?$/);
    // A part drawing a whole layer is titled with the layer alone; a run of it says which controls.
    const counted = parts.map((p) => {
      const run = /controls (\d+) to (\d+) of/.exec(p.title);
      if (run !== null) return Number(run[2]) - Number(run[1]) + 1;
      const layer = LAYER_NAMES[Number(/^Layer (\d)/.exec(p.title)?.[1]) - 1];
      return layer === undefined ? Number.NaN : (layers[layer]?.length ?? 0);
    });
    expect(counted.reduce((a, b) => a + b, 0)).toBe(controls.length);

    const { small, text } = await printAndRead(warm.session, model, diagrams, images);
    expect(small).toEqual([]);
    expect(text).toMatch(/Figure \d+\. Defense in depth: Overview by layer/);
    expect(text).toMatch(/holds too many controls to print legibly as one drawing\. Figure \d+ shows its five layers/);
  });
});
