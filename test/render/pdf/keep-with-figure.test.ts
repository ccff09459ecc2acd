// No page of the proposal ends with a heading: a heading travels with what it
// introduces. The case that broke: a diagram too tall for what remained of a
// page went on to the next one (or onto a page of its own, landscape or with
// narrow margins) and left its heading alone at the foot of the page before
// (Northwind's network diagram on A4, Kestrel's on letter, Pine Dental's
// landscape deployment pipeline). The headings are
// read from the documents; the page texts from the printed file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import type { DocumentTree, Node } from '../../../src/render/document/tree.js';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { inlineHtml, plainText } from '../../../src/render/pdf/html.js';
import { renderProposalPdf } from '../../../src/render/pdf/index.js';
import { diagramRendererForFile, pagesText, writeTemp } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../..');

const warm = diagramRendererForFile();

function titles(nodes: readonly Node[]): string[] {
  return nodes.flatMap((n) => (n.type === 'section' ? [plainText(inlineHtml(n.title)), ...titles(n.children)] : []));
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The lines a page prints between its running header and footer. */
function bodyLines(page: string, clientName: string): string[] {
  const lines = page
    .split('\n')
    .map(normal)
    .filter((l) => l !== '');
  const header = (l: string, i: number) => i < 2 && (l === clientName || l === 'Enterprise AI Architecture Proposal');
  const footer = (l: string) => /^Page \d+ of \d+$/.test(l) || l === `${clientName} — confidential`;
  return lines.filter((l, i) => !header(l, i) && !footer(l));
}

async function proposal(file: string, paper: 'a4' | 'letter'): Promise<{ pages: string[]; headings: Set<string>; client: string }> {
  const analyzed = analyzeSpec(join(ROOT, file));
  if (!('model' in analyzed)) throw new Error(`${file} does not load`);
  const { model } = analyzed;
  const diagrams = renderDiagramSources(model);
  const images = await warm.renderer.render(diagrams);
  const trees: DocumentTree[] = renderDocuments(model, diagrams).map((d) => d.tree);
  const pdf = await renderProposalPdf(warm.session, { model, documents: trees, diagrams, images, paper });
  const headings = new Set(trees.flatMap((t) => titles(t.children)).map(normal));
  return { pages: pagesText(writeTemp(pdf.bytes)), headings, client: model.spec.client.name };
}

const CASES = [
  ['specs/northwind-health.yaml', 'a4'],
  ['specs/kestrel-drivetrain.yaml', 'letter'],
  // A sparse spec: its deployment pipeline prints on a landscape page, after two headings.
  ['test/fixtures/regression/pine-dental.yaml', 'a4'],
] as const;

describe('headings stay with what follows them', () => {
  for (const [file, paper] of CASES) {
    it(`no page of the ${file} proposal on ${paper} paper ends with a heading`, { timeout: 240_000 }, async () => {
      const { pages, headings, client } = await proposal(file, paper);
      expect(pages.length).toBeGreaterThan(10);
      // The check reads the right lines: some page carries a heading, and body lines exclude the running header and footer.
      expect(pages.some((p) => bodyLines(p, client).some((l) => headings.has(l)))).toBe(true);
      const stranded = pages.slice(0, -1).flatMap((page, i) => {
        const lines = bodyLines(page, client);
        const last = lines.at(-1) ?? '';
        // A heading that wraps prints as two lines.
        const lastTwo = normal(`${lines.at(-2) ?? ''} ${last}`);
        return headings.has(last) || headings.has(lastTwo) ? [`page ${i + 1} ends with "${last}"`] : [];
      });
      expect(stranded).toEqual([]);
    });
  }
});
