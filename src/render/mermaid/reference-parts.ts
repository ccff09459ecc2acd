// The reference architecture cut into parts a slide can show at a readable
// size: by zone group (the way the course and the providers' reference
// diagrams read, from the users inwards), and each group by zone when the
// group alone is still too large. Each part shows its own components with
// their zone boxes and, dashed, the components of other parts it calls or is
// called by, so every connection of the part stays on its slide. Parts are
// drawn left to right, the shape of a 16:9 slide.
import type { Model } from '../../model/types.js';
import type { Component } from '../../spec/types.js';
import type { DiagramPart } from '../types.js';
import { accessibleText, withAccessibility } from './accessibility.js';
import { componentEdges } from './graph.js';
import type { Provider } from './placement.js';
import { referenceArchitecture } from './reference.js';
import { ZONE_TITLE, zoneOf, type Zone } from './zones.js';

/** The zone groups, in reading order. */
export const PART_GROUPS: readonly { readonly title: string; readonly zones: readonly Zone[] }[] = [
  { title: 'Users, edge and application tier', zones: ['external', 'onprem', 'edge', 'private'] },
  { title: 'AI services and data', zones: ['ai', 'data'] },
  { title: 'Security and observability', zones: ['security', 'observability'] },
];

const names = (list: readonly Component[]): string => list.map((c) => c.name).join(', ');

function part(model: Pick<Model, 'spec'>, provider: Provider, title: string, zones: readonly Zone[]): DiagramPart | null {
  const components = model.spec.architecture.components;
  const own = new Set(components.filter((c) => zones.includes(zoneOf(c))).map((c) => c.id));
  if (own.size === 0) return null;
  const neighbours = new Set<string>();
  for (const edge of componentEdges(components)) {
    if (own.has(edge.from) && !own.has(edge.to)) neighbours.add(edge.to);
    if (own.has(edge.to) && !own.has(edge.from)) neighbours.add(edge.from);
  }
  // Only the part's own connections: a neighbour keeps its calls into the part and no others.
  const shown = components
    .filter((c) => own.has(c.id) || neighbours.has(c.id))
    .map((c): Component => {
      if (own.has(c.id)) return c;
      const connects = (c.connects ?? []).filter((link) => own.has(typeof link === 'string' ? link : link.to));
      return { ...c, connects };
    });
  const [first, ...rest] = shown;
  if (first === undefined) return null;
  const spec = { ...model.spec, architecture: { ...model.spec.architecture, components: [first, ...rest] as [Component, ...Component[]] } };
  const ownList = shown.filter((c) => own.has(c.id));
  const context = shown.filter((c) => neighbours.has(c.id));
  const description = accessibleText(`${title}: ${names(ownList)}${context.length > 0 ? `; connected to ${names(context)} (drawn dashed)` : ''}.`);
  const source = referenceArchitecture({ spec }, provider, { direction: 'LR', context: neighbours });
  return { title, description, source: withAccessibility(source, `Reference architecture: ${title}`, description) };
}

/**
 * The parts of the reference architecture: one per zone group that has
 * components, each with one finer part per zone of the group (used when the
 * group is still too large for a slide). A design whose components all sit in
 * one group has no parts worth drawing: the whole diagram is that group.
 */
export function referenceParts(model: Pick<Model, 'spec'>, provider: Provider): DiagramPart[] {
  const groups = PART_GROUPS.map((group) => {
    const whole = part(model, provider, group.title, group.zones);
    if (whole === null) return null;
    const byZone = group.zones.map((zone) => part(model, provider, ZONE_TITLE[zone], [zone])).filter((p): p is DiagramPart => p !== null);
    return byZone.length > 1 ? { ...whole, parts: byZone } : whole;
  }).filter((p): p is DiagramPart => p !== null);
  return groups.length > 1 ? groups : [];
}
