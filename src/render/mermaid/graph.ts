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

/** Side of an icon, in px: the size of a line and a half of label text. */
export const ICON_PX = 40;

/**
 * Mermaid's icon shape: the icon in a tile of the zone's colour, the label
 * under it. Shape data is YAML, where a backslash in a double-quoted string
 * starts an escape, so it is written as an entity code like the other specials.
 */
export function iconNode(id: string, icon: string, quotedLabel: string): string {
  return `${id}@{ icon: "${icon}", form: "rounded", label: ${quotedLabel.replace(/\\/g, '#92;')}, pos: "b", h: ${ICON_PX}, w: ${ICON_PX} }`;
}

/**
 * A component as a box shaped by its kind, or, for the rendered pictures of a
 * design on `provider`'s cloud, as its service icon (see icons.ts).
 */
export function componentNode(ids: IdAllocator, component: Component, provider?: Provider): string {
  return provider === undefined
    ? `${ids.id(component.id)}${shape(component.kind, componentLabel(component))}`
    : iconNode(ids.id(component.id), iconFor(component, provider), componentLabel(component));
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
