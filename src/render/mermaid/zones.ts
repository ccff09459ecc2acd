// Zones group components in the architecture diagrams; a component without a
// zone is placed by its kind, the way an architect would draw it.
import type { Component } from '../../spec/types.js';
import { classStyle, SWATCH, type Swatch } from './palette.js';

export type Zone = NonNullable<Component['zone']>;
export type Kind = Component['kind'];

/** Drawing order; the cross-cutting zones come last so every diagram puts them in the same place. */
export const ZONE_ORDER: readonly Zone[] = ['external', 'onprem', 'edge', 'private', 'ai', 'data', 'security', 'observability'];

const ZONE_OF_KIND: Readonly<Record<Kind, Zone>> = {
  user: 'external',
  external: 'external',
  'api-gateway': 'edge',
  'load-balancer': 'edge',
  waf: 'edge',
  cdn: 'edge',
  network: 'edge',
  compute: 'private',
  orchestrator: 'private',
  worker: 'private',
  queue: 'private',
  'ai-model': 'ai',
  'vector-db': 'data',
  database: 'data',
  cache: 'data',
  storage: 'data',
  identity: 'security',
  secrets: 'security',
  monitoring: 'observability',
};

export function zoneOf(component: Component): Zone {
  return component.zone ?? ZONE_OF_KIND[component.kind];
}

export const ZONE_TITLE: Readonly<Record<Zone, string>> = {
  external: 'Users and external systems',
  edge: 'Edge',
  // A logical tier, not a network claim: serverless compute runs in no subnet (the network diagram places it).
  private: 'Application',
  ai: 'AI services',
  data: 'Data',
  onprem: 'On-premises',
  security: 'Security and identity',
  observability: 'Observability',
};

/** Mermaid class names per zone (fixed identifiers, never user text). */
export const ZONE_CLASS: Readonly<Record<Zone, string>> = {
  external: 'zExternal',
  edge: 'zEdge',
  private: 'zPrivate',
  ai: 'zAi',
  data: 'zData',
  onprem: 'zOnprem',
  security: 'zSecurity',
  observability: 'zObservability',
};

const ZONE_SWATCH: Readonly<Record<Zone, Swatch>> = {
  external: SWATCH.neutral,
  edge: SWATCH.amber,
  private: SWATCH.navy,
  ai: SWATCH.teal,
  data: SWATCH.green,
  onprem: SWATCH.stone,
  security: SWATCH.red,
  observability: SWATCH.sky,
};

export function zoneSwatch(zone: Zone): Swatch {
  return ZONE_SWATCH[zone];
}

export const ZONE_CLASS_DEFS: readonly string[] = ZONE_ORDER.map(
  (zone) => `classDef ${ZONE_CLASS[zone]} ${classStyle(ZONE_SWATCH[zone], zone === 'ai' ? ',stroke-width:2px' : '')}`,
);

/** Mermaid node syntax for a kind's shape, around an already escaped, quoted label. */
export function shape(kind: Kind, quotedLabel: string): string {
  switch (kind) {
    case 'user':
      return `([${quotedLabel}])`;
    case 'api-gateway':
    case 'load-balancer':
    case 'waf':
    case 'cdn':
      return `{{${quotedLabel}}}`;
    case 'ai-model':
      return `(${quotedLabel})`;
    case 'vector-db':
    case 'database':
    case 'cache':
    case 'storage':
      return `[(${quotedLabel})]`;
    case 'queue':
      return `[/${quotedLabel}/]`;
    case 'orchestrator':
    case 'worker':
      return `[[${quotedLabel}]]`;
    case 'identity':
    case 'secrets':
      return `[/${quotedLabel}\\]`;
    case 'external':
      return `>${quotedLabel}]`;
    default:
      return `[${quotedLabel}]`;
  }
}
