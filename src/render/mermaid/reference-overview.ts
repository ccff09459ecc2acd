// The reference architecture at a glance, for a design too dense to print as
// one drawing: one box per zone (its components counted and the first few
// named) inside its zone group, and one arrow per pair of zone groups that
// call each other, labelled with how many calls it stands for. The PDF
// prints it before the parts (reference-parts.ts), one per zone group, which
// draw every call.
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

/** Calls between two zone groups, with the directions they run in. */
interface Traffic {
  forward: number;
  backward: number;
}

export function referenceOverview(model: Pick<Model, 'spec'>): DiagramPart {
  const components = model.spec.architecture.components;
  const byId = new Map(components.map((c) => [c.id, c]));
  const members = new Map<Zone, Component[]>(ZONE_ORDER.map((zone) => [zone, components.filter((c) => zoneOf(c) === zone)]));
  const present = ZONE_ORDER.filter((zone) => (members.get(zone) ?? []).length > 0);
  const groupOf = (zone: Zone): number => PART_GROUPS.findIndex((group) => group.zones.includes(zone));
  const within = new Map<Zone, number>();
  const inGroup = new Map<number, number>();
  const between = new Map<string, Traffic>();
  for (const edge of componentEdges(components)) {
    const a = zoneOf(byId.get(edge.from)!);
    const b = zoneOf(byId.get(edge.to)!);
    if (a === b) within.set(a, (within.get(a) ?? 0) + 1);
    const [ga, gb] = [groupOf(a), groupOf(b)];
    if (ga === gb) {
      if (a !== b) inGroup.set(ga, (inGroup.get(ga) ?? 0) + 1);
      continue;
    }
    const key = `${Math.min(ga, gb)} ${Math.max(ga, gb)}`;
    const traffic = between.get(key) ?? { forward: 0, backward: 0 };
    if (ga < gb) traffic.forward += 1;
    else traffic.backward += 1;
    between.set(key, traffic);
  }
  // One box per zone group, its zones side by side in it, and the arrows between groups: a
  // design whose zones all call one another drew, zone to zone, a column too tall to print.
  const lines = ['flowchart TB'];
  const node = (zone: Zone): string => `${ZONE_CLASS[zone]}Zone`;
  const drawn: number[] = [];
  PART_GROUPS.forEach((group, index) => {
    const zones = group.zones.filter((zone) => present.includes(zone));
    if (zones.length === 0) return;
    drawn.push(index);
    const calls = inGroup.get(index) ?? 0;
    const title = calls > 0 ? `${group.title}: ${plural(calls, 'call', 'calls')} between its zones` : group.title;
    lines.push(`  subgraph g${index}["${label(title)}"]`);
    for (const zone of zones) lines.push(`    ${node(zone)}[${zoneLabel(zone, members.get(zone) ?? [], within.get(zone) ?? 0)}]`);
    lines.push('  end');
  });
  const sentences: string[] = [];
  for (const [key, traffic] of between) {
    const [first, second] = key.split(' ').map(Number) as [number, number];
    const count = traffic.forward + traffic.backward;
    const arrow = traffic.forward > 0 && traffic.backward > 0 ? '<-->' : '-->';
    const [from, to] = traffic.forward > 0 ? [first, second] : [second, first];
    lines.push(`  g${from} ${arrow}|"${plural(count, 'call', 'calls')}"| g${to}`);
    sentences.push(`${PART_GROUPS[from]?.title} ${arrow === '-->' ? 'to' : 'and'} ${PART_GROUPS[to]?.title}, ${plural(count, 'call', 'calls')}`);
  }
  lines.push(...ZONE_CLASS_DEFS.map((def) => `  ${def}`));
  for (const zone of present) lines.push(`  class ${node(zone)} ${ZONE_CLASS[zone]}`);
  lines.push(`  classDef groupBox fill:#ffffff,stroke:${GROUP_STROKE},stroke-dasharray:4 3,color:${INK}`);
  if (drawn.length > 0) lines.push(`  class ${drawn.map((index) => `g${index}`).join(',')} groupBox`);
  const title = 'Overview by zone';
  const counts = present.map((zone) => `${ZONE_TITLE[zone]} (${members.get(zone)?.length ?? 0})`).join(', ');
  const description = accessibleText(
    `${plural(components.length, 'component', 'components')} in ${plural(present.length, 'zone', 'zones')}: ${counts}; calls between zone groups: ${sentences.join('; ') || 'none'}.`,
  );
  return { title, description, source: withAccessibility(`${lines.join('\n')}\n`, `Reference architecture: ${title}`, description) };
}
