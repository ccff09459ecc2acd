// The one page-side helper that finds where an element of a laid-out diagram
// sits: the sum of the translate() chain from the element up to the SVG root.
// Plain arithmetic on the layout's numbers, not screen matrices, so the same
// diagram gives the same positions in any page. Installed once in the diagram
// page (page.ts); the badge placer (icons.ts) and the title placer (titles.ts)
// both call it.

declare global {
  interface Window {
    aiarchOffsetOf(element: Element, root: Element): [number, number];
  }
}

/** Page-side: defines window.aiarchOffsetOf. */
export function installOffsetOf(): void {
  window.aiarchOffsetOf = (element: Element, root: Element): [number, number] => {
    let x = 0;
    let y = 0;
    for (let at: Element | null = element; at !== null && at !== root; at = at.parentElement) {
      const t = /translate\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/.exec(at.getAttribute('transform') ?? '');
      if (t !== null) {
        x += Number(t[1]);
        y += Number(t[2] ?? 0);
      }
    }
    return [x, y];
  };
}
