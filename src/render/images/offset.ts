// The page-side helpers of the diagram page, installed once (page.ts), for the
// functions that finish a laid-out diagram in the page (the badge placer in
// icons.ts, the title placer in titles.ts). Functions passed to
// page.evaluate cannot import, so what they share lives on `window`:
// - aiarchOffsetOf finds where an element of a laid-out diagram sits: the
//   sum of the translate() chain from the element up to the SVG root. Plain
//   arithmetic on the layout's numbers, not screen matrices, so the same
//   diagram gives the same positions in any page.
// - aiarchEditOffscreen puts an SVG in the page out of sight (laid out, so the
//   browser measures its text and boxes), lets the caller change it and
//   returns the changed markup.

declare global {
  interface Window {
    aiarchOffsetOf(element: Element, root: Element): [number, number];
    aiarchEditOffscreen(markup: string, edit: (root: SVGSVGElement) => void): string;
  }
}

/** Page-side: defines window.aiarchOffsetOf and window.aiarchEditOffscreen. */
export function installPageHelpers(): void {
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
  window.aiarchEditOffscreen = (markup: string, edit: (root: SVGSVGElement) => void): string => {
    const host = document.createElement('div');
    host.style.position = 'absolute';
    host.style.left = '-100000px';
    document.body.appendChild(host);
    try {
      host.innerHTML = markup;
      const root = host.querySelector('svg');
      // Markup without a drawing (an error picture) goes back as it came.
      if (root === null) return markup;
      edit(root);
      return root.outerHTML;
    } finally {
      host.remove();
    }
  };
}
