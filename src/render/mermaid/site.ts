// The remote site of the hybrid patterns: which zones stand for it and what
// its boxes are called. For hybrid-data-onprem the site is the data center
// (zone onprem) and `edge` stays the cloud's ingress; for edge-cloud the
// `edge` zone is the site's own compute, so it belongs in the site box, not
// in the cloud's public subnet.
import type { Architecture } from '../../spec/types.js';
import type { Zone } from './zones.js';

export interface Site {
  /** Title of the site box. */
  readonly title: string;
  /** Zones drawn inside the site, in drawing order. */
  readonly zones: readonly Zone[];
  /** Titles of the zone boxes inside the site when it holds more than one. */
  readonly zoneTitles: Readonly<Partial<Record<Zone, string>>>;
  /** Label of the link between the site and the cloud network. */
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
