// Which icon each component gets, and how the iconed pictures relate to the
// plain Mermaid text written to .mmd and markdown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconData } from '../../../src/render/images/icons.js';
import { ENDPOINT_ICON, iconFor, KIND_ICON } from '../../../src/render/mermaid/icons.js';
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
    expect(iconFor(component('compute', 'Shopping API', 'Cloud Run (min 2 instances)'), 'gcp')).toBe('logos:google-cloud-run');
    expect(iconFor(component('compute', 'Copilot service', 'AKS (3 node pools)'), 'azure')).toBe('logos:kubernetes');
    expect(iconFor(component('ai-model', 'Azure OpenAI (GPT-4o)'), 'azure')).toBe('logos:openai-icon');
  });

  it('takes the product named first, and the service text before the name', () => {
    expect(iconFor(component('orchestrator', 'Summaries', 'AWS Step Functions + Lambda'), 'aws')).toBe('logos:aws-step-functions');
    expect(iconFor(component('vector-db', 'Bedrock Knowledge Base', 'OpenSearch Serverless'), 'aws')).toBe('logos:aws-open-search');
  });

  it("keeps AWS's logo for names other clouds share off an AWS design", () => {
    expect(iconFor(component('api-gateway', 'API Gateway'), 'aws')).toBe('logos:aws-api-gateway');
    expect(iconFor(component('api-gateway', 'API Gateway'), 'gcp')).toBe(KIND_ICON['api-gateway']);
    expect(iconFor(component('waf', 'Azure Front Door + WAF'), 'azure')).toBe(KIND_ICON.waf);
    expect(iconFor(component('waf', 'Edge firewall', 'AWS WAF'), 'onprem')).toBe('logos:aws-waf');
  });

  it('falls back to the generic icon of the kind', () => {
    for (const kind of Object.keys(KIND_ICON) as Component['kind'][]) {
      expect(iconFor(component(kind, 'Something in-house'), 'azure')).toBe(KIND_ICON[kind]);
    }
  });

  it('names only icons the build bundles', () => {
    const names = [...readFileSync(new URL('../../../src/render/mermaid/icons.ts', import.meta.url), 'utf8').matchAll(/'((?:logos|mdi):[a-z0-9-]+)'/g)].map(
      (m) => m[1]!,
    );
    expect(names.length).toBeGreaterThan(40);
    for (const name of [...names, ENDPOINT_ICON]) expect(iconData(name), name).toBeDefined();
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
        const components = diagram.icons.filter(([id]) => id !== 'endpoint');
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
