// Wide rows of the architecture flowcharts are cut into rows a page can print
// readably, held by invisible links (src/render/mermaid/wrap.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { networkArchitecture } from '../../../src/render/mermaid/network.js';
import { referenceArchitecture } from '../../../src/render/mermaid/reference.js';
import { ROW_BUDGET_PX, textWidth, wrapLinks, wrapWideRows } from '../../../src/render/mermaid/wrap.js';
import type { Spec } from '../../../src/spec/types.js';
import { modelOf } from './patterns.js';

const wideSpec = (): Spec => parse(readFileSync(new URL('../../fixtures/valid/wide-subnet.yaml', import.meta.url), 'utf8')) as Spec;

/** A flowchart of one group holding `count` unconnected nodes with labels of about 200 px. */
function looseGroup(count: number): string {
  const nodes = Array.from({ length: count }, (_, i) => `    n${i}["Service number ${i} of the estate"]`);
  return ['flowchart TB', '  subgraph appSubnet["App subnet"]', ...nodes, '  end', ''].join('\n');
}

const invisible = (source: string): string[][] => [...source.matchAll(/^\s*(\w+) ~~~ (\w+)$/gm)].map((m) => [m[1]!, m[2]!]);

describe('wrapped rows', () => {
  it('cuts a row of unconnected boxes wider than the budget into rows within it', () => {
    const source = looseGroup(20);
    const unwrapped = wrapLinks(source, Number.POSITIVE_INFINITY);
    expect(unwrapped.links).toEqual([]);
    expect(unwrapped.width).toBeGreaterThan(2 * ROW_BUDGET_PX);
    const { links, width } = wrapLinks(source);
    expect(width).toBeLessThanOrEqual(ROW_BUDGET_PX);
    // Every box after the first row hangs from one box of the row above, and only from one.
    const targets = links.map(([, to]) => to);
    expect(new Set(targets).size).toBe(targets.length);
    const perRow = 20 - targets.length;
    expect(perRow).toBeGreaterThan(1);
    for (const [from, to] of links) expect(Number(to.slice(1)) - Number(from.slice(1))).toBe(perRow);
  });

  it('leaves a row that fits alone, and appends the links after the existing ones', () => {
    expect(wrapWideRows(looseGroup(3))).toBe(looseGroup(3));
    const wrapped = wrapWideRows(looseGroup(20));
    expect(wrapped.startsWith(looseGroup(20).trimEnd())).toBe(true);
    expect(invisible(wrapped).length).toBeGreaterThan(0);
  });

  it('does not count boxes an edge already puts in different rows as one row', () => {
    const chain = Array.from({ length: 12 }, (_, i) => `  n${i} --> n${i + 1}`);
    const source = [looseGroup(13).trimEnd(), ...chain, ''].join('\n');
    expect(wrapLinks(source).links).toEqual([]);
  });

  it('wraps sibling groups too: a row of wide groups becomes rows of groups', () => {
    const groups = Array.from({ length: 6 }, (_, g) => [
      `  subgraph g${g}["Group ${g}"]`,
      ...Array.from({ length: 3 }, (_, i) => `    n${g}x${i}["Component ${g}.${i} with a name"]`),
      '  end',
    ]).flat();
    const { links, width } = wrapLinks(['flowchart TB', ...groups, ''].join('\n'));
    expect(width).toBeLessThanOrEqual(ROW_BUDGET_PX);
    expect(links.every(([from, to]) => /^g\d$/.test(from) && /^g\d$/.test(to))).toBe(true);
    expect(links.length).toBeGreaterThan(0);
  });

  it('measures a label as Mermaid wraps it: word by word up to the wrapping width, wide characters wider', () => {
    expect(textWidth('API')).toBeLessThan(textWidth('Application Load Balancer'));
    expect(textWidth('a '.repeat(200))).toBeLessThanOrEqual(220);
    expect(textWidth('数据平台')).toBeGreaterThan(textWidth('data'));
    // An entity code prints as one character.
    expect(textWidth('#35;')).toBe(textWidth('x'));
  });

  it('wraps the network and reference diagrams of a spec with many stores in one subnet', () => {
    const model = modelOf(wideSpec());
    for (const source of [networkArchitecture(model), referenceArchitecture(model)]) {
      const links = invisible(source);
      expect(links.length).toBeGreaterThan(0);
      expect(wrapLinks(source.replace(/^\s*\w+ ~~~ \w+\n/gm, ''), Number.POSITIVE_INFINITY).width).toBeGreaterThan(ROW_BUDGET_PX);
    }
  });

  it('leaves a part of the reference architecture drawn left to right as it is', () => {
    const model = modelOf(wideSpec());
    const part = referenceArchitecture(model, undefined, { direction: 'LR', context: new Set() });
    expect(invisible(part)).toEqual([]);
  });
});
