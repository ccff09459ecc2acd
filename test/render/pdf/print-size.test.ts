// Every word of the proposal PDF prints at 6 pt or more: body text, tables and
// every label of every diagram, for the example specs and a sparse one. The
// diagrams are placed by src/render/pdf/figure.ts, which never scales one below
// a readable size; this test reads the result back out of the printed file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { PDFDocument } from 'pdf-lib';
import { renderProposalPdf } from '../../../src/render/pdf/index.js';
import { printScale } from '../../../src/render/pdf/scale.js';
import { diagramRendererForFile, writeTemp } from './helpers.js';
import { bodyHeight, printedWords } from './word-sizes.js';
import { smallDiagramWords } from '../../fuzz/diagram-print.js';

const ROOT = join(import.meta.dirname, '../../..');
/** The stylesheet's body size (src/render/pdf/style.ts). */
const BODY_PT = 9.5;
const MIN_PT = 6;

const SPECS = [
  ...readdirSync(join(ROOT, 'specs'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `specs/${f}`),
  'test/fixtures/valid/minimal.yaml',
  // Ten stores side by side in one subnet: drawn in one row, the network diagram printed at about 5 pt.
  'test/fixtures/valid/wide-subnet.yaml',
];

const warm = diagramRendererForFile();

const PAPERS = ['a4', 'letter'] as const;

async function proposalOf(file: string, paper: (typeof PAPERS)[number]): Promise<string> {
  const analyzed = analyzeSpec(join(ROOT, file));
  if (!('model' in analyzed)) throw new Error(`${file} does not load`);
  const { model } = analyzed;
  const diagrams = renderDiagramSources(model);
  const images = await warm.renderer.render(diagrams);
  const pdf = await renderProposalPdf(warm.session, { model, documents: renderDocuments(model, diagrams).map((d) => d.tree), diagrams, images, paper });
  return writeTemp(pdf.bytes);
}

// Letter is wider and shorter than A4: a tall diagram prints smaller on it, a wide one larger.
describe.each(PAPERS)('print size on %s paper', (paper) => {
  for (const file of SPECS) {
    it(`prints every word of the ${file} proposal at ${MIN_PT} pt or more`, { timeout: 180_000 }, async () => {
      const path = await proposalOf(file, paper);
      const words = printedWords(path);
      expect(words.length).toBeGreaterThan(500);
      // A page wider than the paper makes Chromium shrink every page, body text
      // included, while a diagram fitted to the column keeps its size: calibrating
      // on the shrunk body would overstate every label. Sizes here are as printed.
      const scale = printScale(await PDFDocument.load(readFileSync(path)), 1);
      expect(scale).not.toBeNull();
      const perPoint = bodyHeight(words) / (BODY_PT * (scale ?? 1));
      // Inter's ascent plus descent is a little over one em; anything else means the calibration read the wrong text.
      expect(perPoint).toBeGreaterThan(1);
      expect(perPoint).toBeLessThan(1.3);
      const small = words
        .map((w) => ({ ...w, points: Math.round((w.height / perPoint) * 100) / 100 }))
        .filter((w) => w.points < MIN_PT)
        .map((w) => `p${w.page} ${w.points} pt "${w.text}"`);
      expect(small.slice(0, 20), `${small.length} words under ${MIN_PT} pt`).toEqual([]);
      // The generated-spec property reads the same sizes on the figure pages.
      expect(await smallDiagramWords(path)).toEqual([]);
    });
  }
});
