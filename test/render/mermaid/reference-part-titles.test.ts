// Titles of the reference architecture's parts (src/render/mermaid/reference-parts.ts)
// and of a slide showing several of them. Kestrel's first architecture slide
// showed on-premises beside the two halves of its edge zone and was titled
// "On-premises; Edge: Visual inspection service and 2 more; Edge:
// Store-and-forward buffer and 1 more": the edge twice, and too long for the
// title bar. The components shown decide the title, so that slide now reads
// as the join of its parts would: "On-premises, Edge".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { PART_TITLE_CHARS, referenceParts, referencePartsTitle } from '../../../src/render/mermaid/reference-parts.js';
import type { Model } from '../../../src/model/types.js';
import type { Component, Spec } from '../../../src/spec/types.js';
import type { DiagramPart } from '../../../src/render/types.js';
import { referenceSpec } from './patterns.js';

const ROOT = join(import.meta.dirname, '../../..');

const withComponents = (components: Component[]): Pick<Model, 'spec'> => {
  const spec = referenceSpec();
  return { spec: { ...spec, architecture: { ...spec.architecture, components: components as Spec['architecture']['components'] } } };
};

/** Every part of the cut, finest pieces included, depth first. */
const allParts = (parts: readonly DiagramPart[]): DiagramPart[] => parts.flatMap((p) => [p, ...allParts(p.parts ?? [])]);

const length = (text: string): number => Array.from(text).length;

describe('titles of the reference architecture parts', () => {
  it("titles Kestrel's on-premises part and its edge halves, shown together, as one part showing them: each zone once", () => {
    const analyzed = analyzeSpec(join(ROOT, 'specs/kestrel-drivetrain.yaml'));
    if (!('model' in analyzed)) throw new Error('Kestrel does not load');
    const { model } = analyzed;
    const pieces = allParts(referenceParts(model, 'aws'));
    // The edge zone is cut in halves, each titled with its first component.
    const halves = ['Edge: Visual inspection service and 2 more', 'Edge: Store-and-forward buffer and 1 more'];
    const edge = halves.map((title) => pieces.find((p) => p.title === title)).filter((p) => p !== undefined);
    expect(edge).toHaveLength(2);
    const onprem = pieces.find((p) => p.title === 'On-premises');
    expect(onprem).toBeDefined();
    const shown = [onprem!, ...edge];
    const title = referencePartsTitle(
      model,
      shown.flatMap((p) => p.members ?? []),
    );
    expect(title).toBe('On-premises, Edge');
    // The same title a join of the three parts gets.
    const joined = edge.reduce<DiagramPart | undefined>((sum, next) => sum?.join?.(next), onprem);
    expect(joined?.title).toBe(title);
  });

  it('gives a cut and any join showing the same components the same title, as the title of a slide showing its pieces', () => {
    const components: Component[] = [
      { id: 'users', kind: 'user', name: 'Analysts', connects: ['web'] },
      ...Array.from({ length: 6 }, (_, i): Component => ({ id: `e${i}`, kind: 'cdn', name: `Gateway ${i}`, zone: 'edge', connects: ['app'] })),
      { id: 'app', kind: 'compute', name: 'Orchestrator', connects: ['db'] },
      { id: 'db', kind: 'database', name: 'Orders DB' },
    ];
    const model = withComponents(components);
    const parts = allParts(referenceParts(model, 'azure'));
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) expect(referencePartsTitle(model, part.members ?? [])).toBe(part.title);
    for (const part of parts) {
      const [first, ...rest] = part.parts ?? [];
      if (first === undefined) continue;
      const joined = rest.reduce<DiagramPart | undefined>((sum, next) => sum?.join?.(next), first);
      expect(joined?.title).toBe(part.title);
    }
    // Each zone is named once in any title, however its components are split.
    for (const part of parts) expect(part.title.match(/\bEdge\b/g)?.length ?? 0, part.title).toBeLessThanOrEqual(1);
  });

  it('keeps every title within one title line, shortening long names, then counting what it shows', () => {
    const long = 'Regional claims intake and document classification service with human review';
    const components: Component[] = [
      { id: 'users', kind: 'user', name: long, zone: 'external', connects: ['e0', 'e1', 'e2', 'app0'] },
      { id: 'partner', kind: 'external', name: `${long} partner`, zone: 'external', connects: ['e0'] },
      ...Array.from({ length: 4 }, (_, i): Component => ({ id: `e${i}`, kind: 'cdn', name: `${long} ${i}`, zone: 'edge', connects: ['app0'] })),
      ...Array.from({ length: 4 }, (_, i): Component => ({ id: `app${i}`, kind: 'compute', name: `${long} worker ${i}`, zone: 'private', connects: ['db'] })),
      { id: 'db', kind: 'database', name: 'Orders DB' },
    ];
    const model = withComponents(components);
    const parts = allParts(referenceParts(model, 'azure'));
    for (const part of parts) expect(length(part.title), part.title).toBeLessThanOrEqual(PART_TITLE_CHARS);
    // One component of a zone: its name is cut at a word and marked as cut.
    expect(referencePartsTitle(model, ['e0'])).toBe('Edge: Regional claims…');
    // Three zones each shown in part: too long even with short names, so the part names its first component and
    // counts the rest, never in brackets (the slide's title already reads "(1 of 16)") nor as "N components",
    // which reads as the design's count wherever the title is quoted.
    expect(referencePartsTitle(model, ['users', 'e0', 'app0'])).toBe('Regional claims intake and document… and 2 more');
    for (const part of parts) expect(part.title).not.toMatch(/\d+ components?\b/);
    // Whole zones are named by their titles alone.
    expect(referencePartsTitle(model, ['users', 'partner', 'e0', 'e1', 'e2', 'e3'])).toBe('Users and external systems, Edge');
  });
});
