// Reference architecture: components grouped by zone, shaped by kind, with the
// labelled edges of their `connects` lists.
import type { Model } from '../../model/types.js';
import type { Component } from '../../spec/types.js';
import { IdAllocator } from './escape.js';
import { componentEdges, componentNode, edgeLine } from './graph.js';
import { ZONE_CLASS, ZONE_CLASS_DEFS, ZONE_ORDER, ZONE_TITLE, zoneOf, type Zone } from './zones.js';

/** Patterns whose course diagram reads top to bottom; the others flow left to right. */
const TOP_DOWN = new Set(['serverless', 'container']);

export function groupByZone(components: readonly Component[]): Map<Zone, Component[]> {
  const groups = new Map<Zone, Component[]>();
  for (const zone of ZONE_ORDER) groups.set(zone, []);
  for (const component of components) groups.get(zoneOf(component))?.push(component);
  return groups;
}

export function referenceArchitecture(model: Pick<Model, 'spec'>): string {
  const { pattern, components } = model.spec.architecture;
  const ids = new IdAllocator('n');
  const lines = [`flowchart ${TOP_DOWN.has(pattern) ? 'TB' : 'LR'}`];
  const groups = groupByZone(components);
  for (const [zone, members] of groups) {
    if (members.length === 0) continue;
    lines.push(`  subgraph ${ZONE_CLASS[zone]}Group["${ZONE_TITLE[zone]}"]`);
    for (const component of members) lines.push(`    ${componentNode(ids, component)}`);
    lines.push('  end');
  }
  for (const edge of componentEdges(components)) lines.push(edgeLine(ids, edge));
  lines.push(...ZONE_CLASS_DEFS.map((def) => `  ${def}`));
  for (const [zone, members] of groups) {
    if (members.length > 0) lines.push(`  class ${members.map((c) => ids.id(c.id)).join(',')} ${ZONE_CLASS[zone]}`);
  }
  lines.push('  classDef zoneBox fill:#ffffff,stroke:#94a3b8,stroke-dasharray:4 3,color:#334155');
  const boxes = [...groups].filter(([, members]) => members.length > 0).map(([zone]) => `${ZONE_CLASS[zone]}Group`);
  if (boxes.length > 0) lines.push(`  class ${boxes.join(',')} zoneBox`);
  return `${lines.join('\n')}\n`;
}
