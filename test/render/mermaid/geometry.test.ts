// Every diagram of every example spec, laid out by the real renderer and read
// back from its SVG: each edge joins two drawn nodes or groups, and none runs
// through another node's box or a group's title.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { renderDiagramImages } from '../../../src/render/images/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { geometryProblems, readGeometry, type Geometry } from './geometry.js';
import { modelOf, patternSpec, PATTERNS } from './patterns.js';
import { launchBrowser } from '../../support/browser.js';

const SPECS = join(import.meta.dirname, '../../../specs');
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await launchBrowser();
  page = await session.newIsolatedPage();
  await page.setContent('<!doctype html><html><body></body></html>');
});

afterAll(async () => {
  await session?.close();
});

describe('geometryProblems', () => {
  const box = { x: 0, y: 0, width: 100, height: 40 };
  const base: Geometry = {
    nodes: [
      { id: 'a', box },
      { id: 'b', box: { ...box, x: 300 } },
      { id: 'c', box: { ...box, x: 150 } },
    ],
    clusters: [],
    edges: [],
  };
  it('finds an edge that ends in empty space', () => {
    const edges = [
      {
        id: 'L_a_b_0',
        points: [
          { x: 100, y: 20 },
          { x: 200, y: 120 },
        ],
      },
    ];
    expect(geometryProblems({ ...base, edges })).toContain('edge L_a_b_0 ends in empty space, away from b');
  });
  it('finds an edge that runs through a third node', () => {
    const edges = [
      {
        id: 'L_a_b_0',
        points: [
          { x: 100, y: 20 },
          { x: 300, y: 20 },
        ],
      },
    ];
    expect(geometryProblems({ ...base, edges })).toEqual(['edge L_a_b_0 runs through node c']);
  });
  it('finds an edge through a group title and accepts one around it', () => {
    const clusters = [{ id: 'g', box: { x: 140, y: -40, width: 120, height: 100 }, title: { x: 170, y: -38, width: 60, height: 18 } }];
    const through = [
      {
        id: 'L_a_b_0',
        points: [
          { x: 100, y: 10 },
          { x: 120, y: 10 },
          { x: 120, y: -30 },
          { x: 300, y: -30 },
          { x: 300, y: 10 },
        ],
      },
    ];
    const around = [
      {
        id: 'L_a_b_0',
        points: [
          { x: 100, y: 10 },
          { x: 120, y: 10 },
          { x: 120, y: -60 },
          { x: 300, y: -60 },
          { x: 300, y: 10 },
        ],
      },
    ];
    expect(geometryProblems({ ...base, clusters, edges: through })).toEqual(['edge L_a_b_0 runs through the title of g']);
    expect(geometryProblems({ ...base, clusters, edges: around })).toEqual([]);
  });
  it('finds an edge whose ends are not drawn', () => {
    expect(geometryProblems({ ...base, edges: [{ id: 'L_a_zz_0', points: [{ x: 0, y: 0 }] }] })).toEqual(['edge L_a_zz_0 joins no drawn node or group']);
  });
});

async function problemsOf(sources: ReturnType<typeof renderDiagramSources>): Promise<string[]> {
  const images = await renderDiagramImages(session, sources);
  const problems: string[] = [];
  for (const image of images) {
    const geometry = await readGeometry(page, image.svg);
    if (image.svg.includes('class="flowchart"')) expect(geometry.nodes.length, image.name).toBeGreaterThan(0);
    problems.push(...geometryProblems(geometry).map((p) => `${image.name}: ${p}`));
  }
  return problems;
}

describe('diagram geometry', () => {
  for (const file of readdirSync(SPECS).filter((f) => f.endsWith('.yaml'))) {
    it(`draws every edge of ${file} between two drawn nodes, clear of other boxes and titles`, async () => {
      const analyzed = analyzeSpec(join(SPECS, file));
      if (!('model' in analyzed)) throw new Error(`${file} does not load`);
      expect(await problemsOf(renderDiagramSources(analyzed.model))).toEqual([]);
    });
  }
  for (const pattern of PATTERNS) {
    it(`draws every edge of the ${pattern} pattern between two drawn nodes`, async () => {
      expect(await problemsOf(renderDiagramSources(modelOf(patternSpec(pattern))))).toEqual([]);
    });
  }
});
