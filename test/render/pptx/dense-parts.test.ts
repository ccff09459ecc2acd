// A dense generated design (seed 102: 38 components, 241 connections) cut into parts
// for the deck and the PDF gets few, full parts: the renderer cuts a zone
// group into halves only while a part is too large, then joins neighbouring
// pieces back while the joined part still fits, and the other parts'
// components a part calls stand outside its zone boxes. Before, its deck had
// 38 architecture slides, one component each, the smallest at 5.5 pt, and its
// PDF 33 parts after the overview, on 82 pages.
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { LABEL_PX } from '../../../src/render/images/config.js';
import { printLabelPoints } from '../../../src/render/images/print-fit.js';
import { SLIDE_LABEL_PT } from '../../../src/render/images/slide-fit.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { READABLE_PT } from '../../../src/render/pdf/figure.js';
import { renderDeck } from '../../../src/render/pptx/index.js';
import { specAt, specYaml } from '../../fuzz/spec-arbitrary.js';
import { diagramRendererForFile } from '../pdf/helpers.js';
import { architecturePictures } from './helpers.js';

const SEED = 102;
/** 30 with the joins (38 before). */
const SLIDE_LIMIT = 32;
/**
 * The slide's target is SLIDE_LABEL_PT, but a part of one component cannot be
 * cut finer: the widest of seed 102's, one component with its labelled calls,
 * reads at 8.9 pt (5.5 pt before its neighbours stood outside the zone boxes).
 */
const SLIDE_FLOOR_PT = 8.5;
/** 19 with the joins (33 before), after the overview. */
const PRINT_LIMIT = 21;
const warm = diagramRendererForFile();

describe(`a dense generated design's reference architecture (seed ${SEED})`, () => {
  it('takes few deck slides and few printed parts, each as readable as before or more', { timeout: 600_000 }, async () => {
    const analyzed = analyzeSpec(`generated-${SEED}.yaml`, specYaml(specAt(SEED)));
    if (!('model' in analyzed)) throw new Error('the generated spec does not load');
    const { model } = analyzed;
    const components = model.spec.architecture.components;
    expect(components.length).toBeGreaterThan(30);
    const [image] = await warm.renderer.render(renderDiagramSources(model).filter((d) => d.name === 'reference-architecture'));
    if (image === undefined) throw new Error('no reference architecture');

    const pictures = await architecturePictures(await renderDeck(model, [image], { theme: 'light' }));
    const slides = new Set(pictures.map((p) => p.slide));
    expect(slides.size).toBeLessThanOrEqual(SLIDE_LIMIT);
    let atTarget = 0;
    for (const picture of pictures) {
      const drawing = (image.parts ?? []).find((d) => Buffer.from(d.png).equals(picture.png));
      expect(drawing, `${picture.slide} shows a part the renderer drew`).toBeDefined();
      const points = (LABEL_PX['reference-architecture'] * picture.widthIn * 72) / drawing!.width;
      expect(points, `${picture.slide}: ${picture.alt.slice(0, 80)}`).toBeGreaterThanOrEqual(SLIDE_FLOOR_PT);
      if (points >= SLIDE_LABEL_PT) atTarget += 1;
    }
    // All but the few single components too wide for the target read at it.
    expect(atTarget).toBeGreaterThanOrEqual(pictures.length - 2);

    const [overview, ...printed] = image.print ?? [];
    expect(overview?.title).toBe('Overview by zone');
    expect(printed.length).toBeLessThanOrEqual(PRINT_LIMIT);
    for (const part of printed) expect(printLabelPoints('reference-architecture', part), part.title).toBeGreaterThanOrEqual(READABLE_PT);

    // Joined or not, every component is shown on a slide and in a printed part, in its own name.
    for (const parts of [image.parts ?? [], printed]) {
      const told = parts.map((p) => p.description).join(' ');
      // Descriptions are plain text on one line: runs of spaces in a name read as one.
      for (const c of components) expect(told, c.name).toContain(c.name.replace(/\s+/g, ' ').trim());
    }
  });
});
