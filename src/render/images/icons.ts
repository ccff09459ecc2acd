// Service icons on the laid-out architecture diagrams. The Mermaid text stays
// plain (GitHub renders it without icon packs), and Mermaid's own icon shapes
// could not be used: the ELK layout plugin bundles a copy of Mermaid's drawing
// code whose icon registry nothing can reach, and an icon above each label
// made the dense diagrams too tall to print readably. So each node keeps its
// box, and its icon is added after layout as a badge on the box's top-left
// corner: the layout, the print size and the edge routes are the .mmd's.
// Icon ids (gradients, filters) get a prefix made of the diagram's id and the
// badge's position, so two renders give the same bytes and two copies of one
// icon never share an id.
import { ICON_PACKS, type IconPack } from './icon-packs.generated.js';

type IconData = IconPack['icons']['icons'][string];

const PACKS = new Map(ICON_PACKS.map((pack) => [pack.name, pack.icons]));

/** Side of a badge in CSS px; the icon inside it is BADGE_PX - 2 × BADGE_PADDING_PX. */
export const BADGE_PX = 30;
const BADGE_PADDING_PX = 3;

/** The icon data for `set:name`, or undefined for a name no bundled set holds. */
export function iconData(name: string): (IconData & { width: number; height: number }) | undefined {
  const [set, icon] = name.split(':');
  const pack = set !== undefined ? PACKS.get(set) : undefined;
  const data = pack !== undefined && icon !== undefined && Object.hasOwn(pack.icons, icon) ? pack.icons[icon] : undefined;
  return pack === undefined || data === undefined ? undefined : { ...data, width: data.width ?? pack.width, height: data.height ?? pack.height };
}

/** One icon as an SVG element of `size` px at (offset, offset), its ids prefixed. */
export function iconSvg(name: string, size: number, offset: number, prefix: string): string | undefined {
  const data = iconData(name);
  if (data === undefined) return undefined;
  const body = data.body.replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`).replace(/(url\(#|href="#)([^)"]+)/g, `$1${prefix}$2`);
  const viewBox = `${data.left ?? 0} ${data.top ?? 0} ${data.width} ${data.height}`;
  return `<svg x="${offset}" y="${offset}" width="${size}" height="${size}" viewBox="${viewBox}">${body}</svg>`;
}

/** Node id → badge markup (the icon in a white rounded square), for the page to place. */
export function iconBadges(svgId: string, icons: readonly (readonly [string, string])[]): [string, string][] {
  const badges: [string, string][] = [];
  for (const [node, name] of icons) {
    const icon = iconSvg(name, BADGE_PX - 2 * BADGE_PADDING_PX, BADGE_PADDING_PX, `${svgId}-icon${badges.length}-`);
    if (icon === undefined) continue;
    badges.push([node, `<rect width="${BADGE_PX}" height="${BADGE_PX}" rx="6" fill="#ffffff" stroke="currentColor" stroke-width="1.25"></rect>${icon}`]);
  }
  return badges;
}

/**
 * Page-side: returns the SVG with each badge centred on its node's top-left
 * corner, in the node's stroke colour (single-colour icons draw in it too).
 * Badges go in a group of their own after everything else: inside a node,
 * Mermaid's node styles would repaint the icon's paths. A badge for a node the
 * drawing lacks is left out.
 */
export function placeIconBadges(markup: string, badges: readonly (readonly [string, string])[], size: number): string {
  return window.aiarchEditOffscreen(markup, (root) => {
    const prefix = `${root.id}-flowchart-`;
    const nodes = new Map<string, SVGGElement>();
    (root.querySelectorAll('g.node') as NodeListOf<SVGGElement>).forEach((g) => {
      if (g.id.startsWith(prefix)) nodes.set(g.id.slice(prefix.length).replace(/-\d+$/, ''), g);
    });
    const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    layer.setAttribute('class', 'service-icons');
    const round = (value: number): number => Math.round(value * 100) / 100;
    for (const [id, badge] of badges) {
      const node = nodes.get(id);
      if (node === undefined) continue;
      const box = node.getBBox();
      const [x, y] = window.aiarchOffsetOf(node, root);
      const shape = node.querySelector(
        ':scope > .label-container, :scope > .basic, :scope > rect, :scope > polygon, :scope > path',
      ) as SVGGraphicsElement | null;
      const stroke = shape !== null ? getComputedStyle(shape).stroke : '';
      const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      g.setAttribute('class', 'service-icon');
      g.setAttribute('transform', `translate(${round(x + box.x - size / 2)}, ${round(y + box.y - size / 2)})`);
      g.setAttribute('style', `color: ${stroke !== '' && stroke !== 'none' ? stroke : '#475569'}`);
      g.innerHTML = badge;
      layer.appendChild(g);
    }
    root.appendChild(layer);
  });
}
