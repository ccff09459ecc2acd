// Reference architecture: components grouped by zone, shaped by kind, with the
// labelled edges of their `connects` lists.
import type { Model } from '../../model/types.js';
import type { Component } from '../../spec/types.js';
import { IdAllocator, quoted } from './escape.js';
import { classStyle, GROUP_STROKE, INK, NAVY, NAVY_MID, SWATCH } from './palette.js';
import { componentEdges, componentNode, edgeLine, type IconCollector } from './graph.js';
import { crossCuttingAnchors, inFlowOrder } from './layout.js';
import { atSite, siteOf } from './site.js';
import { ZONE_CLASS, ZONE_CLASS_DEFS, ZONE_ORDER, ZONE_TITLE, zoneOf, type Zone } from './zones.js';
import { wrapWideRows } from './wrap.js';

/** A part of the diagram drawn on its own (a deck slide): its direction, and the components shown only as context. */
export interface PartView {
  readonly direction: 'TB' | 'LR';
  /** Stand-ins for other parts' components (one per zone, naming them): drawn as plain dashed boxes. */
  readonly context: ReadonlySet<string>;
}

export function groupByZone(components: readonly Component[]): Map<Zone, Component[]> {
  const groups = new Map<Zone, Component[]>();
  for (const zone of ZONE_ORDER) groups.set(zone, []);
  for (const component of components) groups.get(zoneOf(component))?.push(component);
  return groups;
}

/**
 * Top to bottom for every pattern: a layered flow is taller than wide, so it
 * fits a portrait page at a readable size. ELK routes edges around the boxes,
 * and the renderer moves a group title that an entering edge would cross
 * (src/render/images/titles.ts). `icons` collects each component's service
 * icon for the picture.
 */
export function referenceArchitecture(model: Pick<Model, 'spec'>, icons?: IconCollector, view?: PartView): string {
  const { pattern, components } = model.spec.architecture;
  const edges = componentEdges(components);
  const ids = new IdAllocator('n');
  const lines = [`flowchart ${view?.direction ?? 'TB'}`];
  // Context (the other parts' components, on a part's slide): plain dashed boxes, with no
  // icon, outside every zone and boundary box. Drawn inside them, a component with
  // neighbours in seven zones stood in seven zone boxes and the cloud boundary, wider
  // than a slide on its own (generated seed 102: 1,838 px, 8.7 pt).
  const context = view?.context ?? new Set<string>();
  const groups = groupByZone(inFlowOrder(components, edges).filter((c) => !context.has(c.id)));
  const site = siteOf(pattern);
  const zoneBox = (zone: Zone, members: readonly Component[], indent: string, title: string = ZONE_TITLE[zone]): void => {
    lines.push(`${indent}subgraph ${ZONE_CLASS[zone]}Group["${title}"]`);
    for (const component of members) lines.push(`${indent}  ${componentNode(ids, component, icons)}`);
    lines.push(`${indent}end`);
  };
  // ZONE_ORDER ends with the cross-cutting zones: declared last, dagre keeps
  // them together at one end of the last column.
  const drawn = [...groups].filter(([, members]) => members.length > 0);
  const siteZones = drawn.filter(([zone]) => atSite(site, zone));
  const cloudZones = site === undefined ? [] : drawn.filter(([zone]) => zone !== 'external' && !atSite(site, zone));
  const siteBox = (): void => {
    if (site === undefined) return;
    const [only] = siteZones;
    if (siteZones.length === 1 && only !== undefined) {
      zoneBox(only[0], only[1], '  ', site.title);
      return;
    }
    // Several zones at the site (edge-cloud: its devices and its edge compute) share one site box.
    lines.push(`  subgraph siteGroup["${site.title}"]`);
    for (const [zone, members] of siteZones) zoneBox(zone, members, '    ', site.zoneTitles[zone]);
    lines.push('  end');
  };
  for (const [zone, members] of drawn) {
    if (zone === siteZones[0]?.[0]) siteBox();
    else if (!atSite(site, zone) && !cloudZones.some(([z]) => z === zone)) zoneBox(zone, members, '  ');
  }
  if (cloudZones.length > 0) {
    // The hybrid patterns draw the site and the cloud as two boxes, as the course does.
    lines.push('  subgraph cloudGroup["Cloud"]');
    for (const [zone, members] of cloudZones) zoneBox(zone, members, '    ');
    lines.push('  end');
  }
  for (const component of components) if (context.has(component.id)) lines.push(`  ${ids.id(component.id)}[${quoted(component.name, 160)}]`);
  for (const edge of edges) lines.push(edgeLine(ids, edge));
  for (const [from, to] of crossCuttingAnchors(components, edges)) lines.push(`  ${ids.id(from)} ~~~ ${ids.id(to)}`);
  lines.push(...ZONE_CLASS_DEFS.map((def) => `  ${def}`));
  for (const [zone, members] of groups) {
    const own = members.filter((c) => !context.has(c.id));
    if (own.length > 0) lines.push(`  class ${own.map((c) => ids.id(c.id)).join(',')} ${ZONE_CLASS[zone]}`);
  }
  const shown = components.filter((c) => context.has(c.id));
  if (shown.length > 0) {
    lines.push(`  classDef context ${classStyle(SWATCH.neutral, ',stroke-dasharray:4 3')}`);
    lines.push(`  class ${shown.map((c) => ids.id(c.id)).join(',')} context`);
  }
  lines.push(`  classDef zoneBox fill:#ffffff,stroke:${GROUP_STROKE},stroke-dasharray:4 3,color:${INK}`);
  const boxes = drawn.map(([zone]) => `${ZONE_CLASS[zone]}Group`);
  if (boxes.length > 0) lines.push(`  class ${boxes.join(',')} zoneBox`);
  if (siteZones.length > 1) {
    lines.push(`  classDef siteBox fill:#ffffff,stroke:${SWATCH.stone.stroke},stroke-width:2px,color:${SWATCH.stone.text}`);
    lines.push('  class siteGroup siteBox');
  }
  if (cloudZones.length > 0) {
    lines.push(`  classDef cloudBox fill:#ffffff,stroke:${NAVY_MID},stroke-width:2px,color:${NAVY}`);
    lines.push('  class cloudGroup cloudBox');
  }
  const source = `${lines.join('\n')}\n`;
  // A part's slide runs left to right and is cut to fit by reference-parts.ts.
  return view === undefined || view.direction === 'TB' ? wrapWideRows(source) : source;
}
