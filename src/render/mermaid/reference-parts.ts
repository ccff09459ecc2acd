// The reference architecture cut into parts a slide can show at a readable
// size: by zone group (the way the course and the providers' reference
// diagrams read, from the users inwards), and each group by zone when the
// group alone is still too large. Each part shows its own components with
// their zone boxes and, dashed, one box per zone naming the other parts'
// components it calls or is called by, so every connection of the part stays
// on its slide. Parts are
// drawn left to right, the shape of a 16:9 slide, or top to bottom when that
// reads larger (a zone of many unconnected members).
import type { Model } from '../../model/types.js';
import type { Component } from '../../spec/types.js';
import type { DiagramPart } from '../types.js';
import { accessibleText, withAccessibility } from './accessibility.js';
import { componentEdges, IconCollector } from './graph.js';
import { inFlowOrder } from './layout.js';
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

/** How long the neighbours' names on a stand-in may run, in characters, before the rest are counted. */
const STAND_IN_CHARS = 60;

/**
 * A stand-in's label: its zone (it is drawn outside the zone boxes) and the
 * neighbours' names while they stay short, then how many more; the part's
 * description names them all. Every name in full made a stand-in for seven
 * neighbours eight lines tall, the height of the slide's whole drawing.
 */
function standInName(zone: Zone, list: readonly Component[]): string {
  const shown: string[] = [];
  for (const c of list) {
    if (shown.length > 0 && [...shown, c.name].join(', ').length > STAND_IN_CHARS) break;
    shown.push(c.name);
  }
  const more = list.length - shown.length;
  return `${ZONE_TITLE[zone]}: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function part(model: Pick<Model, 'spec'>, provider: Provider, title: string, zones: readonly Zone[], only?: ReadonlySet<string>): DiagramPart | null {
  const components = model.spec.architecture.components;
  const own = new Set(components.filter((c) => zones.includes(zoneOf(c)) && (only === undefined || only.has(c.id))).map((c) => c.id));
  if (own.size === 0) return null;
  // The other parts' components this part talks to, one stand-in per zone naming them all: a
  // box per neighbour stacked them into a column taller than a slide.
  const standIn = (id: string): string => `context:${zoneOf(byId.get(id)!)}`;
  const byId = new Map(components.map((c) => [c.id, c]));
  const neighbours = new Map<string, Component[]>();
  const incoming = new Map<string, { to: string; label?: string }[]>();
  for (const edge of componentEdges(components)) {
    if (own.has(edge.from) === own.has(edge.to)) continue;
    const other = own.has(edge.from) ? edge.to : edge.from;
    const key = standIn(other);
    const list = neighbours.get(key) ?? [];
    if (!list.some((c) => c.id === other)) list.push(byId.get(other)!);
    neighbours.set(key, list);
    if (own.has(edge.to)) incoming.set(key, [...(incoming.get(key) ?? []), { to: edge.to, ...(edge.label !== undefined ? { label: edge.label } : {}) }]);
  }
  const ownList = components
    .filter((c) => own.has(c.id))
    .map((c): Component => {
      const connects = (c.connects ?? []).map((link) => {
        const to = typeof link === 'string' ? link : link.to;
        if (own.has(to) || !byId.has(to)) return link;
        return typeof link === 'string' ? standIn(to) : { ...link, to: standIn(to) };
      });
      return { ...c, connects };
    });
  const standIns = [...neighbours].map(
    ([id, list]): Component => ({
      id,
      kind: 'compute',
      name: standInName(zoneOf(list[0]!), list),
      zone: zoneOf(list[0]!),
      connects: incoming.get(id) ?? [],
    }),
  );
  const [first, ...rest] = [...ownList, ...standIns];
  if (first === undefined) return null;
  const spec = { ...model.spec, architecture: { ...model.spec.architecture, components: [first, ...rest] as [Component, ...Component[]] } };
  const context = [...neighbours.values()].flat();
  const description = accessibleText(`${title}: ${names(ownList)}${context.length > 0 ? `; connected to ${names(context)} (drawn dashed)` : ''}.`);
  // Both directions allocate the same node ids, so one list of icons serves both.
  const icons = new IconCollector(provider);
  const draw = (direction: 'LR' | 'TB'): string =>
    withAccessibility(
      referenceArchitecture({ spec }, direction === 'LR' ? icons : undefined, { direction, context: new Set(neighbours.keys()) }),
      `Reference architecture: ${title}`,
      description,
    );
  return { title, description, source: draw('LR'), turned: draw('TB'), icons: icons.icons };
}

/** One zone group being cut into parts: what every part of it is drawn and titled from. */
interface Cut {
  readonly model: Pick<Model, 'spec'>;
  readonly provider: Provider;
  readonly group: Group;
  /** Every component of the design, in flow order: a part's title names its first member. */
  readonly flow: readonly Component[];
}

type Group = (typeof PART_GROUPS)[number];

/**
 * How long a part's title may run, in characters: after "Reference
 * architecture (12 of 30): " it still fits one line of a slide's title bar.
 * Kestrel's slide of three parts was titled "On-premises; Edge: Visual
 * inspection service and 2 more; Edge: Store-and-forward buffer and 1 more".
 */
export const PART_TITLE_CHARS = 48;

/** How many characters of a component's name a title keeps, in turn, when the whole names make it too long. */
const TITLE_NAME_CHARS = [20, 12] as const;

const length = (text: string): number => Array.from(text).length;

/** A name cut to `max` characters (code points), at a word boundary when one is near, ending in an ellipsis. */
function clipName(name: string, max: number): string {
  const points = Array.from(name.replace(/\s+/g, ' ').trim());
  if (points.length <= max) return points.join('');
  const cut = points.slice(0, max - 1).join('');
  const space = cut.search(/\s\S*$/);
  return `${(space >= cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A part's title from the components it shows: the group's title when it shows
 * the whole group, its zones' titles when it shows whole zones, and otherwise
 * each zone's first member in flow order ("Data: Orders DB and 3 more"), with
 * the names shortened, or, when that runs over PART_TITLE_CHARS, the first
 * component it shows and how many more ("Orders DB and 6 more"). The title depends only
 * on which components are shown: the cut and a join of its pieces that shows
 * the same components get the same title, so the renderer lays that drawing
 * out only once, and a slide showing several parts is titled as their join.
 */
function titleOf(group: Group, flow: readonly Component[], own: ReadonlySet<string>): string {
  const members = (zone: Zone) => flow.filter((c) => zoneOf(c) === zone);
  const present = group.zones.filter((zone) => members(zone).length > 0);
  const shown = present.filter((zone) => members(zone).some((c) => own.has(c.id)));
  const whole = (zone: Zone) => members(zone).every((c) => own.has(c.id));
  if (shown.every(whole)) return shown.length === present.length && shown.length > 1 ? group.title : shown.map((zone) => ZONE_TITLE[zone]).join(', ');
  const titled = (chars: number): string =>
    shown
      .map((zone) => {
        const list = members(zone).filter((c) => own.has(c.id));
        const first = clipName(list[0]?.name ?? '', chars);
        return whole(zone) ? ZONE_TITLE[zone] : `${ZONE_TITLE[zone]}: ${first}${list.length > 1 ? ` and ${list.length - 1} more` : ''}`;
      })
      .join('; ');
  for (const chars of [Number.POSITIVE_INFINITY, ...TITLE_NAME_CHARS]) {
    const title = titled(chars);
    if (length(title) <= PART_TITLE_CHARS) return title;
  }
  // Too many zones shown in part to name each: the first component it shows and how many more. A count in
  // brackets clashed with the slide's own "(1 of 16)", and "7 components" would read as the design's count
  // wherever the title is quoted (alt text, notes, captions).
  const list = flow.filter((c) => group.zones.includes(zoneOf(c)) && own.has(c.id));
  const more = list.length > 1 ? ` and ${list.length - 1} more` : '';
  return `${clipName(list[0]?.name ?? group.title, PART_TITLE_CHARS - length(more))}${more}`;
}

/**
 * The title of what shows these components together (a slide of several
 * parts): per zone group, in reading order, the title a part showing them
 * would get. Two halves of one zone shown side by side read as that zone.
 */
export function referencePartsTitle(model: Pick<Model, 'spec'>, ids: readonly string[]): string {
  const components = model.spec.architecture.components;
  const flow = inFlowOrder(components, componentEdges(components));
  const own = new Set(ids);
  return PART_GROUPS.filter((group) => flow.some((c) => own.has(c.id) && group.zones.includes(zoneOf(c))))
    .map((group) => titleOf(group, flow, own))
    .join('; ');
}

/**
 * The part showing these components of the group. It can be joined with
 * another part of the same group (the renderer joins neighbouring pieces of
 * a cut back together while the whole still fits where it is shown).
 */
function partOf(cut: Cut, own: ReadonlySet<string>): DiagramPart | null {
  const drawn = part(cut.model, cut.provider, titleOf(cut.group, cut.flow, own), cut.group.zones, own);
  if (drawn === null) return null;
  const inGroup = (id: string) => cut.flow.some((c) => c.id === id && cut.group.zones.includes(zoneOf(c)));
  return {
    ...drawn,
    members: cut.flow.filter((c) => own.has(c.id)).map((c) => c.id),
    join: (next) => {
      const theirs = next.members ?? [];
      if (theirs.length === 0 || !theirs.every(inGroup)) return undefined;
      return partOf(cut, new Set([...own, ...theirs])) ?? undefined;
    },
  };
}

/**
 * One zone's part; when it is still too large, halves of its members in flow
 * order, each titled with its first component, and so on down to one.
 */
function zonePart(cut: Cut, zone: Zone, members?: readonly Component[]): DiagramPart | null {
  const list = members ?? cut.flow.filter((c) => zoneOf(c) === zone);
  const whole = partOf(cut, new Set(list.map((c) => c.id)));
  if (whole === null || list.length < 2) return whole;
  const half = Math.ceil(list.length / 2);
  const halves = [list.slice(0, half), list.slice(half)].map((chunk) => zonePart(cut, zone, chunk)).filter((p): p is DiagramPart => p !== null);
  return { ...whole, parts: halves };
}

/**
 * The part for a run of zones; when it is still too large, its halves (by
 * zone, then by member), each with halves of its own, down to one component.
 */
function zonesPart(cut: Cut, zones: readonly Zone[]): DiagramPart | null {
  const present = zones.filter((zone) => cut.flow.some((c) => zoneOf(c) === zone));
  const [only] = present;
  if (only === undefined) return null;
  if (present.length === 1) return zonePart(cut, only);
  const whole = partOf(cut, new Set(cut.flow.filter((c) => present.includes(zoneOf(c))).map((c) => c.id)));
  if (whole === null) return null;
  const half = Math.ceil(present.length / 2);
  const halves = [present.slice(0, half), present.slice(half)].map((run) => zonesPart(cut, run)).filter((p): p is DiagramPart => p !== null);
  return { ...whole, parts: halves };
}

/**
 * The parts of the reference architecture: one per zone group that has
 * components, each cut finer (halves by zone, then by member) for the
 * renderer to draw only while a part is still too large for a slide, then to
 * join neighbouring pieces back while they still fit. A design whose
 * components all sit in one group has no parts: the whole diagram is that
 * group, and it is cut the same way.
 */
export function referenceParts(model: Pick<Model, 'spec'>, provider: Provider): DiagramPart[] {
  const components = model.spec.architecture.components;
  const flow = inFlowOrder(components, componentEdges(components));
  const groups = PART_GROUPS.map((group) => zonesPart({ model, provider, group, flow }, group.zones)).filter((p): p is DiagramPart => p !== null);
  if (groups.length > 1) return groups;
  return groups[0]?.parts !== undefined ? [...groups[0].parts] : [];
}
