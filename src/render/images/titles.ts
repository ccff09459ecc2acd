// Group titles sit centred on top of their box, where edges entering the box
// from above run through them. After layout, each title that an edge crosses
// moves to the free place nearest its own: along the top of its box first,
// then as a tab just above the box, then along its bottom, then just below it; the drawing
// grows when the only free place is past its edge. Runs in the page, on
// the SVG Mermaid returned: the browser measures text, boxes and edge routes.

/** Page-side: returns the SVG with every crossed group title moved clear of edges and boxes. */
export function placeGroupTitles(markup: string): string {
  return window.aiarchEditOffscreen(markup, (root) => {
    type Rect = { x0: number; y0: number; x1: number; y1: number };
    const rectOf = (element: SVGGraphicsElement): Rect => {
      const b = element.getBBox();
      const [x, y] = window.aiarchOffsetOf(element, root);
      return { x0: b.x + x, y0: b.y + y, x1: b.x + b.width + x, y1: b.y + b.height + y };
    };
    const GAP = 4;
    const viewBox = root.viewBox.baseVal;
    const view: Rect = { x0: viewBox.x, y0: viewBox.y, x1: viewBox.x + viewBox.width, y1: viewBox.y + viewBox.height };
    const segments: Rect[] = [];
    (root.querySelectorAll('path[data-edge="true"]') as NodeListOf<SVGPathElement>).forEach((path) => {
      if (path.classList.contains('edge-thickness-invisible')) return;
      let points: { x: number; y: number }[] = [];
      try {
        points = JSON.parse(atob(path.dataset['points'] ?? 'W10=')) as { x: number; y: number }[];
      } catch {
        points = [];
      }
      for (let i = 1; i < points.length; i += 1) {
        const a = points[i - 1]!;
        const b = points[i]!;
        segments.push({ x0: a.x, y0: a.y, x1: b.x, y1: b.y });
      }
    });
    const nodeBoxes: Rect[] = [];
    // The service icons (src/render/images/icons.ts) sit on the nodes' corners, outside their groups.
    (root.querySelectorAll('g.node, g.service-icon') as NodeListOf<SVGGElement>).forEach((node) => nodeBoxes.push(rectOf(node)));
    (root.querySelectorAll('g.edgeLabel') as NodeListOf<SVGGElement>).forEach((edgeLabel) => {
      const r = rectOf(edgeLabel);
      if (r.x1 > r.x0) nodeBoxes.push(r);
    });
    const clusters = Array.from(root.querySelectorAll('g.cluster') as NodeListOf<SVGGElement>);
    const titleBoxes = new Map<SVGGElement, Rect>();
    for (const cluster of clusters) {
      const label = cluster.querySelector(':scope > g.cluster-label') as SVGGElement | null;
      if (label !== null && (label.textContent ?? '').trim() !== '') titleBoxes.set(cluster, rectOf(label));
    }
    // Axis-aligned segment (or its bounding box for a diagonal) against a rectangle grown by GAP.
    const hitsSegment = (r: Rect, s: Rect): boolean => {
      const x0 = Math.min(s.x0, s.x1);
      const x1 = Math.max(s.x0, s.x1);
      const y0 = Math.min(s.y0, s.y1);
      const y1 = Math.max(s.y0, s.y1);
      return x1 >= r.x0 - GAP && x0 <= r.x1 + GAP && y1 >= r.y0 - GAP && y0 <= r.y1 + GAP;
    };
    const overlaps = (r: Rect, b: Rect): boolean => r.x1 > b.x0 && r.x0 < b.x1 && r.y1 > b.y0 && r.y0 < b.y1;
    for (const cluster of clusters) {
      const label = cluster.querySelector(':scope > g.cluster-label') as SVGGElement | null;
      const rect = cluster.querySelector(':scope > rect') as SVGRectElement | null;
      const title = titleBoxes.get(cluster);
      if (label === null || rect === null || title === undefined) continue;
      const box = rectOf(rect);
      const width = title.x1 - title.x0;
      const height = title.y1 - title.y0;
      const others = [...titleBoxes].filter(([c]) => c !== cluster).map(([, r]) => r);
      const free = (r: Rect): boolean =>
        !segments.some((s) => hitsSegment(r, s)) && !nodeBoxes.some((b) => overlaps(r, b)) && !others.some((b) => overlaps(r, b));
      if (free(title)) continue;
      // Inside along the top, then as a tab just above the box (a little higher when an
      // edge runs right along it), then inside along the bottom, then just below the box, then along the top past its sides.
      const bands: readonly [number, number, number, number][] = [
        [title.y0, box.x0 + 8, box.x1 - 8, 0],
        ...[0, 1, 2, 3].map((step): [number, number, number, number] => [
          box.y0 - height - 3 - step * 6,
          box.x0 - width + 24,
          box.x1 + width - 24,
          10_000 + step * 1_000,
        ]),
        [box.y1 - height - 2, box.x0 + 8, box.x1 - 8, 20_000],
        [box.y1 + 3, box.x0 - width + 24, box.x1 + width - 24, 30_000],
        // Last, along the top again but reaching past the box's sides: an edge that enters a narrow
        // box from above at its middle, under another edge, leaves no other place (Northbridge's managed data).
        [title.y0, box.x0 - width + 24, box.x1 + width - 24, 40_000],
      ];
      let best: Rect | null = null;
      let bestCost = Infinity;
      // A place past the drawing's edge is taken only when no band has one inside; the
      // drawing then grows to hold it (a box at the edge of the drawing has no room beside it).
      const OUTSIDE = 100_000;
      for (const [y, from, to, penalty] of bands) {
        for (let x = from; x + width <= to; x += 2) {
          const candidate = { x0: x, y0: y, x1: x + width, y1: y + height };
          const outside = x < view.x0 || y < view.y0 || x + width > view.x1 || y + height > view.y1;
          const cost = penalty + (outside ? OUTSIDE : 0) + Math.abs(x - title.x0);
          if (cost < bestCost && free(candidate)) {
            best = candidate;
            bestCost = cost;
          }
        }
      }
      if (best === null) continue;
      const match = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/.exec(label.getAttribute('transform') ?? '');
      if (match === null) continue;
      const round = (value: number): number => Math.round(value * 100) / 100;
      label.setAttribute('transform', `translate(${round(Number(match[1]) + best.x0 - title.x0)}, ${round(Number(match[2]) + best.y0 - title.y0)})`);
      titleBoxes.set(cluster, best);
      view.x0 = Math.min(view.x0, Math.floor(best.x0 - GAP));
      view.y0 = Math.min(view.y0, Math.floor(best.y0 - GAP));
      view.x1 = Math.max(view.x1, Math.ceil(best.x1 + GAP));
      view.y1 = Math.max(view.y1, Math.ceil(best.y1 + GAP));
    }
    if (view.x0 !== viewBox.x || view.y0 !== viewBox.y || view.x1 !== viewBox.x + viewBox.width || view.y1 !== viewBox.y + viewBox.height) {
      root.setAttribute('viewBox', `${view.x0} ${view.y0} ${view.x1 - view.x0} ${view.y1 - view.y0}`);
    }
  });
}
