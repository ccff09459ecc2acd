// The reference architecture at a glance, for a design too dense to print as
// one drawing: one box per zone (its components counted and the first few
// named) inside its zone group, and one arrow per pair of zones that call
// each other, labelled with how many calls it stands for. The PDF prints it
// before the parts (reference-parts.ts), which draw every call.
import type { Model } from '../../model/types.js';
import type { Component } from '../../spec/types.js';
import type { DiagramPart } from '../types.js';
import { accessibleText, withAccessibility } from './accessibility.js';
import { label } from './escape.js';
import { componentEdges } from './graph.js';
import { GROUP_STROKE, INK } from './palette.js';
import { PART_GROUPS } from './reference-parts.js';
import { ZONE_CLASS, ZONE_CLASS_DEFS, ZONE_ORDER, ZONE_TITLE, zoneOf, type Zone } from './zones.js';

/** Names a zone's box lists before "and N more": enough to recognise it, few enough to keep the box small. */
const NAMED = 3;

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function zoneLabel(zone: Zone, members: readonly Component[], within: number): string {
  const names = members.slice(0, NAMED).map((c) => label(c.name, 40));
  const more = members.length > NAMED ? ` and ${members.length - NAMED} more` : '';
  const inner = within > 0 ? `<br/>${plural(within, 'call', 'calls')} within` : '';
  return `"${label(ZONE_TITLE[zone])}<br/>${plural(members.length, 'component', 'components')}: ${names.join(', ')}${more}${inner}"`;
}

/** Calls between two zones, counted once per pair of zones, with the directions they run in. */
interface Traffic {
  forward: number;
  backward: number;
}

export function referenceOverview(model: Pick<Model, 'spec'>): DiagramPart {
  const components = model.spec.architecture.components;
  const byId = new Map(components.map((c) => [c.id, c]));
  const members = new Map<Zone, Component[]>(ZONE_ORDER.map((zone) => [zone, components.filter((c) => zoneOf(c) === zone)]));
  const present = ZONE_ORDER.filter((zone) => (members.get(zone) ?? []).length > 0);
  const rank = (zone: Zone): number => ZONE_ORDER.indexOf(zone);
  const within = new Map<Zone, number>();
  const between = new Map<string, Traffic>();
  for (const edge of componentEdges(components)) {
    const a = zoneOf(byId.get(edge.from)!);
    const b = zoneOf(byId.get(edge.to)!);
    if (a === b) {
      within.set(a, (within.get(a) ?? 0) + 1);
      continue;
    }
    const [first, second] = rank(a) < rank(b) ? [a, b] : [b, a];
    const key = `${first} ${second}`;
    const traffic = between.get(key) ?? { forward: 0, backward: 0 };
    if (first === a) traffic.forward += 1;
    else traffic.backward += 1;
    between.set(key, traffic);
  }
  const lines = ['flowchart TB'];
  const node = (zone: Zone): string => `${ZONE_CLASS[zone]}Zone`;
  PART_GROUPS.forEach((group, index) => {
    const zones = group.zones.filter((zone) => present.includes(zone));
    if (zones.length === 0) return;
    lines.push(`  subgraph g${index}["${label(group.title)}"]`);
    for (const zone of zones) lines.push(`    ${node(zone)}[${zoneLabel(zone, members.get(zone) ?? [], within.get(zone) ?? 0)}]`);
    lines.push('  end');
  });
  const sentences: string[] = [];
  for (const [key, traffic] of between) {
    const [first, second] = key.split(' ') as [Zone, Zone];
    const count = traffic.forward + traffic.backward;
    const arrow = traffic.forward > 0 && traffic.backward > 0 ? '<-->' : '-->';
    const [from, to] = traffic.forward > 0 ? [first, second] : [second, first];
    lines.push(`  ${node(from)} ${arrow}|"${plural(count, 'call', 'calls')}"| ${node(to)}`);
    sentences.push(`${ZONE_TITLE[from]} ${arrow === '-->' ? 'to' : 'and'} ${ZONE_TITLE[to]}, ${plural(count, 'call', 'calls')}`);
  }
  lines.push(...ZONE_CLASS_DEFS.map((def) => `  ${def}`));
  for (const zone of present) lines.push(`  class ${node(zone)} ${ZONE_CLASS[zone]}`);
  lines.push(`  classDef groupBox fill:#ffffff,stroke:${GROUP_STROKE},stroke-dasharray:4 3,color:${INK}`);
  const groups = PART_GROUPS.flatMap((group, index) => (group.zones.some((zone) => present.includes(zone)) ? [`g${index}`] : []));
  if (groups.length > 0) lines.push(`  class ${groups.join(',')} groupBox`);
  const title = 'Overview by zone';
  const counts = present.map((zone) => `${ZONE_TITLE[zone]} (${members.get(zone)?.length ?? 0})`).join(', ');
  const description = accessibleText(
    `${plural(components.length, 'component', 'components')} in ${plural(present.length, 'zone', 'zones')}: ${counts}; calls between zones: ${sentences.join('; ') || 'none'}.`,
  );
  return { title, description, source: withAccessibility(`${lines.join('\n')}\n`, `Reference architecture: ${title}`, description) };
}
