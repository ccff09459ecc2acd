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
import { ZONE_TITLE } from '../../../src/render/mermaid/zones.js';
import { architecturePictures, slides, xmlParts } from './helpers.js';

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
      const deck = await renderDeck(model, images, { theme: 'light' });
      const pictures = await architecturePictures(deck);
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
      // A slide of several parts is titled as their join: each zone named once (Kestrel's first
      // slide read "On-premises; Edge: Visual inspection service and 2 more; Edge: Store-and-forward buffer and 1 more").
      const titles = slides(await xmlParts(deck))
        .map((slide) => /<a:t>([^<]*)<\/a:t>/.exec(slide.text)?.[1] ?? '')
        .filter((title) => title.startsWith('Reference architecture ('));
      for (const title of titles) {
        for (const zone of Object.values(ZONE_TITLE)) expect(title.split(`${zone}:`).length, title).toBeLessThanOrEqual(2);
      }
      if (file.endsWith('kestrel-drivetrain.yaml')) expect(titles[0]).toBe('Reference architecture (1 of 3): On-premises, Edge');
      // Split or not, every component is on a slide, in its own name (the part descriptions list them).
      if (image.parts !== undefined) {
        const told = image.parts.map((p) => p.description).join(' ');
        for (const c of model.spec.architecture.components) expect(told, c.name).toContain(c.name);
      }
    });
  }
});
