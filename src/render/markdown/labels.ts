// Display names for the spec's enumerations.
import type { Component } from '../../spec/types.js';

const KINDS: Readonly<Record<Component['kind'], string>> = {
  user: 'Users',
  'api-gateway': 'API gateway',
  'load-balancer': 'Load balancer',
  waf: 'Web application firewall',
  cdn: 'CDN',
  compute: 'Compute',
  orchestrator: 'Orchestration',
  worker: 'Background worker',
  'ai-model': 'Model inference',
  'vector-db': 'Vector store for RAG',
  database: 'Database',
  cache: 'Cache',
  queue: 'Queue',
  storage: 'Object storage',
  identity: 'Identity provider',
  secrets: 'Secrets management',
  monitoring: 'Observability',
  network: 'Networking',
  external: 'External service',
};

const ZONES: Readonly<Record<NonNullable<Component['zone']>, string>> = {
  external: 'External',
  edge: 'Edge',
  private: 'Private',
  data: 'Data',
  ai: 'AI',
  onprem: 'On-premises',
  observability: 'Observability',
  security: 'Security',
};

export function kindLabel(kind: Component['kind']): string {
  return KINDS[kind];
}

export function zoneLabel(zone: Component['zone']): string {
  return zone ? ZONES[zone] : 'Unzoned';
}
