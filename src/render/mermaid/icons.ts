// The icon each component is drawn with on the reference and network
// diagrams: the product's own icon where a licensed one exists (the tables in
// service-icons.ts), then the cloud's logo for a service that names the cloud,
// otherwise a generic icon for its kind (Material Design Icons, Apache-2.0).
// Every name here is a string literal: scripts/gen-icons.mjs reads them out of
// this file and bundles only those icons.
import type { Component } from '../../spec/types.js';
import type { Provider } from './placement.js';
import { BRAND_ICON, CLOUD_TEXT, type Cloud, PRODUCTS } from './service-icons.js';
import type { Kind } from './zones.js';

export { CONNECTOR_ICON, ENDPOINT_ICON } from './service-icons.js';

/** The generic icon of each component kind. */
export const KIND_ICON: Readonly<Record<Kind, string>> = {
  user: 'mdi:account-group',
  external: 'mdi:domain',
  'api-gateway': 'mdi:api',
  'load-balancer': 'mdi:scale-balance',
  waf: 'mdi:wall-fire',
  cdn: 'mdi:web',
  network: 'mdi:lan',
  compute: 'mdi:server',
  orchestrator: 'mdi:sitemap',
  worker: 'mdi:cogs',
  queue: 'mdi:tray-full',
  'ai-model': 'mdi:brain',
  'vector-db': 'mdi:database-search',
  database: 'mdi:database',
  cache: 'mdi:flash',
  storage: 'mdi:folder-multiple',
  identity: 'mdi:account-key',
  secrets: 'mdi:key-chain',
  monitoring: 'mdi:monitor-dashboard',
};

const CLOUDS: readonly Cloud[] = ['aws', 'azure', 'gcp'];

/** The icon of a component on a diagram of `provider`'s cloud. */
export function iconFor(component: Pick<Component, 'kind' | 'name' | 'service'>, provider: Provider): string {
  const texts = [component.service ?? '', component.name];
  for (const text of texts) {
    let best: { at: number; icon: string } | null = null;
    for (const product of PRODUCTS) {
      if (product.cloud !== undefined && provider !== product.cloud && !CLOUD_TEXT[product.cloud].test(text)) continue;
      if (product.kinds !== undefined && !product.kinds.includes(component.kind)) continue;
      const at = product.pattern.exec(text)?.index;
      if (at !== undefined && (best === null || at < best.at)) best = { at, icon: product.icon };
    }
    if (best !== null) return best.icon;
  }
  for (const text of texts) {
    const cloud = CLOUDS.find((c) => CLOUD_TEXT[c].test(text));
    if (cloud !== undefined) return BRAND_ICON[cloud];
  }
  return KIND_ICON[component.kind];
}
