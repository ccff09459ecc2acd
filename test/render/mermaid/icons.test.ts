// Which icon each component gets, and how the iconed pictures relate to the
// plain Mermaid text written to .mmd and markdown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconData } from '../../../src/render/images/icons.js';
import { CONNECTOR_ICON, ENDPOINT_ICON, iconFor, KIND_ICON } from '../../../src/render/mermaid/icons.js';
import { BRAND_ICON, PRODUCTS } from '../../../src/render/mermaid/service-icons.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import type { Component } from '../../../src/spec/types.js';
import { modelOf, PATTERNS, patternSpec, referenceSpec } from './patterns.js';

const component = (kind: Component['kind'], name: string, service?: string): Component =>
  service === undefined ? { id: 'c', kind, name } : { id: 'c', kind, name, service };

describe('iconFor', () => {
  it('draws a product with a logo of its own as that logo, whatever its kind', () => {
    expect(iconFor(component('compute', 'Agent orchestration', 'AWS Lambda'), 'aws')).toBe('logos:aws-lambda');
    expect(iconFor(component('database', 'Conversation state', 'DynamoDB'), 'aws')).toBe('logos:aws-dynamodb');
    expect(iconFor(component('ai-model', 'Amazon Bedrock (Claude)'), 'aws')).toBe('logos:aws');
    expect(iconFor(component('compute', 'Shopping API', 'Cloud Run (min 2 instances)'), 'gcp')).toBe('gcp:cloud-run');
    expect(iconFor(component('compute', 'Copilot service', 'AKS (3 node pools)'), 'azure')).toBe('azure:kubernetes-services');
    expect(iconFor(component('compute', 'Agents', 'Kubernetes (k3s)'), 'onprem')).toBe('logos:kubernetes');
    expect(iconFor(component('ai-model', 'Azure OpenAI (GPT-4o)'), 'azure')).toBe('azure:azure-open-ai');
    expect(iconFor(component('ai-model', 'GPT-4o via the OpenAI API'), 'aws')).toBe('logos:openai-icon');
  });

  it('takes the product named first, and the service text before the name', () => {
    expect(iconFor(component('orchestrator', 'Summaries', 'AWS Step Functions + Lambda'), 'aws')).toBe('logos:aws-step-functions');
    expect(iconFor(component('vector-db', 'Bedrock Knowledge Base', 'OpenSearch Serverless'), 'aws')).toBe('logos:aws-open-search');
    expect(iconFor(component('cache', 'Answer cache', 'Memorystore for Redis'), 'gcp')).toBe('gcp:memorystore');
    expect(iconFor(component('monitoring', 'Azure Monitor + Sentinel'), 'azure')).toBe('azure:monitor');
    // "Cloud Run functions" and "Cloud Run" start at the same place: the rule listed first wins.
    expect(iconFor(component('compute', 'Webhooks', 'Cloud Run functions'), 'gcp')).toBe('gcp:cloud-functions');
  });

  it("draws a name several clouds share as the design's cloud's service, or as the cloud named beside it", () => {
    expect(iconFor(component('api-gateway', 'API Gateway'), 'aws')).toBe('logos:aws-api-gateway');
    expect(iconFor(component('api-gateway', 'API Gateway'), 'gcp')).toBe('gcp:cloud-api-gateway');
    expect(iconFor(component('api-gateway', 'API Gateway'), 'azure')).toBe(KIND_ICON['api-gateway']);
    expect(iconFor(component('waf', 'Edge firewall', 'AWS WAF'), 'onprem')).toBe('logos:aws-waf');
    expect(iconFor(component('waf', 'WAF policy'), 'azure')).toBe('azure:web-application-firewall-policies-waf');
    expect(iconFor(component('waf', 'WAF policy'), 'cloud')).toBe(KIND_ICON.waf);
    expect(iconFor(component('load-balancer', 'Load Balancer'), 'azure')).toBe('azure:load-balancers');
    expect(iconFor(component('load-balancer', 'Load Balancer', 'Azure Load Balancer'), 'aws')).toBe('azure:load-balancers');
    expect(iconFor(component('load-balancer', 'External Application Load Balancer'), 'gcp')).toBe('gcp:cloud-load-balancing');
    expect(iconFor(component('identity', 'IAM roles'), 'gcp')).toBe('gcp:identity-and-access-management');
    expect(iconFor(component('identity', 'IAM roles'), 'aws')).toBe('logos:aws-iam');
    expect(iconFor(component('storage', 'Documents', 'Cloud Storage'), 'gcp')).toBe('gcp:cloud-storage');
    expect(iconFor(component('storage', 'Documents', 'Cloud storage'), 'azure')).toBe(KIND_ICON.storage);
  });

  it("falls back to the cloud's logo for a service that names the cloud but has no icon of its own", () => {
    expect(iconFor(component('identity', 'Microsoft Entra ID'), 'azure')).toBe(BRAND_ICON.azure);
    expect(iconFor(component('database', 'Orders', 'AlloyDB on Google Cloud'), 'gcp')).toBe(BRAND_ICON.gcp);
    expect(iconFor(component('queue', 'Amazon MQ broker'), 'aws')).toBe(BRAND_ICON.aws);
    // A product of its own beats the brand, wherever it sits in the text.
    expect(iconFor(component('vector-db', 'Search index', 'Standard S2 (Azure AI Search)'), 'azure')).toBe('azure:cognitive-search');
  });

  it('draws the private endpoint as each provider does', () => {
    expect(ENDPOINT_ICON.azure).toBe('azure:private-endpoints');
    expect(ENDPOINT_ICON.gcp).toBe('gcp:private-service-connect');
    for (const icon of [...Object.values(ENDPOINT_ICON), ...Object.values(CONNECTOR_ICON)]) expect(iconData(icon), icon).toBeDefined();
  });

  it('falls back to the generic icon of the kind', () => {
    for (const kind of Object.keys(KIND_ICON) as Component['kind'][]) {
      expect(iconFor(component(kind, 'Something in-house'), 'azure')).toBe(KIND_ICON[kind]);
    }
  });

  it('names only icons the build bundles', () => {
    const names = ['icons.ts', 'service-icons.ts'].flatMap((file) =>
      [...readFileSync(new URL(`../../../src/render/mermaid/${file}`, import.meta.url), 'utf8').matchAll(/'((?:logos|mdi|azure|gcp):[a-z0-9-]+)'/g)].map(
        (m) => m[1]!,
      ),
    );
    expect(names.length).toBeGreaterThan(150);
    for (const name of [...names, ...PRODUCTS.map((p) => p.icon), ...Object.values(BRAND_ICON)]) expect(iconData(name), name).toBeDefined();
    expect(iconData('mdi:no-such-icon')).toBeUndefined();
    expect(iconData('constructor:toString')).toBeUndefined();
  });
});

describe('icons of the architecture diagrams', () => {
  const ICONED = ['reference-architecture', 'network-architecture'];

  it('names an icon for every component of the two architecture diagrams, and none in the Mermaid text GitHub renders', () => {
    for (const pattern of PATTERNS) {
      const model = modelOf(patternSpec(pattern));
      for (const diagram of renderDiagramSources(model)) {
        expect(diagram.source).not.toMatch(/icon:|@\{/);
        expect(diagram.icons !== undefined, diagram.name).toBe(ICONED.includes(diagram.name));
        if (diagram.icons === undefined) continue;
        // Every icon is for a node the source draws, and every component has one.
        for (const [id] of diagram.icons) expect(diagram.source, `${diagram.name} ${id}`).toMatch(new RegExp(`^\\s*${id}[[({>]`, 'm'));
        const components = diagram.icons.filter(([id]) => id !== 'endpoint' && id !== 'connector');
        expect(components, `${pattern} ${diagram.name}`).toHaveLength(model.spec.architecture.components.length);
      }
    }
  });

  it('uses the same node ids for the icons as for the drawing, in every part of the deck', () => {
    const diagram = renderDiagramSources(modelOf(referenceSpec())).find((d) => d.name === 'reference-architecture')!;
    const parts = [...(diagram.parts ?? [])];
    expect(parts.length).toBeGreaterThan(1);
    while (parts.length > 0) {
      const part = parts.shift()!;
      for (const [id] of part.icons ?? []) {
        expect(part.source).toMatch(new RegExp(`^\\s*${id}[[({>]`, 'm'));
        expect(part.turned).toMatch(new RegExp(`^\\s*${id}[[({>]`, 'm'));
      }
      parts.push(...(part.parts ?? []));
    }
  });
});
