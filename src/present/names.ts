// Display names of the spec's enumerations: one name per pattern, zone and
// component kind for every artifact (documents, PDF, deck, diagrams).
import { lookupTable } from '../records.js';
import type { Architecture, Component } from '../spec/types.js';

export type Pattern = Architecture['pattern'];
export type Zone = NonNullable<Component['zone']>;

/** The course's names of the deployment patterns, for prose. */
const PATTERNS = lookupTable<string>({
  serverless: 'serverless',
  container: 'containerized',
  queue: 'queue-based',
  'hybrid-data-onprem': 'hybrid (data on-premises)',
  'edge-cloud': 'edge-to-cloud',
});

const ZONES: Readonly<Record<Zone, string>> = {
  external: 'External',
  edge: 'Edge',
  private: 'Private',
  data: 'Data',
  ai: 'AI',
  onprem: 'On-premises',
  observability: 'Observability',
  security: 'Security',
};

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

/** "serverless", "queue-based", "edge-to-cloud"… */
export function patternName(pattern: Pattern): string {
  return PATTERNS[pattern] ?? pattern.replace(/-/g, ' ');
}

export function zoneName(zone: Component['zone']): string {
  return zone ? ZONES[zone] : 'Unzoned';
}

export function kindName(kind: Component['kind']): string {
  return KINDS[kind];
}

/** "a serverless", "an edge-to-cloud". */
export function withArticle(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}
