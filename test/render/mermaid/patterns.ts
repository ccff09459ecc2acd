// One small spec per architecture pattern, drawn the way the course draws the
// pattern (Segment 2 and the hybrid patterns), built on the reference spec.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadCatalog } from '../../../src/catalog/load.js';
import { buildModel } from '../../../src/model/build.js';
import type { Model } from '../../../src/model/types.js';
import type { Architecture, Component, Spec } from '../../../src/spec/types.js';

export type Pattern = Architecture['pattern'];
export const PATTERNS: readonly Pattern[] = ['serverless', 'container', 'queue', 'hybrid-data-onprem', 'edge-cloud'];

export function referenceSpec(): Spec {
  return parse(readFileSync(new URL('../../fixtures/check/reference.yaml', import.meta.url), 'utf8')) as Spec;
}

const shared: Component[] = [
  { id: 'idp', kind: 'identity', name: 'Entra ID', zone: 'security' },
  { id: 'logs', kind: 'monitoring', name: 'Metrics, logs and traces', zone: 'observability' },
];

const COMPONENTS: Readonly<Record<Exclude<Pattern, 'serverless'>, Component[]>> = {
  container: [
    { id: 'users', kind: 'user', name: 'Analysts', zone: 'external', connects: ['lb'] },
    { id: 'lb', kind: 'load-balancer', name: 'Load balancer', zone: 'edge', connects: ['agents'] },
    {
      id: 'agents',
      kind: 'compute',
      name: 'Kubernetes cluster: agent pods',
      service: 'EKS, 3 node groups',
      zone: 'private',
      connects: [{ to: 'model', label: 'inference' }, { to: 'cache', label: 'session cache' }, { to: 'db', label: 'state' }, 'idp'],
    },
    { id: 'model', kind: 'ai-model', name: 'AI API', zone: 'ai' },
    { id: 'cache', kind: 'cache', name: 'Redis', service: 'ElastiCache', zone: 'data' },
    { id: 'db', kind: 'database', name: 'Postgres', service: 'RDS', zone: 'data' },
    ...shared,
  ],
  queue: [
    { id: 'clients', kind: 'external', name: 'Batch clients', zone: 'external', connects: ['api'] },
    {
      id: 'api',
      kind: 'api-gateway',
      name: 'API Gateway',
      zone: 'edge',
      connects: [
        { to: 'jobs', label: 'enqueue' },
        { to: 'status', label: 'job status' },
      ],
    },
    { id: 'jobs', kind: 'queue', name: 'Job queue', service: 'SQS', zone: 'private', connects: ['workers'] },
    {
      id: 'workers',
      kind: 'worker',
      name: 'Worker pool (agent fleet)',
      zone: 'private',
      connects: [
        { to: 'model', label: 'batch inference' },
        { to: 'status', label: 'update' },
      ],
    },
    { id: 'model', kind: 'ai-model', name: 'Amazon Bedrock', zone: 'ai' },
    { id: 'status', kind: 'database', name: 'Status DB', service: 'DynamoDB', zone: 'data' },
    ...shared,
  ],
  'hybrid-data-onprem': [
    { id: 'staff', kind: 'user', name: 'Claims staff', zone: 'external', connects: ['portal'] },
    { id: 'portal', kind: 'compute', name: 'Claims portal', zone: 'onprem', connects: ['sources'] },
    {
      id: 'sources',
      kind: 'database',
      name: 'Data sources',
      service: 'Core claims DB',
      zone: 'onprem',
      connects: [{ to: 'gateway', label: 'redacted extracts over VPN' }],
    },
    { id: 'gateway', kind: 'api-gateway', name: 'Private API gateway', zone: 'edge', connects: ['orchestrator'] },
    {
      id: 'orchestrator',
      kind: 'orchestrator',
      name: 'Orchestration',
      service: 'Lambda',
      zone: 'private',
      connects: [
        { to: 'model', label: 'InvokeModel' },
        { to: 'results', label: 'write back' },
      ],
    },
    { id: 'model', kind: 'ai-model', name: 'AI API', zone: 'ai' },
    { id: 'results', kind: 'storage', name: 'Results storage', zone: 'onprem' },
    ...shared,
  ],
  'edge-cloud': [
    { id: 'devices', kind: 'user', name: 'Store devices', zone: 'external', connects: ['filter'] },
    { id: 'filter', kind: 'compute', name: 'Filter and cache', zone: 'onprem', connects: [{ to: 'router', label: 'filtered events' }] },
    {
      id: 'router',
      kind: 'compute',
      name: 'Process and route',
      service: 'Regional Lambda',
      zone: 'private',
      connects: [{ to: 'model', label: 'prompts' }, 'store'],
    },
    { id: 'model', kind: 'ai-model', name: 'Cloud AI API', zone: 'ai' },
    { id: 'store', kind: 'storage', name: 'Event archive', zone: 'data' },
    ...shared,
  ],
};

export function patternSpec(pattern: Pattern): Spec {
  const spec = referenceSpec();
  spec.architecture.pattern = pattern;
  if (pattern !== 'serverless') {
    const components = COMPONENTS[pattern];
    spec.architecture.components = components as Spec['architecture']['components'];
  }
  return spec;
}

export function modelOf(spec: Spec): Model {
  return buildModel(spec, loadCatalog());
}

/** A spec that leaves every optional section out: each diagram must still say what to add. */
export function bareSpec(): Spec {
  const spec = referenceSpec();
  delete spec.security;
  delete spec.deployment;
  delete spec.operations;
  delete spec.proposal;
  return spec;
}

export const HOSTILE = ['"quotes"', '[brackets]', '<img src=x onerror=alert(1)>', '%%{init: {"securityLevel":"loose"}}%%', 'a-->b', '#quot;'] as const;

/** The reference spec with hostile text in component names, edge labels, controls, phases, stages and escalation. */
export function hostileSpec(): Spec {
  const spec = referenceSpec();
  const [first, second] = spec.architecture.components;
  first!.name = HOSTILE.join(' ');
  second!.name = 'end';
  first!.connects = [{ to: second!.id, label: HOSTILE[3] }];
  spec.security!.layers!.network![0]!.control = HOSTILE[2];
  spec.deployment!.phases![0]!.name = 'section title: x; click #a';
  spec.deployment!.pipeline = [...HOSTILE];
  spec.operations!.escalation = [...HOSTILE];
  return spec;
}
