// A flowchart dense enough for the faster node placement is laid out with it,
// and the page goes back to network simplex for the next diagram: the
// examples' drawings stay byte for byte what a page that never switched draws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { mermaidConfigFor } from '../../../src/render/images/config.js';
import { openDiagramRenderer } from '../../../src/render/images/index.js';
import { DENSE_LINKS, nodePlacement } from '../../../src/render/images/node-placement.js';
import { openDiagramPage } from '../../../src/render/images/page.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import type { DiagramImage, DiagramSource } from '../../../src/render/types.js';
import { launchBrowser } from '../../support/browser.js';
import { modelOf, referenceSpec } from '../mermaid/patterns.js';

/** A flowchart of `nodes` boxes with a link between every pair, in the shape our generators write. */
function meshSource(nodes: number, limit = Number.POSITIVE_INFINITY): string {
  const lines = ['flowchart LR'];
  for (let i = 0; i < nodes; i += 1) lines.push(`  n${i}["Service ${i}"]`);
  let links = 0;
  for (let i = 0; i < nodes; i += 1)
    for (let j = i + 1; j < nodes && links < limit; j += 1, links += 1) lines.push(j % 3 === 0 ? `  n${i} -->|"call ${links}"| n${j}` : `  n${i} --> n${j}`);
  return `${lines.join('\n')}\n`;
}

describe('nodePlacement', () => {
  it('picks Brandes–Köpf from DENSE_LINKS links on, network simplex below and for every other kind of diagram', () => {
    expect(nodePlacement(meshSource(16, DENSE_LINKS - 1))).toBe('NETWORK_SIMPLEX');
    expect(nodePlacement(meshSource(16, DENSE_LINKS))).toBe('BRANDES_KOEPF');
    const gantt = ['gantt', '  dateFormat YYYY-MM-DD', ...Array.from({ length: 120 }, (_, i) => `  a${i} -- b${i}`)].join('\n');
    expect(nodePlacement(gantt)).toBe('NETWORK_SIMPLEX');
  });

  it("keeps every example-sized diagram on network simplex (the reference spec's)", () => {
    for (const source of renderDiagramSources(modelOf(referenceSpec()))) expect(nodePlacement(source.source), source.name).toBe('NETWORK_SIMPLEX');
  });
});

describe('a dense flowchart in the diagram page', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  const dense: DiagramSource = { name: 'reference-architecture', title: 'Dense', source: meshSource(15) };
  const sizeOf = (svg: string): string => /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '';
  const bytes = (images: readonly DiagramImage[]): string[] => images.flatMap((image) => [image.svg, Buffer.from(image.png).toString('base64')]);

  it('is laid out with Brandes–Köpf, and the page draws the next diagrams as one that never switched', async () => {
    expect(nodePlacement(dense.source)).toBe('BRANDES_KOEPF');
    // Mermaid's own layouts of the dense source, one per placement, in a plain page.
    const page = await openDiagramPage(session);
    const layoutWith = async (placement: 'NETWORK_SIMPLEX' | 'BRANDES_KOEPF', id: string): Promise<string> =>
      page.evaluate(
        async (config, text, svgId) => {
          window.mermaid.initialize(config);
          return (await window.mermaid.render(svgId, text)).svg;
        },
        mermaidConfigFor(placement) as Record<string, unknown>,
        dense.source,
        id,
      );
    const simplex = sizeOf(await layoutWith('NETWORK_SIMPLEX', 'ns'));
    const koepf = sizeOf(await layoutWith('BRANDES_KOEPF', 'bk'));
    await page.close();
    // The two placements must differ on this source, or the check below could not tell them apart.
    expect(koepf).not.toBe(simplex);

    const sources = renderDiagramSources(modelOf(referenceSpec()));
    const fresh = await openDiagramRenderer(session);
    const before = await fresh.render(sources);
    await fresh.close();

    const switched = await openDiagramRenderer(session);
    const [drawn] = await switched.render([dense]);
    const after = await switched.render(sources);
    await switched.close();

    const [, , width, height] = koepf.split(/\s+/).map(Number);
    expect([drawn?.width, drawn?.height]).toEqual([Math.ceil(width ?? 0), Math.ceil(height ?? 0)]);
    expect(bytes(after)).toEqual(bytes(before));
  }, 120_000);
});
