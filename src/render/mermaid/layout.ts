// Layout hints for the architecture flowcharts. Mermaid's dagre layout places
// nodes by rank and keeps declaration order where crossings allow, so the
// generators declare components in flow order, draw the cross-cutting zones
// (security, observability) after the main flow, and tie groups that have no
// traffic of their own to the flow with invisible links (`~~~`), which move
// them without drawing anything.
import type { Component } from '../../spec/types.js';
import type { Edge } from './graph.js';
import { zoneOf, type Zone } from './zones.js';

/** Zones every tier uses: drawn after the main flow, in one place on every diagram. */
export const CROSS_CUTTING: readonly Zone[] = ['security', 'observability'];

export function isCrossCutting(zone: Zone): boolean {
  return CROSS_CUTTING.includes(zone);
}

/**
 * Each node's depth: the longest chain of edges reaching it from a node
 * nothing reaches, given each node's predecessors in `incoming`. Nodes are
 * visited in `ids` order and a node's predecessors in their order; a cycle is
 * cut at the first revisit (the node revisited counts as depth 0 there), which
 * keeps the result finite and deterministic.
 */
export function longestPathDepths(ids: Iterable<string>, incoming: ReadonlyMap<string, Iterable<string>>): Map<string, number> {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let best = 0;
    for (const from of incoming.get(id) ?? []) best = Math.max(best, visit(from) + 1);
    visiting.delete(id);
    depth.set(id, best);
    return best;
  };
  for (const id of ids) visit(id);
  return depth;
}

/**
 * Each component's depth in the flow: the longest chain of edges reaching it
 * from a component nobody calls. Edges into cross-cutting zones are left out,
 * so a call to the identity provider does not push it past the services.
 */
export function flowDepth(components: readonly Component[], edges: readonly Edge[]): Map<string, number> {
  const zone = new Map(components.map((c) => [c.id, zoneOf(c)]));
  const incoming = new Map<string, string[]>(components.map((c) => [c.id, []]));
  for (const edge of edges) {
    if (isCrossCutting(zone.get(edge.from) ?? 'private') && !isCrossCutting(zone.get(edge.to) ?? 'private')) continue;
    incoming.get(edge.to)?.push(edge.from);
  }
  return longestPathDepths(
    components.map((c) => c.id),
    incoming,
  );
}

/** Components in flow order: shallower first, spec order among equals (Array.prototype.sort is stable). */
export function inFlowOrder(components: readonly Component[], edges: readonly Edge[]): Component[] {
  const depth = flowDepth(components, edges);
  return [...components].sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0));
}

/**
 * Invisible links that hold cross-cutting components nothing calls next to
 * the workload they serve: from the first component of the application tier
 * (or, without one, the deepest main-flow component) to each of them. Returns
 * [from, to] component id pairs.
 */
export function crossCuttingAnchors(components: readonly Component[], edges: readonly Edge[]): [string, string][] {
  const main = components.filter((c) => !isCrossCutting(zoneOf(c)));
  if (main.length === 0) return [];
  const depth = flowDepth(components, edges);
  const anchor =
    main.find((c) => zoneOf(c) === 'private') ?? main.reduce((deepest, c) => ((depth.get(c.id) ?? 0) > (depth.get(deepest.id) ?? 0) ? c : deepest));
  const called = new Set(edges.filter((e) => main.some((c) => c.id === e.from)).map((e) => e.to));
  return components.filter((c) => isCrossCutting(zoneOf(c)) && !called.has(c.id)).map((c): [string, string] => [anchor.id, c.id]);
}
