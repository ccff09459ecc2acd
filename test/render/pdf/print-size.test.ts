// Every word of the proposal PDF prints at 6 pt or more: body text, tables and
// every label of every diagram, for the example specs and a sparse one. The
// diagrams are placed by src/render/pdf/figure.ts, which never scales one below
// a readable size; this test reads the result back out of the printed file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { openDiagramRenderer, type DiagramRenderer } from '../../../src/render/images/render.js';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { renderProposalPdf } from '../../../src/render/pdf/index.js';
import { openTestSession, writeTemp } from './helpers.js';
import { bodyHeight, printedWords } from './word-sizes.js';

const ROOT = join(import.meta.dirname, '../../..');
/** The stylesheet's body size (src/render/pdf/style.ts). */
const BODY_PT = 9.5;
const MIN_PT = 6;

const SPECS = [
  ...readdirSync(join(ROOT, 'specs'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `specs/${f}`),
  'test/fixtures/valid/minimal.yaml',
];

let session: BrowserSession;
let renderer: DiagramRenderer;

beforeAll(async () => {
  session = await openTestSession();
  renderer = await openDiagramRenderer(session);
});

afterAll(async () => {
  await renderer?.close();
  await session?.close();
});

const PAPERS = ['a4', 'letter'] as const;

async function proposalOf(file: string, paper: (typeof PAPERS)[number]): Promise<string> {
  const analyzed = analyzeSpec(join(ROOT, file));
  if (!('model' in analyzed)) throw new Error(`${file} does not load`);
  const { model } = analyzed;
  const diagrams = renderDiagramSources(model);
  const images = await renderer.render(diagrams);
  const pdf = await renderProposalPdf(session, { model, documents: renderDocuments(model, diagrams).map((d) => d.tree), diagrams, images, paper });
  return writeTemp(pdf.bytes);
}

// Letter is wider and shorter than A4: a tall diagram prints smaller on it, a wide one larger.
describe.each(PAPERS)('print size on %s paper', (paper) => {
  for (const file of SPECS) {
    it(`prints every word of the ${file} proposal at ${MIN_PT} pt or more`, { timeout: 180_000 }, async () => {
      const words = printedWords(await proposalOf(file, paper));
      expect(words.length).toBeGreaterThan(500);
      const perPoint = bodyHeight(words) / BODY_PT;
      // Inter's ascent plus descent is a little over one em; anything else means the calibration read the wrong text.
      expect(perPoint).toBeGreaterThan(1);
      expect(perPoint).toBeLessThan(1.3);
      const small = words
        .map((w) => ({ ...w, points: Math.round((w.height / perPoint) * 100) / 100 }))
        .filter((w) => w.points < MIN_PT)
        .map((w) => `p${w.page} ${w.points} pt "${w.text}"`);
      expect(small.slice(0, 20), `${small.length} words under ${MIN_PT} pt`).toEqual([]);
    });
  }
});
