// The network diagram's placement rules, one test each, checked on the Mermaid
// source: which box (subgraph) a component is declared in.
import { describe, expect, it } from 'vitest';
import { networkArchitecture } from '../../../src/render/mermaid/network.js';
import { placeComponent, PROVIDERS, type Provider } from '../../../src/render/mermaid/placement.js';
import { zoneOf } from '../../../src/render/mermaid/zones.js';
import type { Component, Spec } from '../../../src/spec/types.js';
import { modelOf, referenceSpec } from './patterns.js';

const PLATFORM: Readonly<Record<'aws' | 'azure' | 'gcp', string>> = { aws: 'aws-bedrock', azure: 'azure-openai', gcp: 'google-vertex' };

/** The boxes a node is declared in, outermost first. */
function boxesOf(source: string, name: string): string[] {
  const stack: string[] = [];
  for (const line of source.split('\n')) {
    const open = /^\s*subgraph (\w+)\[/.exec(line);
    if (open !== null) stack.push(open[1]!);
    else if (/^\s*end$/.test(line)) stack.pop();
    else if (line.includes(`"${name}"`) || line.includes(`"${name}<br/>`)) return [...stack];
  }
  throw new Error(`no node ${name}`);
}

/** The generated id of the node labelled `name`. */
function idOf(source: string, name: string): string {
  const match = new RegExp(`^\\s*(n\\d+)\\W+"${name}["<]`, 'm').exec(source);
  if (match === null) throw new Error(`no node labelled ${name}`);
  return match[1]!;
}

function spec(cloud: 'aws' | 'azure' | 'gcp' | 'none', components: Component[]): Spec {
  const s = referenceSpec();
  s.scenario.existingCloud = cloud;
  if (cloud !== 'none') s.platforms.recommendation = PLATFORM[cloud];
  s.architecture.pattern = 'container';
  s.architecture.components = components as Spec['architecture']['components'];
  return s;
}

const users: Component = { id: 'users', kind: 'user', name: 'Staff', connects: ['edge'] };
const app: Component = { id: 'app', kind: 'compute', name: 'App', connects: [{ to: 'model', label: 'prompts' }, 'db'] };
const model: Component = { id: 'model', kind: 'ai-model', name: 'Model' };
const db: Component = { id: 'db', kind: 'database', name: 'DB' };

const network = (s: Spec, recommendation?: string): string => {
  const built = modelOf(s);
  return networkArchitecture({ spec: built.spec, recommendation: recommendation ?? built.recommendation });
};

describe('edge and global services sit outside the VPC or VNet', () => {
  const cases: [Provider & ('aws' | 'azure' | 'gcp'), Component][] = [
    ['aws', { id: 'edge', kind: 'cdn', name: 'CloudFront', zone: 'edge', connects: ['app'] }],
    ['azure', { id: 'edge', kind: 'waf', name: 'Azure Front Door + WAF', zone: 'edge', connects: ['app'] }],
    ['gcp', { id: 'edge', kind: 'waf', name: 'Cloud Armor', zone: 'edge', connects: ['app'] }],
    ['aws', { id: 'edge', kind: 'network', name: 'Route 53 DNS', connects: ['app'] }],
  ];
  for (const [cloud, edge] of cases) {
    it(`draws ${edge.name} (${cloud}) in the global edge, outside the region`, () => {
      const source = network(spec(cloud, [users, edge, app, model, db]));
      expect(boxesOf(source, edge.name)).toEqual(['globalGroup']);
      expect(boxesOf(source, 'App')).toEqual(['regionGroup', 'vpcGroup', 'appSubnet']);
    });
  }
});

describe('regional managed services sit in the region, outside the VPC', () => {
  it('draws AWS API Gateway and AWS WAF as regional services, not subnet hosts', () => {
    const gateway: Component = { id: 'edge', kind: 'api-gateway', name: 'API Gateway', service: 'Amazon API Gateway', zone: 'edge', connects: ['app'] };
    const waf: Component = { id: 'waf', kind: 'waf', name: 'AWS WAF', zone: 'edge', connects: ['edge'] };
    const source = network(spec('aws', [{ ...users, connects: ['waf'] }, waf, gateway, app, model, db]));
    expect(boxesOf(source, 'API Gateway')).toEqual(['regionGroup', 'regionalGroup']);
    expect(boxesOf(source, 'AWS WAF')).toEqual(['regionGroup', 'regionalGroup']);
    expect(source).not.toContain('publicSubnet');
  });

  it('draws a managed queue (SQS) in the region outside the VPC', () => {
    const queue: Component = { id: 'q', kind: 'queue', name: 'Jobs', service: 'SQS', zone: 'private' };
    expect(boxesOf(network(spec('aws', [users, { ...app, id: 'edge', connects: ['q'] }, queue])), 'Jobs')).toEqual(['regionGroup', 'regionalGroup']);
  });
});

describe('managed AI services sit in their region', () => {
  for (const cloud of ['aws', 'azure', 'gcp'] as const) {
    it(`draws the ${cloud} model inside the region box, reached through the private endpoint the spec names`, () => {
      const s = spec(cloud, [users, { ...app, id: 'edge', connects: [{ to: 'model', label: 'prompts over Private Link' }] }, model]);
      const source = network(s);
      expect(boxesOf(source, 'Model')).toEqual(['regionGroup', 'aiGroup']);
      expect(source).toContain(`endpoint{{"${PROVIDERS[cloud].endpoint}"}}`);
      expect(source).toMatch(/\| endpoint\n\s+endpoint --> n\d+/);
    });
  }

  it('calls the model directly when the spec names no private endpoint', () => {
    const s = spec('aws', [users, { ...app, id: 'edge' }, model, db]);
    delete s.security;
    const source = network(s);
    expect(boxesOf(source, 'Model')).toEqual(['regionGroup', 'aiGroup']);
    expect(source).not.toContain('endpoint');
  });
});

describe('managed data services sit in the region, outside the VPC or VNet', () => {
  const managed: [Provider & ('aws' | 'azure' | 'gcp'), Component][] = [
    ['aws', { id: 'db', kind: 'database', name: 'Conversation state', service: 'DynamoDB' }],
    ['aws', { id: 'db', kind: 'storage', name: 'Documents', service: 'S3 (SSE-KMS)' }],
    ['aws', { id: 'db', kind: 'vector-db', name: 'Case index', service: 'OpenSearch Serverless' }],
    ['azure', { id: 'db', kind: 'vector-db', name: 'Retrieval index', service: 'Azure AI Search Standard S2' }],
    ['azure', { id: 'db', kind: 'database', name: 'Case store', service: 'Azure SQL Database (Business Critical)' }],
    ['azure', { id: 'db', kind: 'cache', name: 'Answer cache', service: 'Azure Cache for Redis (Premium)' }],
    ['azure', { id: 'db', kind: 'database', name: 'Profiles', service: 'Cosmos DB' }],
    ['gcp', { id: 'db', kind: 'database', name: 'Catalog', service: 'BigQuery' }],
    ['gcp', { id: 'db', kind: 'storage', name: 'Feeds', service: 'Cloud Storage' }],
    ['gcp', { id: 'db', kind: 'cache', name: 'Answer cache', service: 'Memorystore for Redis' }],
  ];
  for (const [cloud, store] of managed) {
    it(`draws ${store.service} (${cloud}) in the region's managed data box, reached through the private endpoint the spec names`, () => {
      const caller: Component = { ...app, connects: [{ to: 'db', label: 'reads over Private Link' }] };
      const source = network(spec(cloud, [users, { id: 'edge', kind: 'load-balancer', name: 'LB', zone: 'edge', connects: ['app'] }, caller, store]));
      expect(boxesOf(source, store.name)).toEqual(['regionGroup', 'managedDataGroup']);
      expect(source).toContain(`subgraph managedDataGroup["${PROVIDERS[cloud].managedData}"]`);
      expect(source).not.toContain('dataSubnet');
      expect(source).toContain(`endpoint{{"${PROVIDERS[cloud].endpoint}"}}`);
      expect(source).toContain(`  ${idOf(source, 'App')} -->|"reads over Private Link"| endpoint\n  endpoint --> ${idOf(source, store.name)}\n`);
    });
  }

  it('calls a managed store directly when the spec names no private endpoint', () => {
    const s = spec('aws', [users, { ...app, id: 'edge', connects: ['db'] }, { ...db, service: 'DynamoDB' }]);
    delete s.security;
    const source = network(s);
    expect(boxesOf(source, 'DB')).toEqual(['regionGroup', 'managedDataGroup']);
    expect(source).not.toContain('endpoint');
    expect(source).toMatch(new RegExp(`^\\s*${idOf(source, 'App')} --> ${idOf(source, 'DB')}$`, 'm'));
  });

  const inNetwork: [Provider & ('aws' | 'azure' | 'gcp'), Component][] = [
    // Self-hosted, whatever the product.
    ['aws', { id: 'db', kind: 'vector-db', name: 'DB', service: 'OpenSearch on EC2 (self-managed)' }],
    ['azure', { id: 'db', kind: 'vector-db', name: 'DB', service: 'Qdrant on AKS' }],
    ['gcp', { id: 'db', kind: 'database', name: 'DB', service: 'PostgreSQL on Compute Engine VMs' }],
    ['aws', { id: 'db', kind: 'cache', name: 'DB', service: 'Redis on Kubernetes (Helm chart)' }],
    // Managed, but placed in the customer's own subnets by the provider.
    ['aws', { id: 'db', kind: 'database', name: 'DB', service: 'RDS for PostgreSQL (Multi-AZ)' }],
    ['aws', { id: 'db', kind: 'cache', name: 'DB', service: 'ElastiCache for Redis' }],
    ['azure', { id: 'db', kind: 'database', name: 'DB', service: 'Azure SQL Managed Instance' }],
  ];
  for (const [cloud, store] of inNetwork) {
    it(`keeps ${store.service} (${cloud}) in the data subnet`, () => {
      expect(boxesOf(network(spec(cloud, [users, { ...app, id: 'edge' }, store])), 'DB')).toEqual(['regionGroup', 'vpcGroup', 'dataSubnet']);
    });
  }

  it('leaves a managed store the spec puts in another zone there, and a managed product name on another cloud to its zone', () => {
    const s3: Component = { ...db, service: 'S3' };
    expect(placeComponent({ ...s3, zone: 'ai' }, 'ai', false, PROVIDERS.aws)).toBe('ai');
    expect(placeComponent(s3, 'data', false, PROVIDERS.azure)).toBe('data');
    expect(placeComponent(s3, 'data', false, PROVIDERS.onprem)).toBe('data');
    expect(placeComponent(s3, 'data', false, PROVIDERS.aws)).toBe('managed');
  });

  it('draws one arrow per hop when several calls share it, labelled when one of them is', () => {
    const lambda: Component = { ...app, id: 'edge', service: 'AWS Lambda in a private VPC', connects: ['db', { to: 'model', label: 'prompts' }, 'cache'] };
    const s = spec('aws', [users, lambda, model, { ...db, service: 'DynamoDB' }, { id: 'cache', kind: 'cache', name: 'Cache', service: 'S3' }]);
    const source = network(s);
    expect(source.match(/^\s*connector -->.* endpoint$/gm)).toEqual(['  connector -->|"prompts"| endpoint']);
  });
});

describe('serverless compute sits in the region, outside the subnets', () => {
  const cases: [Provider & ('aws' | 'azure' | 'gcp'), Component][] = [
    ['aws', { ...app, service: 'AWS Lambda' }],
    ['aws', { ...app, kind: 'orchestrator', service: 'AWS Step Functions + Lambda' }],
    ['azure', { ...app, service: 'Azure Functions (Flex Consumption)' }],
    ['azure', { ...app, service: 'Azure Container Apps (consumption)' }],
    ['azure', { ...app, kind: 'worker', service: 'Function App on a Premium plan' }],
    ['gcp', { ...app, service: 'Cloud Run (min 2 instances)' }],
    ['gcp', { ...app, kind: 'worker', service: 'Cloud Functions (2nd gen)' }],
  ];
  for (const [cloud, compute] of cases) {
    it(`draws ${compute.service} (${cloud}) in the region's serverless box, with the stores it calls still in the data subnet`, () => {
      const s = spec(cloud, [users, { id: 'edge', kind: 'load-balancer', name: 'Load balancer', zone: 'edge', connects: ['app'] }, compute, model, db]);
      // The reference spec's network controls put its Lambda in private subnets: none here.
      delete s.security;
      const source = network(s);
      expect(boxesOf(source, 'App')).toEqual(['regionGroup', 'serverlessGroup']);
      expect(source).toContain(`subgraph serverlessGroup["${PROVIDERS[cloud].serverless}"]`);
      expect(boxesOf(source, 'DB')).toEqual(['regionGroup', 'vpcGroup', 'dataSubnet']);
      expect(source).not.toContain('appSubnet');
      // No connector unless the spec names one: the call goes straight to the store.
      expect(source).not.toContain('connector');
      expect(source).toMatch(new RegExp(`^\\s*${idOf(source, 'App')} --> ${idOf(source, 'DB')}$`, 'm'));
    });
  }

  const connectors: [Provider & ('aws' | 'azure' | 'gcp'), string, string][] = [
    ['aws', 'AWS Lambda in a private VPC', 'VPC access (Lambda ENIs)'],
    ['azure', 'Azure Functions with VNet integration', 'VNet integration'],
    ['gcp', 'Cloud Run with Serverless VPC Access', 'Serverless VPC Access'],
  ];
  for (const [cloud, service, connector] of connectors) {
    it(`reaches into the ${cloud} network through the ${connector} the spec names`, () => {
      const source = network(
        spec(cloud, [users, { ...app, id: 'edge', service, connects: [{ to: 'model', label: 'prompts over Private Link' }, 'db'] }, model, db]),
      );
      expect(boxesOf(source, 'App')).toEqual(['regionGroup', 'serverlessGroup']);
      expect(source).toMatch(new RegExp(`subgraph vpcGroup\\[[^\\n]+\\n\\s+connector\\{\\{"${connector.replace(/[()]/g, '\\$&')}"\\}\\}`));
      const id = idOf(source, 'App');
      expect(source).toContain(`  ${id} --> connector\n`);
      expect(source).toContain(`  connector --> ${idOf(source, 'DB')}\n`);
      // The private endpoint is in the network too: the connector leads to it, and it to the model.
      expect(source).toMatch(/connector -->\|"prompts over Private Link"\| endpoint/);
      expect(source).not.toMatch(new RegExp(`${id} --> (?:${idOf(source, 'DB')}|endpoint)`));
    });
  }

  it('takes a network control as naming the connector only when it names the serverless service too', () => {
    const lambda: Component = { ...app, id: 'edge', service: 'AWS Lambda' };
    const withControl = (implementation: string): string => {
      const s = spec('aws', [users, lambda, model, db]);
      s.security = { layers: { network: [{ control: 'VPC isolation', implementation }] } } as NonNullable<Spec['security']>;
      return network(s);
    };
    expect(withControl('PrivateLink for Bedrock and S3; no public endpoints in the VPC')).not.toContain('connector');
    expect(withControl('Private subnets only for Lambda and data stores')).toContain('connector{{');
  });

  it('keeps serverless compute the spec puts in the network there (an App Service Environment, a VNet-injected environment)', () => {
    const ase: Component = { ...app, service: 'App Service Environment v3' };
    expect(
      boxesOf(network(spec('azure', [users, { id: 'edge', kind: 'load-balancer', name: 'LB', zone: 'edge', connects: ['app'] }, ase, db])), 'App'),
    ).toEqual(['regionGroup', 'vpcGroup', 'appSubnet']);
  });

  it('leaves containers and VMs in the app subnet, and serverless on another cloud to its zone', () => {
    const eks: Component = { ...app, service: 'EKS, 3 node groups' };
    expect(boxesOf(network(spec('aws', [users, { id: 'edge', kind: 'load-balancer', name: 'LB', zone: 'edge', connects: ['app'] }, eks, db])), 'App')).toEqual([
      'regionGroup',
      'vpcGroup',
      'appSubnet',
    ]);
    const cloudRun: Component = { ...app, service: 'Cloud Run' };
    expect(placeComponent(cloudRun, 'private', false, PROVIDERS.aws)).toBe('app');
    expect(placeComponent(cloudRun, 'private', false, PROVIDERS.onprem)).toBe('app');
    expect(placeComponent(cloudRun, 'onprem', true, PROVIDERS.gcp)).toBe('site');
  });
});

describe('subnets follow kind and exposure', () => {
  it('puts an internet-facing load balancer in the public subnet, compute in the app subnet and stores in the data subnet', () => {
    const lb: Component = { id: 'edge', kind: 'load-balancer', name: 'ALB', zone: 'edge', connects: ['app'] };
    const source = network(spec('aws', [users, lb, app, model, db]));
    expect(boxesOf(source, 'ALB')).toEqual(['regionGroup', 'vpcGroup', 'publicSubnet']);
    expect(boxesOf(source, 'App')).toEqual(['regionGroup', 'vpcGroup', 'appSubnet']);
    expect(boxesOf(source, 'DB')).toEqual(['regionGroup', 'vpcGroup', 'dataSubnet']);
  });

  it('puts a gateway the spec calls internal in the app subnet, not the public one', () => {
    const apim: Component = { id: 'edge', kind: 'api-gateway', name: 'APIM (internal VNet)', zone: 'edge', connects: ['app'] };
    expect(boxesOf(network(spec('azure', [users, apim, app, model, db])), 'APIM (internal VNet)')).toEqual(['regionGroup', 'vpcGroup', 'appSubnet']);
  });

  it('gives identity, secrets and monitoring their own box in the region', () => {
    const idp: Component = { id: 'idp', kind: 'identity', name: 'Entra ID' };
    expect(boxesOf(network(spec('azure', [users, { ...app, id: 'edge' }, idp])), 'Entra ID')).toEqual(['regionGroup', 'sharedGroup']);
  });
});

describe('a design with no cloud draws no cloud', () => {
  it('draws an air-gapped design as the data center alone: no region, no VNet, no site link', () => {
    const onprem = (c: Component): Component => ({ ...c, zone: 'onprem' });
    const s = spec('none', [{ ...users, zone: 'onprem', connects: ['edge'] }, onprem({ ...app, id: 'edge' }), onprem(model), onprem(db)]);
    // A platform outside the catalog, on a client with no cloud: a self-hosted model.
    const source = network(s, 'self-hosted-llm');
    expect(source).toContain('subgraph regionGroup["On-premises data center"]');
    expect(source).toContain('subgraph vpcGroup["Data-center network"]');
    expect(source).not.toMatch(/region"|VNet|VPC|Virtual network|Internet|<-\.->/);
    expect(boxesOf(source, 'Model')).toEqual(['regionGroup', 'vpcGroup', 'aiGroup']);
  });

  it('draws no region when every workload runs at the hybrid site', () => {
    const s = spec('aws', [
      { ...users, zone: 'external', connects: ['edge'] },
      { ...app, id: 'edge', zone: 'onprem', connects: ['db'] },
      { ...db, zone: 'onprem' },
      { id: 'idp', kind: 'identity', name: 'AD' },
    ]);
    s.architecture.pattern = 'hybrid-data-onprem';
    const source = network(s);
    expect(source).not.toContain('regionGroup');
    expect(source).not.toContain('<-.->');
    expect(boxesOf(source, 'AD')).toEqual(['siteGroup', 'siteSecurity']);
  });
});

describe('placeComponent', () => {
  it('places by the provider table: the same kind differs between clouds', () => {
    const gateway: Component = { id: 'g', kind: 'api-gateway', name: 'Gateway', zone: 'edge' };
    expect(placeComponent(gateway, zoneOf(gateway), false, PROVIDERS.aws)).toBe('regional');
    expect(placeComponent(gateway, zoneOf(gateway), false, PROVIDERS.azure)).toBe('public');
    expect(placeComponent(gateway, zoneOf(gateway), false, PROVIDERS.onprem)).toBe('public');
  });
});
