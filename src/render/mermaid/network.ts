// Network architecture: where every component runs, drawn the way the
// provider's reference architectures draw it (see placement.ts): global edge
// services outside the region, regional managed services in the region but
// outside the VPC or VNet, subnets by kind and exposure, managed AI and
// managed data services in the region behind a private endpoint when the spec
// has one, and the site of the
// hybrid patterns linked to the network. A design with no cloud draws no
// region: its network is the data center's.
import type { Model } from '../../model/types.js';
import type { Component } from '../../spec/types.js';
import { IdAllocator, label } from './escape.js';
import { componentEdges, componentNode, type Edge, type IconCollector } from './graph.js';
import { CONNECTOR_ICON, ENDPOINT_ICON } from './icons.js';
import { inFlowOrder } from './layout.js';
import { classStyle, GROUP_FILL, GROUP_STROKE, INK, MUTED, NAVY, NAVY_MID, SWATCH } from './palette.js';
import { isServerless, placeComponent, PRIVATE_ENDPOINT, PROVIDERS, type Placement, type Provider, type ProviderPlacement } from './placement.js';
import { atSite, siteLinkLabel, siteOf } from './site.js';
import { ZONE_CLASS, ZONE_CLASS_DEFS, ZONE_ORDER, zoneOf, type Zone } from './zones.js';
import { wrapWideRows } from './wrap.js';
import { lookupTable } from '../../records.js';

// Keyed by spec text (the recommendation): a prototype-free table.
const PROVIDER_OF_PLATFORM = lookupTable<Provider>({
  'aws-bedrock': 'aws',
  'azure-openai': 'azure',
  'google-vertex': 'gcp',
});

/**
 * The recommended platform's cloud; an unknown platform falls back to the
 * client's existing cloud, and with no existing cloud to the data center.
 */
export function providerOf(model: Pick<Model, 'spec' | 'recommendation'>): Provider {
  const known = PROVIDER_OF_PLATFORM[model.recommendation];
  if (known !== undefined) return known;
  const existing = model.spec.scenario.existingCloud;
  if (existing === 'aws' || existing === 'azure' || existing === 'gcp') return existing;
  return existing === 'none' ? 'onprem' : 'cloud';
}

/** Whether the spec says AI calls go through a private endpoint (a component, a label or a network control). */
export function hasPrivateEndpoint(model: Pick<Model, 'spec'>): boolean {
  const texts: string[] = [];
  for (const c of model.spec.architecture.components) {
    texts.push(c.name, c.service ?? '', c.purpose ?? '');
    for (const link of c.connects ?? []) if (typeof link !== 'string') texts.push(link.label ?? '');
  }
  for (const control of model.spec.security?.layers?.network ?? []) texts.push(control.control, control.implementation ?? '');
  return texts.some((text) => PRIVATE_ENDPOINT.test(text));
}

const REGION_BOXES: readonly { placement: Placement; id: string; title: (p: ProviderPlacement) => string }[] = [
  { placement: 'regional', id: 'regionalGroup', title: (p) => p.regional },
  { placement: 'ai', id: 'aiGroup', title: (p) => p.ai },
  { placement: 'managed', id: 'managedDataGroup', title: (p) => p.managedData },
  { placement: 'shared', id: 'sharedGroup', title: (p) => p.shared },
];

const SUBNETS: readonly { placement: 'public' | 'app' | 'data'; id: string }[] = [
  { placement: 'public', id: 'publicSubnet' },
  { placement: 'app', id: 'appSubnet' },
  { placement: 'data', id: 'dataSubnet' },
];

/** What the network diagram draws besides where each component runs. */
export interface NetworkView {
  /**
   * The calls between components (default true). Without them the diagram
   * shows placement only: the PDF's overview of a design whose calls are too
   * many to print here (the reference architecture's parts draw them all).
   */
  readonly connections?: boolean;
  /** The widest row of boxes, in px, before it wraps (default ROW_BUDGET_PX, wrap.ts). */
  readonly rowBudget?: number;
  /**
   * The ids of the components to draw (default all), each where the whole
   * design places it: a view of some areas, drawn without calls.
   */
  readonly only?: ReadonlySet<string>;
}

/** Where each component of a design runs: its cloud, the hybrid site if any, and each component's placement. */
interface Placed {
  readonly cloud: Provider;
  readonly provider: ProviderPlacement;
  readonly site: ReturnType<typeof siteOf>;
  /** Every component, in flow order. */
  readonly ordered: readonly Component[];
  readonly zoneAt: ReadonlyMap<string, Zone>;
  readonly placed: ReadonlyMap<string, Placement>;
  /** Whether anything runs in the region besides the shared services. */
  readonly inRegion: boolean;
}

function placeAll(model: Pick<Model, 'spec' | 'recommendation'>): Placed {
  const { pattern, components } = model.spec.architecture;
  const cloud = providerOf(model);
  const provider = PROVIDERS[cloud];
  const ordered = inFlowOrder(components, componentEdges(components));
  // Without a site pattern, on-premises components still get a data-center box (unless the whole design is one).
  const site = siteOf(pattern) ?? (provider.cloud && ordered.some((c) => zoneOf(c) === 'onprem') ? siteOf('hybrid-data-onprem') : undefined);
  const zoneAt = new Map<string, Zone>(ordered.map((c) => [c.id, zoneOf(c)]));
  const placed = new Map<string, Placement>();
  for (const c of ordered) {
    const zone = zoneAt.get(c.id)!;
    placed.set(c.id, placeComponent(c, zone, provider.cloud ? atSite(site, zone) : false, provider));
  }
  const inRegion = ordered.some((c) => ['regional', 'serverless', 'public', 'app', 'data', 'managed', 'ai'].includes(placed.get(c.id)!));
  // Shared services follow the workload: with nothing in the region they belong to the site.
  if (!inRegion && site !== undefined) for (const c of ordered) if (placed.get(c.id) === 'shared') placed.set(c.id, 'site');
  return { cloud, provider, site, ordered, zoneAt, placed, inRegion };
}

/** The areas the network diagram draws, in drawing order: outside the cloud first, then the region's subnets and boxes. */
const AREA_ORDER: readonly Placement[] = ['external', 'global', 'site', 'public', 'app', 'data', 'serverless', 'regional', 'ai', 'managed', 'shared'];

/** One area of the network diagram and the components placed in it, in flow order. */
export interface NetworkArea {
  readonly title: string;
  readonly ids: readonly string[];
}

/**
 * The network diagram's areas that hold components, in drawing order: the
 * PDF prints a placement view too dense for one page area by area.
 */
export function networkAreas(model: Pick<Model, 'spec' | 'recommendation'>): NetworkArea[] {
  const { provider, site, ordered, placed } = placeAll(model);
  const title = (placement: Placement): string => {
    if (placement === 'external') return 'Users and external systems';
    if (placement === 'global') return provider.global;
    if (placement === 'site') return site?.title ?? 'On-premises';
    if (placement === 'serverless') return provider.serverless;
    if (placement === 'public' || placement === 'app' || placement === 'data') return provider.subnets[placement];
    const box = REGION_BOXES.find((b) => b.placement === placement);
    return box === undefined ? placement : box.title(provider);
  };
  return AREA_ORDER.map((placement) => ({ title: title(placement), ids: ordered.filter((c) => placed.get(c.id) === placement).map((c) => c.id) })).filter(
    (area) => area.ids.length > 0,
  );
}

/** `icons` collects each component's service icon (and the private endpoint's) for the picture. */
export function networkArchitecture(model: Pick<Model, 'spec' | 'recommendation'>, icons?: IconCollector, view: NetworkView = {}): string {
  const { components } = model.spec.architecture;
  const { cloud, provider, site, ordered, zoneAt, placed, inRegion } = placeAll(model);
  const ids = new IdAllocator('n');
  const { only } = view;
  const shown = (c: Component): boolean => only === undefined || only.has(c.id);
  const everyMember = (placement: Placement): Component[] => ordered.filter((c) => placed.get(c.id) === placement);
  const members = (placement: Placement): Component[] => everyMember(placement).filter(shown);
  const endpointed = provider.cloud && PRIVATELY_REACHED.some((p) => everyMember(p).length > 0) && hasPrivateEndpoint(model);
  // A view of some areas draws the endpoint beside what it serves: the app subnet, or the services reached through it.
  const endpoint = endpointed && (only === undefined || [...PRIVATELY_REACHED, 'app' as const].some((p) => members(p).length > 0));
  const connector = members('serverless').length > 0 && hasConnector(model, provider);

  // Top to bottom, from the internet inwards: the shape of a provider's reference diagram, and of a page.
  const lines = ['flowchart TB'];
  const internetAt = lines.length;
  const nodes = (list: readonly Component[], indent: string): void => {
    for (const component of list) lines.push(`${indent}${componentNode(ids, component, icons)}`);
  };
  const endpointNode = (): string => {
    icons?.add('endpoint', ENDPOINT_ICON[cloud]);
    return `endpoint{{"${provider.endpoint}"}}`;
  };
  const drawnGroups: string[] = [];
  const group = (id: string, title: string, list: readonly Component[], indent: string): void => {
    lines.push(`${indent}subgraph ${id}["${title}"]`);
    nodes(list, `${indent}  `);
    lines.push(`${indent}end`);
    drawnGroups.push(id);
  };

  if (members('external').length > 0) group('usersGroup', 'Users and external systems', members('external'), '  ');
  if (members('global').length > 0) group('globalGroup', provider.global, members('global'), '  ');

  const siteMembers = members('site');
  const siteZones = ZONE_ORDER.filter((zone) => siteMembers.some((c) => zoneAt.get(c.id) === zone));
  const siteSubnets: string[] = [];
  if (site !== undefined && siteMembers.length > 0) {
    lines.push(`  subgraph siteGroup["${site.title}"]`);
    if (siteZones.length === 1) nodes(siteMembers, '    ');
    else {
      for (const zone of siteZones) {
        const id = `site${ZONE_CLASS[zone].slice(1)}`;
        siteSubnets.push(id);
        lines.push(`    subgraph ${id}["${site.zoneTitles[zone] ?? (zone === 'security' || zone === 'observability' ? provider.shared : zone)}"]`);
        nodes(
          siteMembers.filter((c) => zoneAt.get(c.id) === zone),
          '      ',
        );
        lines.push('    end');
      }
    }
    lines.push('  end');
  }

  const subnetsDrawn: string[] = [];
  const outside = (c: Component): boolean => ['external', 'site', 'global'].includes(placed.get(c.id)!);
  const drawRegion =
    (provider.cloud
      ? inRegion || (site === undefined && everyMember('shared').length > 0)
      : ordered.some((c) => placed.get(c.id) !== 'external' && placed.get(c.id) !== 'site')) &&
    (only === undefined || ordered.some((c) => shown(c) && !outside(c)));
  // A view of some areas leaves out a network it draws nothing in.
  const vpcDrawn =
    drawRegion &&
    (only === undefined ||
      connector ||
      endpoint ||
      SUBNETS.some((subnet) => members(subnet.placement).length > 0) ||
      (!provider.cloud && REGION_BOXES.some((box) => members(box.placement).length > 0)));
  if (drawRegion) {
    lines.push(`  subgraph regionGroup["${provider.region}"]`);
    if (vpcDrawn) lines.push(`    subgraph vpcGroup["${provider.network}"]`);
    if (connector) {
      icons?.add('connector', CONNECTOR_ICON[cloud]);
      lines.push(`      connector{{"${provider.connector}"}}`);
    }
    for (const subnet of SUBNETS) {
      const list = members(subnet.placement);
      if (list.length === 0) continue;
      lines.push(`      subgraph ${subnet.id}["${provider.subnets[subnet.placement]}"]`);
      nodes(list, '        ');
      if (subnet.placement === 'app' && endpoint) lines.push(`        ${endpointNode()}`);
      lines.push('      end');
      subnetsDrawn.push(subnet.id);
    }
    if (endpoint && members('app').length === 0) lines.push(`      ${endpointNode()}`);
    // A data center's own AI serving and shared services run on its network.
    if (!provider.cloud)
      for (const box of REGION_BOXES) if (members(box.placement).length > 0) group(box.id, box.title(provider), members(box.placement), '      ');
    if (vpcDrawn) lines.push('    end');
    if (members('serverless').length > 0) group('serverlessGroup', provider.serverless, members('serverless'), '    ');
    if (provider.cloud)
      for (const box of REGION_BOXES) if (members(box.placement).length > 0) group(box.id, box.title(provider), members(box.placement), '    ');
    lines.push('  end');
  }
  const regionDrawn = drawRegion;

  const edges = view.connections === false || only !== undefined ? [] : networkEdges(ids, components, placed, zoneAt, endpoint, connector);
  if (edges.some((edge) => / internet\b/.test(edge))) lines.splice(internetAt, 0, '  internet(("Internet"))');
  lines.push(...edges);
  if (site !== undefined && siteMembers.length > 0 && regionDrawn)
    lines.push(`  siteGroup <-.->|"${siteLinkLabel(model.spec, site)}"| ${vpcDrawn ? 'vpcGroup' : 'regionGroup'}`);
  // With a site drawn above the region, serverless compute and the shared services it calls
  // would share a row beside the network and push the site sideways, widening the drawing past
  // a readable print size (Kestrel's); the shared services go below the network instead.
  if (site !== undefined && siteMembers.length > 0 && regionDrawn && members('serverless').length > 0 && members('shared').length > 0 && vpcDrawn)
    lines.push('  vpcGroup ~~~ sharedGroup');
  lines.push(...ZONE_CLASS_DEFS.map((def) => `  ${def}`));
  for (const zone of ZONE_ORDER) {
    const list = ordered.filter((c) => zoneAt.get(c.id) === zone && shown(c));
    if (list.length > 0) lines.push(`  class ${list.map((c) => ids.id(c.id)).join(',')} ${ZONE_CLASS[zone]}`);
  }
  lines.push(`  classDef boundary fill:#ffffff,stroke:${NAVY_MID},stroke-width:2px,color:${NAVY}`);
  lines.push(`  classDef subnet fill:${GROUP_FILL},stroke:${MUTED},stroke-dasharray:4 3,color:${INK}`);
  if (regionDrawn) lines.push(`  class ${vpcDrawn ? 'regionGroup,vpcGroup' : 'regionGroup'} boundary`);
  lines.push(`  classDef group fill:${GROUP_FILL},stroke:${GROUP_STROKE},color:${INK}`);
  const groups = [...drawnGroups, ...(site !== undefined && siteMembers.length > 0 ? ['siteGroup'] : [])];
  if (groups.length > 0) lines.push(`  class ${groups.join(',')} group`);
  const subnets = [...subnetsDrawn, ...siteSubnets];
  if (subnets.length > 0) lines.push(`  class ${subnets.join(',')} subnet`);
  if (endpoint) lines.push(`  classDef endpointNode ${classStyle(SWATCH.teal)}`, '  class endpoint endpointNode');
  if (connector) lines.push(`  classDef connectorNode ${classStyle(SWATCH.navy)}`, '  class connector connectorNode');
  return wrapWideRows(`${lines.join('\n')}\n`, view.rowBudget);
}

/**
 * Whether the spec says its serverless compute reaches into the network through
 * the provider's connector: in a serverless component's own words, or in a
 * connection or network control that names the serverless service too ("no
 * public endpoints in the VPC" says nothing about Lambda).
 */
export function hasConnector(model: Pick<Model, 'spec'>, provider: ProviderPlacement): boolean {
  const own: string[] = [];
  const other: string[] = [];
  for (const c of model.spec.architecture.components) {
    if (isServerless(c, provider)) own.push(c.name, c.service ?? '', c.purpose ?? '');
    for (const link of c.connects ?? []) if (typeof link !== 'string') other.push(link.label ?? '');
  }
  for (const control of model.spec.security?.layers?.network ?? []) other.push(`${control.control} ${control.implementation ?? ''}`);
  return (
    own.some((text) => provider.connectorText.test(text)) || other.some((text) => provider.connectorText.test(text) && provider.serverlessServices.test(text))
  );
}

/** Managed services outside the network that the network reaches through the private endpoint, when the spec names one. */
const PRIVATELY_REACHED: readonly Placement[] = ['ai', 'managed'];

/** Boxes inside the network, which serverless compute reaches through the connector. */
const IN_NETWORK: readonly Placement[] = ['public', 'app', 'data'];

/**
 * Traffic as it crosses the network: external callers come in from the
 * internet (unless they call the site or sit on-premises), calls into a managed AI or data
 * service go through the private endpoint, and serverless compute enters the network
 * through its connector.
 */
function networkEdges(
  ids: IdAllocator,
  components: readonly Component[],
  placed: ReadonlyMap<string, Placement>,
  zones: ReadonlyMap<string, Zone>,
  viaEndpoint: boolean,
  viaConnector: boolean,
): string[] {
  const lines: string[] = [];
  // Several calls can share one hop (the connector to the endpoint, the endpoint to a store):
  // one arrow per hop, labelled when any of its calls is.
  const plainAt = new Map<string, number>();
  const push = (line: string): void => {
    if (lines.includes(line)) return;
    const hop = line.replace(/\|"[^"]*"\| /, ' ');
    const plain = plainAt.get(hop);
    if (line === hop) {
      if (plain === undefined && !lines.some((l) => l.replace(/\|"[^"]*"\| /, ' ') === hop)) {
        plainAt.set(hop, lines.length);
        lines.push(line);
      }
    } else if (plain !== undefined) {
      lines[plain] = line;
      plainAt.delete(hop);
    } else lines.push(line);
  };
  // Only traffic that crosses from one network segment into another is labelled, and
  // calls to the shared services (identity, secrets, monitoring) are not: the reference
  // architecture names every call, and the labels' rows made this diagram too tall to
  // print readably.
  const labelled = (edge: Edge): boolean => {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    return from !== to && to !== 'shared';
  };
  const text = (edge: Edge): string => (edge.label !== undefined && edge.label.trim() !== '' && labelled(edge) ? `|"${label(edge.label, 40)}"|` : '');
  for (const edge of componentEdges(components)) {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    // Users on the data center's own network (zone onprem) reach it without the internet.
    if (from === 'external' && zones.get(edge.from) === 'external' && to !== 'external' && to !== 'site') {
      push(`  ${ids.id(edge.from)} --> internet`);
      push(`  internet -->${text(edge)} ${ids.id(edge.to)}`);
    } else if (viaEndpoint && to !== undefined && PRIVATELY_REACHED.includes(to) && (from === undefined || !PRIVATELY_REACHED.includes(from))) {
      // Serverless compute reaches the endpoint, which is in the network, through its connector.
      if (viaConnector && from === 'serverless') {
        push(`  ${ids.id(edge.from)} --> connector`);
        push(`  connector -->${text(edge)} endpoint`);
      } else push(`  ${ids.id(edge.from)} -->${text(edge)} endpoint`);
      push(`  endpoint --> ${ids.id(edge.to)}`);
    } else if (viaConnector && from === 'serverless' && to !== undefined && IN_NETWORK.includes(to)) {
      push(`  ${ids.id(edge.from)} --> connector`);
      push(`  connector -->${text(edge)} ${ids.id(edge.to)}`);
    } else {
      push(`  ${ids.id(edge.from)} -->${text(edge)} ${ids.id(edge.to)}`);
    }
  }
  return lines;
}
