// The remote site of the hybrid patterns: which zones stand for it and what
// its boxes are called. For hybrid-data-onprem the site is the data center
// (zone onprem) and `edge` stays the cloud's ingress; for edge-cloud the
// `edge` zone is the site's own compute, so it belongs in the site box, not
// in the cloud's public subnet.
import type { Architecture, Spec } from '../../spec/types.js';
import { label } from './escape.js';
import type { Zone } from './zones.js';

export interface Site {
  /** Title of the site box. */
  readonly title: string;
  /** Zones drawn inside the site, in drawing order. */
  readonly zones: readonly Zone[];
  /** Titles of the zone boxes inside the site when it holds more than one. */
  readonly zoneTitles: Readonly<Partial<Record<Zone, string>>>;
  /** Label of the link between the site and the cloud network when the spec does not say which it is. */
  readonly link: string;
}

const SITES: Readonly<Partial<Record<Architecture['pattern'], Site>>> = {
  'hybrid-data-onprem': { title: 'On-premises data center', zones: ['onprem'], zoneTitles: {}, link: 'VPN or dedicated link' },
  'edge-cloud': {
    title: 'Edge site',
    zones: ['onprem', 'edge'],
    zoneTitles: { onprem: 'Site systems and devices', edge: 'Edge compute' },
    link: 'WAN / VPN',
  },
};

export function siteOf(pattern: Architecture['pattern']): Site | undefined {
  return SITES[pattern];
}

export function atSite(site: Site | undefined, zone: Zone): boolean {
  return site !== undefined && site.zones.includes(zone);
}

/**
 * Links a spec can name, in the order a label lists them: dedicated circuits
 * first, then the tunnels over the internet. A plain "VPN" is not enough: it
 * may be the users' client VPN.
 */
const LINKS: readonly { readonly label: string; readonly words: RegExp }[] = [
  { label: 'ExpressRoute', words: /expressroute/i },
  { label: 'AWS Direct Connect', words: /direct connect/i },
  { label: 'Cloud Interconnect', words: /(?:dedicated|partner|cloud) interconnect/i },
  { label: 'SD-WAN', words: /\bsd-?wan\b/i },
  { label: 'Site-to-Site VPN', words: /site-to-site vpn|\bs2s vpn|vpn gateway|cloud vpn|\bipsec\b/i },
];

/**
 * The label of the link between the site and the cloud network, as Mermaid
 * text: the spec's `architecture.connectivity` when it has one, else the links
 * its components and network controls name, else the site's generic label.
 */
export function siteLinkLabel(spec: Pick<Spec, 'architecture' | 'security'>, site: Site): string {
  const given = spec.architecture.connectivity;
  if (given !== undefined && given.trim() !== '') return label(given, 40);
  const texts: string[] = [];
  for (const c of spec.architecture.components) texts.push(c.name, c.service ?? '', c.purpose ?? '');
  for (const control of spec.security?.layers?.network ?? []) texts.push(control.control, control.implementation ?? '');
  const named = LINKS.filter((link) => texts.some((text) => link.words.test(text))).map((link) => link.label);
  return named.length > 0 ? named.slice(0, 2).join(' + ') : site.link;
}
