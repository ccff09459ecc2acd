// Reads a rendered diagram's geometry out of its SVG in the browser (boxes of
// nodes, group boxes and their titles, edge routes from Mermaid's data-points)
// and checks it: every edge starts and ends on a drawn node or group, and no
// edge runs through another node's box or a group's title.
import type { Page } from 'puppeteer';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Geometry {
  readonly nodes: ReadonlyArray<{ id: string; box: Box }>;
  readonly clusters: ReadonlyArray<{ id: string; box: Box; title: Box | null }>;
  readonly edges: ReadonlyArray<{ id: string; points: ReadonlyArray<{ x: number; y: number }> }>;
}

/** Boxes in the SVG's user space (the coordinates data-points use). */
export async function readGeometry(page: Page, svg: string): Promise<Geometry> {
  return page.evaluate((markup: string) => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    host.innerHTML = markup;
    const root = host.querySelector('svg');
    if (root === null) throw new Error('no svg');
    const rootMatrix = root.getScreenCTM()?.inverse();
    const boxOf = (element: SVGGraphicsElement): { x: number; y: number; width: number; height: number } => {
      const b = element.getBBox();
      const m = element.getScreenCTM();
      if (m === null || rootMatrix === undefined) return { x: b.x, y: b.y, width: b.width, height: b.height };
      const toRoot = rootMatrix.multiply(m);
      const corners = [
        new DOMPoint(b.x, b.y),
        new DOMPoint(b.x + b.width, b.y),
        new DOMPoint(b.x, b.y + b.height),
        new DOMPoint(b.x + b.width, b.y + b.height),
      ].map((p) => p.matrixTransform(toRoot));
      const xs = corners.map((p) => p.x);
      const ys = corners.map((p) => p.y);
      return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    };
    const svgId = root.id;
    const nodes = Array.from(root.querySelectorAll('g.node, g.icon-shape') as NodeListOf<SVGGElement>).map((g) => {
      // Node ids read "<svg>-flowchart-<id>-<n>"; the shape is the node's first drawn child, or for
      // an icon node the whole group: its tile and the label under it.
      const id = g.id.slice(`${svgId}-flowchart-`.length).replace(/-\d+$/, '');
      if (g.classList.contains('icon-shape')) return { id, box: boxOf(g) };
      const shape = g.querySelector(
        ':scope > .label-container, :scope > .basic, :scope > rect, :scope > circle, :scope > polygon, :scope > path, :scope > g:not(.label)',
      ) as SVGGraphicsElement | null;
      return { id, box: boxOf(shape ?? g) };
    });
    const clusters = Array.from(root.querySelectorAll('g.cluster') as NodeListOf<SVGGElement>).map((g) => {
      const rect = g.querySelector(':scope > rect') as SVGGraphicsElement | null;
      const label = g.querySelector(':scope > .cluster-label text') as SVGGraphicsElement | null;
      const text = label?.textContent?.trim() ?? '';
      return { id: g.id.slice(svgId.length + 1), box: boxOf(rect ?? g), title: label && text !== '' ? boxOf(label) : null };
    });
    const edges = Array.from(root.querySelectorAll('path[data-edge="true"]') as NodeListOf<SVGPathElement>)
      .filter((p) => !p.classList.contains('edge-thickness-invisible'))
      .map((p) => ({ id: p.dataset['id'] ?? p.id, points: JSON.parse(atob(p.dataset['points'] ?? 'W10=')) as { x: number; y: number }[] }));
    host.remove();
    return { nodes, clusters, edges };
  }, svg);
}

const TOUCH = 8;

function distanceToBox(p: { x: number; y: number }, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/** Whether segment a–b passes through the inside of box (shrunk by `inset`). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box, inset: number): boolean {
  const x0 = box.x + inset;
  const y0 = box.y + inset;
  const x1 = box.x + box.width - inset;
  const y1 = box.y + box.height - inset;
  if (x1 <= x0 || y1 <= y0) return false;
  // Liang–Barsky clipping: a non-empty overlap of the segment with the open box.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return t1 - t0 > 1e-6;
}

/** Problems found, one sentence each; empty when the diagram is sound. */
export function geometryProblems(geometry: Geometry): string[] {
  const problems: string[] = [];
  const boxes = new Map<string, Box>();
  for (const node of geometry.nodes) boxes.set(node.id, node.box);
  for (const cluster of geometry.clusters) boxes.set(cluster.id, cluster.box);
  for (const edge of geometry.edges) {
    // Edge ids read "L_<from>_<to>_<n>"; ids may hold underscores, so try every split against known ids.
    const body = edge.id.replace(/^L_/, '').replace(/_\d+$/, '');
    const parts = body.split('_');
    let ends: [string, string] | null = null;
    for (let i = 1; i < parts.length && ends === null; i += 1) {
      const from = parts.slice(0, i).join('_');
      const to = parts.slice(i).join('_');
      if (boxes.has(from) && boxes.has(to)) ends = [from, to];
    }
    if (ends === null) {
      problems.push(`edge ${edge.id} joins no drawn node or group`);
      continue;
    }
    const [from, to] = ends;
    const first = edge.points[0];
    const last = edge.points[edge.points.length - 1];
    if (first === undefined || last === undefined) {
      problems.push(`edge ${edge.id} has no route`);
      continue;
    }
    if (distanceToBox(first, boxes.get(from)!) > TOUCH) problems.push(`edge ${edge.id} starts in empty space, away from ${from}`);
    if (distanceToBox(last, boxes.get(to)!) > TOUCH) problems.push(`edge ${edge.id} ends in empty space, away from ${to}`);
    for (let i = 1; i < edge.points.length; i += 1) {
      const a = edge.points[i - 1]!;
      const b = edge.points[i]!;
      for (const node of geometry.nodes) {
        if (node.id === from || node.id === to) continue;
        if (crosses(a, b, node.box, 2)) problems.push(`edge ${edge.id} runs through node ${node.id}`);
      }
      for (const cluster of geometry.clusters) {
        if (cluster.title !== null && crosses(a, b, cluster.title, 1)) problems.push(`edge ${edge.id} runs through the title of ${cluster.id}`);
      }
    }
  }
  return [...new Set(problems)];
}
