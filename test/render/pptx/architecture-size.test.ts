// Every reference-architecture picture in the deck reads at SLIDE_LABEL_PT or
// more: measured in the built PPTX from each picture's placed width and the
// drawing's size, for the example specs and a sparse one. A diagram too large
// for one slide is shown in parts, and every component appears on one of them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { LABEL_PX } from '../../../src/render/images/config.js';
import { SLIDE_LABEL_PT } from '../../../src/render/images/slide-fit.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { renderDeck } from '../../../src/render/pptx/index.js';
import { diagramRendererForFile } from '../pdf/helpers.js';
import { architecturePictures } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../..');
const SPECS = [
  ...readdirSync(join(ROOT, 'specs'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `specs/${f}`),
  'test/fixtures/valid/minimal.yaml',
];

const warm = diagramRendererForFile();

describe('reference architecture on the deck', () => {
  for (const file of SPECS) {
    it(`reads at ${SLIDE_LABEL_PT} pt or more on every slide of the ${file} deck`, { timeout: 180_000 }, async () => {
      const analyzed = analyzeSpec(join(ROOT, file));
      if (!('model' in analyzed)) throw new Error(`${file} does not load`);
      const { model } = analyzed;
      const images = await warm.renderer.render(renderDiagramSources(model).filter((d) => d.name === 'reference-architecture'));
      const image = images[0]!;
      const drawings = [image, ...(image.parts ?? [])];
      const pictures = await architecturePictures(await renderDeck(model, images, { theme: 'light' }));
      expect(pictures.length).toBe(image.parts?.length ?? 1);
      for (const picture of pictures) {
        const drawing = drawings.find((d) => Buffer.from(d.png).equals(picture.png));
        expect(drawing, `${picture.slide} shows a picture the renderer drew`).toBeDefined();
        // Labels are drawn at LABEL_PX CSS px on a drawing `width` px across, shown `widthIn` inches across.
        const points = (LABEL_PX['reference-architecture'] * picture.widthIn * 72) / drawing!.width;
        expect(points, `${picture.slide}: ${picture.alt.slice(0, 80)}`).toBeGreaterThanOrEqual(SLIDE_LABEL_PT);
      }
      // Small parts share a slide: Kestrel's edge site in eight parts took eight slides when each had its own.
      if (file.endsWith('kestrel-drivetrain.yaml')) expect(new Set(pictures.map((p) => p.slide)).size).toBeLessThan(pictures.length);
      // Split or not, every component is on a slide, in its own name (the part descriptions list them).
      if (image.parts !== undefined) {
        const told = image.parts.map((p) => p.description).join(' ');
        for (const c of model.spec.architecture.components) expect(told, c.name).toContain(c.name);
      }
    });
  }
});
