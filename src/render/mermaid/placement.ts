// Where each component sits on the network diagram, per provider, the way the
// providers' own reference architectures draw it. The rules are data: one
// table per provider, read by `placeComponent`. Order of the rules:
//   1. users and external systems stay outside everything;
//   2. the site of a hybrid pattern holds its own zones;
//   3. a service the provider runs at its global edge (CDN, Front Door,
//      CloudFront, DNS, a global load balancer) sits outside the region;
//   4. a gateway the spec calls internal runs in the application subnet;
//   5. a managed gateway or queue the provider runs regionally sits in the
//      region outside the VPC (SQS, Pub/Sub, Service Bus, API Gateway);
//   6. a data store the provider runs as a regional managed service (S3,
//      DynamoDB, OpenSearch Serverless; Azure SQL Database, AI Search, Cosmos
//      DB, Cache for Redis, Storage; BigQuery, Cloud Storage, Firestore, Cloud
//      SQL) sits in the region outside the VPC or VNet, reached through the
//      private endpoint when the spec names one, as the providers' reference
//      architectures draw it; a store the spec hosts itself (on a VM, on
//      Kubernetes) and one the provider places in the customer's subnets (RDS,
//      ElastiCache, an OpenSearch domain, SQL Managed Instance) stay in the
//      data subnet;
//   7. serverless compute (Lambda, Azure Functions, Container Apps, Cloud Run,
//      Cloud Functions) runs on the provider's own infrastructure: it sits in
//      the region outside the subnets, and reaches into the network through a
//      connector (Lambda's VPC ENIs, VNet integration, Serverless VPC Access)
//      when the spec says so (see network.ts);
//   8. otherwise the component's zone or kind decides, and for the edge kinds the
//      provider's table says whether the service lives in a public subnet or
//      is a regional managed service outside the VPC (AWS API Gateway, WAF).
import type { Component } from '../../spec/types.js';
import type { Kind, Zone } from './zones.js';

export type Provider = 'aws' | 'azure' | 'gcp' | 'cloud' | 'onprem';

/** The boxes of the network diagram a component can be drawn in. */
export type Placement = 'external' | 'site' | 'global' | 'regional' | 'serverless' | 'public' | 'app' | 'data' | 'managed' | 'ai' | 'shared';

export interface ProviderPlacement {
  /** False for a design with no cloud: nothing is drawn as a region. */
  readonly cloud: boolean;
  /** The outer box: the region, or the data center. */
  readonly region: string;
  /** The network boundary inside it. */
  readonly network: string;
  /** The private endpoint in front of managed AI services, when the spec has one. */
  readonly endpoint: string;
  // Titles stay short: Mermaid widens a group to fit its title after layout, past its parent's edge.
  readonly global: string;
  readonly regional: string;
  readonly shared: string;
  readonly ai: string;
  /** The box of the managed data services, in the region outside the network. */
  readonly managedData: string;
  readonly subnets: Readonly<Record<'public' | 'app' | 'data', string>>;
  /** Edge kinds: where the provider runs them when nothing in the name says otherwise. */
  readonly edgeKinds: Readonly<Partial<Record<Kind, Placement>>>;
  /** Services this provider runs at its global edge, matched on name and service. */
  readonly globalServices: RegExp;
  /** Managed gateways and queues of this provider that live in the region outside any subnet. */
  readonly regionalServices: RegExp;
  /** Data services of this provider that live in the region outside any subnet, matched on name and service. */
  readonly managedDataServices: RegExp;
  /** The box of the serverless compute, in the region outside the network. */
  readonly serverless: string;
  /** Serverless compute of this provider, matched on name and service. */
  readonly serverlessServices: RegExp;
  /** Words that put a serverless service inside the network after all (an App Service Environment, a VNet-injected Container Apps environment). */
  readonly serverlessInNetwork: RegExp;
  /** The node through which serverless compute reaches into the network, when the spec names it. */
  readonly connector: string;
  /** Words that say the serverless compute reaches into the network through that connector. */
  readonly connectorText: RegExp;
}

/** Words that put a gateway or load balancer inside the private network, whatever its kind. */
const INTERNAL = /\binternal\b|\bprivate (?:api|gateway|load balancer|ingress)\b|\bilb\b/i;
/** Edge services that are global on every cloud. */
const GLOBAL_COMMON = /\bcdn\b|\bdns\b|content delivery/i;

export const PROVIDERS: Readonly<Record<Provider, ProviderPlacement>> = {
  aws: {
    cloud: true,
    region: 'AWS region',
    network: 'VPC',
    endpoint: 'VPC endpoint (PrivateLink)',
    global: 'Global edge',
    regional: 'Regional services',
    shared: 'Shared services',
    ai: 'Managed AI',
    managedData: 'Managed data',
    subnets: { public: 'Public subnet', app: 'App subnet', data: 'Data subnet' },
    // API Gateway and AWS WAF are regional services attached to the API, not hosts in a subnet.
    edgeKinds: { cdn: 'global', 'api-gateway': 'regional', waf: 'regional', 'load-balancer': 'public', network: 'public' },
    globalServices: /cloudfront|route ?53|global accelerator|shield advanced/i,
    regionalServices: /api gateway|\bsqs\b|\bsns\b|eventbridge|kinesis/i,
    // RDS, Aurora, ElastiCache and a provisioned OpenSearch domain run in the VPC's own subnets.
    managedDataServices: /\bs3\b|dynamodb|opensearch serverless|aoss\b|bedrock knowledge bases?|kendra|\bs3 vectors\b/i,
    serverless: 'Serverless',
    // Step Functions is a regional orchestration service: no subnet hosts it either.
    serverlessServices: /\blambda\b|step functions|app runner/i,
    serverlessInNetwork: /(?!)/,
    connector: 'VPC access (Lambda ENIs)',
    connectorText: /\bin (?:a|the|its) (?:private )?VPC\b|\bprivate subnets?\b|\bVPC[- ](?:attached|enabled|access|connector)|\bVPC configuration/i,
  },
  azure: {
    cloud: true,
    region: 'Azure region',
    network: 'VNet',
    endpoint: 'Private endpoint (Private Link)',
    global: 'Global edge',
    regional: 'Regional services',
    shared: 'Shared services',
    ai: 'Managed AI',
    managedData: 'Managed data',
    subnets: { public: 'Gateway subnet', app: 'App subnet', data: 'Data subnet' },
    // Application Gateway (with its WAF) and an external APIM run in their own VNet subnet.
    edgeKinds: { cdn: 'global', 'api-gateway': 'public', waf: 'public', 'load-balancer': 'public', network: 'public' },
    globalServices: /front ?door|traffic manager|azure dns|azure cdn/i,
    regionalServices: /service bus|event grid|event hubs?/i,
    // SQL Managed Instance is injected into its own VNet subnet.
    managedDataServices:
      /azure sql(?! managed instance)(?: database)?\b|sql database|cosmos ?db|ai search|cognitive search|cache for redis|azure managed redis|blob storage|storage account|azure storage|data lake storage|adls\b/i,
    serverless: 'Serverless',
    serverlessServices: /azure functions?|function apps?|container apps?|logic apps?|app service/i,
    serverlessInNetwork: /app service environment|\bASE\b|vnet[- ]injected|injected into the vnet|internal (?:environment|ingress)|workload profiles?/i,
    connector: 'VNet integration',
    connectorText: /vnet[- ]integrat|virtual network integration/i,
  },
  gcp: {
    cloud: true,
    region: 'Google Cloud region',
    network: 'VPC network',
    endpoint: 'Private Service Connect',
    global: 'Global edge',
    regional: 'Regional services',
    shared: 'Shared services',
    ai: 'Managed AI',
    managedData: 'Managed data',
    subnets: { public: 'Proxy subnet', app: 'App subnet', data: 'Data subnet' },
    // The external Application Load Balancer and Cloud Armor are global; API Gateway is a managed regional service.
    edgeKinds: { cdn: 'global', 'api-gateway': 'regional', waf: 'global', 'load-balancer': 'global', network: 'public' },
    globalServices: /cloud armor|cloud cdn|cloud dns|global (?:external )?(?:application )?load balanc|external application load balanc/i,
    regionalServices: /api gateway|apigee|pub\/?sub|cloud tasks/i,
    // Cloud SQL, Memorystore and AlloyDB run in a Google-managed network reached by private services access.
    managedDataServices:
      /bigquery|cloud storage|\bgcs\b|firestore|datastore|spanner|bigtable|cloud sql|memorystore|alloydb|vertex ai (?:vector search|search)|vector search|matching engine/i,
    serverless: 'Serverless',
    serverlessServices: /cloud run|cloud functions|app engine/i,
    serverlessInNetwork: /(?!)/,
    connector: 'Serverless VPC Access',
    connectorText: /serverless vpc access|vpc connector|direct vpc egress/i,
  },
  cloud: {
    cloud: true,
    region: 'Cloud region',
    network: 'Virtual network',
    endpoint: 'Private endpoint',
    global: 'Global edge',
    regional: 'Regional services',
    shared: 'Shared services',
    ai: 'Managed AI',
    managedData: 'Managed data',
    subnets: { public: 'Public subnet', app: 'App subnet', data: 'Data subnet' },
    edgeKinds: { cdn: 'global', 'api-gateway': 'public', waf: 'public', 'load-balancer': 'public', network: 'public' },
    globalServices: /(?!)/,
    regionalServices: /(?!)/,
    managedDataServices: /(?!)/,
    serverless: 'Serverless',
    serverlessServices: /(?!)/,
    serverlessInNetwork: /(?!)/,
    connector: 'Network connector',
    connectorText: /(?!)/,
  },
  onprem: {
    cloud: false,
    region: 'On-premises data center',
    network: 'Data-center network',
    endpoint: 'Private endpoint',
    global: 'Outside the data center',
    regional: 'Data-center services',
    shared: 'Shared services',
    ai: 'AI serving',
    managedData: 'Data services',
    subnets: { public: 'DMZ', app: 'App segment', data: 'Data segment' },
    edgeKinds: { cdn: 'public', 'api-gateway': 'public', waf: 'public', 'load-balancer': 'public', network: 'public' },
    globalServices: /(?!)/,
    regionalServices: /(?!)/,
    managedDataServices: /(?!)/,
    serverless: 'Serverless',
    serverlessServices: /(?!)/,
    serverlessInNetwork: /(?!)/,
    connector: 'Network connector',
    connectorText: /(?!)/,
  },
};

const KIND_PLACEMENT: Readonly<Record<Kind, Placement>> = {
  user: 'external',
  external: 'external',
  'api-gateway': 'public',
  'load-balancer': 'public',
  waf: 'public',
  cdn: 'global',
  network: 'public',
  compute: 'app',
  orchestrator: 'app',
  worker: 'app',
  queue: 'app',
  'ai-model': 'ai',
  'vector-db': 'data',
  database: 'data',
  cache: 'data',
  storage: 'data',
  identity: 'shared',
  secrets: 'shared',
  monitoring: 'shared',
};

const ZONE_PLACEMENT: Readonly<Record<Exclude<Zone, 'edge'>, Placement>> = {
  external: 'external',
  onprem: 'site',
  private: 'app',
  data: 'data',
  ai: 'ai',
  security: 'shared',
  observability: 'shared',
};

const EDGE_KINDS: readonly Kind[] = ['api-gateway', 'load-balancer', 'waf', 'cdn', 'network'];
const REGIONAL_KINDS: readonly Kind[] = ['api-gateway', 'queue', 'waf'];
const COMPUTE_KINDS: readonly Kind[] = ['compute', 'orchestrator', 'worker'];
const DATA_KINDS: readonly Kind[] = ['vector-db', 'database', 'cache', 'storage'];
/** Words that say the spec runs a store itself, whatever product it is: on its own VMs or cluster. */
const SELF_HOSTED =
  /self[- ]?(?:hosted|managed)|\bon (?:an? )?(?:ec2|vms?|virtual machines?|compute engine|gce|kubernetes|k8s|eks|aks|gke)\b|\bin (?:the |an? )?(?:eks|aks|gke|kubernetes)\b|\bhelm\b|statefulset/i;

/**
 * The box one component is drawn in. `zone` is the component's zone (given or
 * derived from its kind); `atSite` says whether the pattern's site holds it.
 */
export function placeComponent(component: Component, zone: Zone, atSite: boolean, provider: ProviderPlacement): Placement {
  if (zone === 'external') return 'external';
  if (atSite) return 'site';
  const text = `${component.name} ${component.service ?? ''}`;
  const edgeKind = EDGE_KINDS.includes(component.kind);
  if (provider.cloud && edgeKind && (GLOBAL_COMMON.test(text) || provider.globalServices.test(text))) return 'global';
  if (edgeKind && INTERNAL.test(text)) return 'app';
  if (provider.cloud && REGIONAL_KINDS.includes(component.kind) && provider.regionalServices.test(text)) return 'regional';
  if (provider.cloud && zone === 'data' && isManagedData(component, provider)) return 'managed';
  if (provider.cloud && zone === 'private' && isServerless(component, provider)) return 'serverless';
  if (zone === 'edge') {
    // An internet-facing component: its kind says whether it is a subnet host or a managed service.
    const byKind = provider.edgeKinds[component.kind];
    if (byKind !== undefined) return byKind === 'global' && !provider.cloud ? 'public' : byKind;
    return 'public';
  }
  // With no cloud, the data center is the network itself: on-premises components go by kind.
  const byZone = zone === 'onprem' && !provider.cloud ? KIND_PLACEMENT[component.kind] : ZONE_PLACEMENT[zone];
  if (component.zone === undefined || (zone === 'onprem' && !provider.cloud)) {
    const byKind = KIND_PLACEMENT[component.kind];
    if (edgeKind) return provider.edgeKinds[component.kind] ?? byKind;
    return byKind;
  }
  return byZone;
}

/** Whether a data store is one of the provider's regional managed services, not one the spec hosts itself. */
export function isManagedData(component: Component, provider: ProviderPlacement): boolean {
  const text = `${component.name} ${component.service ?? ''}`;
  return DATA_KINDS.includes(component.kind) && provider.managedDataServices.test(text) && !SELF_HOSTED.test(text);
}

/** Whether a component is serverless compute the provider runs outside the customer's network. */
export function isServerless(component: Component, provider: ProviderPlacement): boolean {
  const text = `${component.name} ${component.service ?? ''}`;
  return COMPUTE_KINDS.includes(component.kind) && provider.serverlessServices.test(text) && !provider.serverlessInNetwork.test(text);
}

/** Words that say the design reaches its AI service through a private endpoint. */
export const PRIVATE_ENDPOINT = /private ?link|private endpoint|private service connect|vpc endpoint|interface endpoint/i;
