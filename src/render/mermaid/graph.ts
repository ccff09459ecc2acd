// Shared pieces of the flowchart generators: component nodes and the edges
// their `connects` lists describe, with generated ids only.
import type { Component } from '../../spec/types.js';
import { type IdAllocator, label } from './escape.js';
import { iconFor } from './icons.js';
import type { Provider } from './placement.js';
import { shape } from './zones.js';

export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly label: string | undefined;
}

/** Name, and the implementing service on a second line when there is one. */
export function componentLabel(component: Component): string {
  const name = label(component.name, 60);
  return component.service !== undefined && component.service.trim() !== '' ? `"${name}<br/>${label(component.service, 60)}"` : `"${name}"`;
}

/**
 * Collects the service icon of each node a generator draws (node id, icon
 * name), for a design on `provider`'s cloud. The icons never enter the Mermaid
 * text: the renderer adds them to the laid-out picture (src/render/images/icons.ts).
 */
export class IconCollector {
  readonly icons: [string, string][] = [];
  constructor(readonly provider: Provider) {}

  add(id: string, icon: string): void {
    this.icons.push([id, icon]);
  }
}

/** A component as a box shaped by its kind; with a collector, its service icon is noted for the picture. */
export function componentNode(ids: IdAllocator, component: Component, icons?: IconCollector): string {
  const id = ids.id(component.id);
  icons?.add(id, iconFor(component, icons.provider));
  return `${id}${shape(component.kind, componentLabel(component))}`;
}

/** Edges in spec order; targets that are not components and repeated pairs are dropped. */
export function componentEdges(components: readonly Component[]): Edge[] {
  const known = new Set(components.map((c) => c.id));
  const seen = new Set<string>();
  const edges: Edge[] = [];
  for (const component of components) {
    for (const connection of component.connects ?? []) {
      const to = typeof connection === 'string' ? connection : connection.to;
      const text = typeof connection === 'string' ? undefined : connection.label;
      const key = `${component.id}\u0000${to}`;
      if (!known.has(to) || seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: component.id, to, label: text });
    }
  }
  return edges;
}

export function edgeLine(ids: IdAllocator, edge: Edge, arrow: string = '-->'): string {
  const text = edge.label !== undefined && edge.label.trim() !== '' ? `|"${label(edge.label, 40)}"|` : '';
  return `  ${ids.id(edge.from)} ${arrow}${text} ${ids.id(edge.to)}`;
}
