// Service icons in the laid-out SVG. Mermaid's ELK layout plugin bundles its
// own copy of Mermaid's drawing code, whose icon registry nothing can reach:
// every icon node comes out of the layout with Mermaid's "unknown icon"
// picture, at the icon's size and place. Each such picture is swapped here for
// the icon the source names, drawn from the bundled icon data at the same
// size. Ids inside an icon (gradients, filters) get a prefix made of the
// diagram's id and the icon's position, so two renders give the same bytes
// and two copies of one icon never share an id.
import { ICON_PACKS, type IconPack } from './icon-packs.generated.js';

type IconData = IconPack['icons']['icons'][string];

const PACKS = new Map(ICON_PACKS.map((pack) => [pack.name, pack.icons]));

/** The icon data for `set:name`, or undefined for a name no bundled set holds. */
export function iconData(name: string): (IconData & { width: number; height: number }) | undefined {
  const [set, icon] = name.split(':');
  const pack = set !== undefined ? PACKS.get(set) : undefined;
  const data = pack !== undefined && icon !== undefined && Object.hasOwn(pack.icons, icon) ? pack.icons[icon] : undefined;
  return pack === undefined || data === undefined ? undefined : { ...data, width: data.width ?? pack.width, height: data.height ?? pack.height };
}

/** Node id → icon name, from the `id@{ icon: "…" … }` lines of a source. */
export function iconsInSource(source: string): Map<string, string> {
  const icons = new Map<string, string>();
  for (const match of source.matchAll(/^\s*([A-Za-z][A-Za-z0-9_]*)@\{ icon: "([a-z0-9-]+:[a-z0-9-]+)"/gm)) icons.set(match[1]!, match[2]!);
  return icons;
}

function iconSvg(data: IconData & { width: number; height: number }, size: { width: string; height: string }, prefix: string): string {
  const body = data.body.replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`).replace(/(url\(#|href="#)([^)"]+)/g, `$1${prefix}$2`);
  const viewBox = `${data.left ?? 0} ${data.top ?? 0} ${data.width} ${data.height}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="${viewBox}">${body}</svg>`;
}

// Mermaid's unknown-icon picture: an 80-unit square with a question mark.
const UNKNOWN = /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 80 80">[\s\S]*?<\/svg>/y;
const ICON_NODE = /<g class="icon-shape[^"]*" id="([^"]*)-flowchart-([A-Za-z0-9_]+)-\d+"/g;

/** The SVG with each icon node's placeholder replaced by its icon; a node whose icon is unknown keeps the placeholder. */
export function drawIcons(svg: string, source: string): string {
  const icons = iconsInSource(source);
  if (icons.size === 0) return svg;
  let out = '';
  let from = 0;
  let count = 0;
  for (const node of svg.matchAll(ICON_NODE)) {
    const data = iconData(icons.get(node[2]!) ?? '');
    if (data === undefined || node.index < from) continue;
    const at = svg.indexOf('<svg xmlns="http://www.w3.org/2000/svg"', node.index);
    if (at === -1) continue;
    UNKNOWN.lastIndex = at;
    const placeholder = UNKNOWN.exec(svg);
    if (placeholder === null) continue;
    out += svg.slice(from, at) + iconSvg(data, { width: placeholder[1]!, height: placeholder[2]! }, `${node[1]}-icon${count}-`);
    from = at + placeholder[0].length;
    count += 1;
  }
  return out + svg.slice(from);
}
