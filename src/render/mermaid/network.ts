// Network architecture: the cloud network boundary (VPC or VNet, named after
// the recommended platform's cloud), a public subnet for the edge, private
// subnets for compute and data, a private endpoint in front of the AI service,
// and the on-premises or edge-site link for the hybrid patterns.
import type { Model } from '../../model/types.js';
import type { Component } from '../../spec/types.js';
import { IdAllocator, label } from './escape.js';
import { componentEdges, componentNode, type Edge } from './graph.js';
import { inFlowOrder } from './layout.js';
import { groupByZone } from './reference.js';
import { atSite, siteOf } from './site.js';
import { ZONE_CLASS, ZONE_CLASS_DEFS, zoneOf, type Zone } from './zones.js';
import { lookupTable } from '../../records.js';

type Cloud = 'aws' | 'azure' | 'gcp' | 'other';

const CLOUD_OF_PLATFORM = lookupTable<Cloud>({
  'aws-bedrock': 'aws',
  'azure-openai': 'azure',
  'google-vertex': 'gcp',
});

const CLOUD_TITLE: Readonly<Record<Cloud, string>> = {
  aws: 'AWS region',
  azure: 'Azure region',
  gcp: 'Google Cloud region',
  other: 'Cloud region',
};

const BOUNDARY: Readonly<Record<Cloud, string>> = { aws: 'VPC', azure: 'VNet', gcp: 'VPC network', other: 'Virtual network' };

const ENDPOINT: Readonly<Record<Cloud, string>> = {
  aws: 'VPC endpoint (PrivateLink)',
  azure: 'Private endpoint (Private Link)',
  gcp: 'Private Service Connect',
  other: 'Private endpoint',
};

/** The recommended platform's cloud; an unknown platform falls back to the client's existing cloud. */
export function cloudOf(model: Pick<Model, 'spec' | 'recommendation'>): Cloud {
  const known = CLOUD_OF_PLATFORM[model.recommendation];
  if (known !== undefined) return known;
  const existing = model.spec.scenario.existingCloud;
  return existing === 'aws' || existing === 'azure' || existing === 'gcp' ? existing : 'other';
}

const INSIDE_NETWORK: readonly { zone: Zone; id: string; title: string }[] = [
  { zone: 'edge', id: 'publicSubnet', title: 'Public subnet' },
  { zone: 'private', id: 'appSubnet', title: 'Private subnet: application' },
  { zone: 'data', id: 'dataSubnet', title: 'Private subnet: data' },
];

export function networkArchitecture(model: Pick<Model, 'spec' | 'recommendation'>): string {
  const { pattern, components } = model.spec.architecture;
  const cloud = cloudOf(model);
  const ids = new IdAllocator('n');
  const groups = groupByZone(inFlowOrder(components, componentEdges(components)));
  const members = (zone: Zone): Component[] => groups.get(zone) ?? [];
  // Ids are allocated in drawing order, so the edges are computed after the nodes; the
  // internet node is drawn only when some traffic crosses it.
  const lines = ['flowchart LR'];
  const internetAt = lines.length;
  const nodes = (list: readonly Component[], indent: string): void => {
    for (const component of list) lines.push(`${indent}${componentNode(ids, component)}`);
  };

  if (members('external').length > 0) {
    lines.push('  subgraph usersGroup["Users and external systems"]');
    nodes(members('external'), '    ');
    lines.push('  end');
  }
  // Without a site pattern, on-premises components still get a data-center box.
  const site = siteOf(pattern) ?? (members('onprem').length > 0 ? siteOf('hybrid-data-onprem') : undefined);
  const siteZones = (site?.zones ?? []).filter((zone) => members(zone).length > 0);
  const siteSubnets = siteZones.length > 1 ? siteZones.map((zone) => `site${ZONE_CLASS[zone].slice(1)}`) : [];
  if (site !== undefined) {
    lines.push(`  subgraph siteGroup["${site.title}"]`);
    if (siteZones.length === 0) lines.push(`    siteEmpty["Add components with zone: ${site.zones.join(' or ')}"]`);
    else if (siteZones.length === 1) nodes(members(siteZones[0]!), '    ');
    else {
      siteZones.forEach((zone, i) => {
        lines.push(`    subgraph ${siteSubnets[i]!}["${site.zoneTitles[zone] ?? zone}"]`);
        nodes(members(zone), '      ');
        lines.push('    end');
      });
    }
    lines.push('  end');
  }

  lines.push(`  subgraph cloudGroup["${CLOUD_TITLE[cloud]}"]`);
  // Declared before the network: left to right, dagre then puts the regional
  // services below it on every diagram, away from the internet-facing edge.
  const shared = [...members('security'), ...members('observability')];
  if (shared.length > 0) {
    lines.push('    subgraph sharedGroup["Regional services: identity, secrets, monitoring"]');
    nodes(shared, '      ');
    lines.push('    end');
  }
  lines.push(`    subgraph vpcGroup["${BOUNDARY[cloud]}"]`);
  for (const subnet of INSIDE_NETWORK) {
    if (members(subnet.zone).length === 0 || atSite(site, subnet.zone)) continue;
    lines.push(`      subgraph ${subnet.id}["${subnet.title}"]`);
    nodes(members(subnet.zone), '        ');
    lines.push('      end');
  }
  const ai = members('ai');
  if (ai.length > 0) lines.push(`      endpoint{{"${ENDPOINT[cloud]}"}}`);
  lines.push('    end');
  if (ai.length > 0) {
    lines.push('    subgraph aiGroup["Managed AI services"]');
    nodes(ai, '      ');
    lines.push('    end');
  }
  lines.push('  end');

  const edges = networkEdges(ids, components, ai.length > 0, site?.zones ?? []);
  if (edges.some((edge) => / internet\b/.test(edge))) lines.splice(internetAt, 0, '  internet(("Internet"))');
  lines.push(...edges);
  if (site !== undefined) lines.push(`  siteGroup <-.->|"${site.link}"| vpcGroup`);
  lines.push(...ZONE_CLASS_DEFS.map((def) => `  ${def}`));
  for (const [zone, list] of groups) {
    if (list.length > 0) lines.push(`  class ${list.map((c) => ids.id(c.id)).join(',')} ${ZONE_CLASS[zone]}`);
  }
  lines.push('  classDef boundary fill:#ffffff,stroke:#1e3a8a,stroke-width:2px,color:#1e3a8a');
  lines.push('  classDef subnet fill:#f8fafc,stroke:#64748b,stroke-dasharray:4 3,color:#334155');
  lines.push('  classDef endpointNode fill:#ede9fe,stroke:#6d28d9,color:#2e1065');
  lines.push(`  class cloudGroup,vpcGroup boundary`);
  lines.push('  classDef group fill:#f8fafc,stroke:#94a3b8,color:#334155');
  const groupsDrawn = [
    members('external').length > 0 ? 'usersGroup' : null,
    site !== undefined ? 'siteGroup' : null,
    ai.length > 0 ? 'aiGroup' : null,
    shared.length > 0 ? 'sharedGroup' : null,
  ].filter((g): g is string => g !== null);
  if (groupsDrawn.length > 0) lines.push(`  class ${groupsDrawn.join(',')} group`);
  const subnets = [...INSIDE_NETWORK.filter((s) => members(s.zone).length > 0 && !atSite(site, s.zone)).map((s) => s.id), ...siteSubnets];
  if (subnets.length > 0) lines.push(`  class ${subnets.join(',')} subnet`);
  if (ai.length > 0) lines.push('  class endpoint endpointNode');
  return `${lines.join('\n')}\n`;
}

/**
 * Traffic as it crosses the network: external callers come in from the
 * internet, and calls into the AI service go through the private endpoint.
 */
function networkEdges(ids: IdAllocator, components: readonly Component[], viaEndpoint: boolean, siteZones: readonly Zone[]): string[] {
  const zone = new Map(components.map((c) => [c.id, zoneOf(c)]));
  const lines: string[] = [];
  const seen = new Set<string>();
  const push = (line: string): void => {
    if (!seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  };
  const text = (edge: Edge): string => (edge.label !== undefined && edge.label.trim() !== '' ? `|"${label(edge.label, 40)}"|` : '');
  for (const edge of componentEdges(components)) {
    const fromZone = zone.get(edge.from);
    const toZone = zone.get(edge.to);
    // Callers reaching the site (its devices, its edge compute) stay off the internet.
    const onSite = toZone === 'onprem' || (toZone !== undefined && siteZones.includes(toZone));
    if (fromZone === 'external' && toZone !== 'external' && !onSite) {
      push(`  ${ids.id(edge.from)} --> internet`);
      push(`  internet -->${text(edge)} ${ids.id(edge.to)}`);
    } else if (viaEndpoint && toZone === 'ai' && fromZone !== 'ai') {
      push(`  ${ids.id(edge.from)} -->${text(edge)} endpoint`);
      push(`  endpoint --> ${ids.id(edge.to)}`);
    } else {
      push(`  ${ids.id(edge.from)} -->${text(edge)} ${ids.id(edge.to)}`);
    }
  }
  return lines;
}
