// Which icon each component gets, and how the iconed pictures relate to the
// plain Mermaid text written to .mmd and markdown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconData } from '../../../src/render/images/icons.js';
import { ENDPOINT_ICON, iconFor, KIND_ICON } from '../../../src/render/mermaid/icons.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import type { Component } from '../../../src/spec/types.js';
import { hostileSpec, modelOf, PATTERNS, patternSpec, referenceSpec } from './patterns.js';

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

describe('iconed pictures and plain sources', () => {
  const ICONED = ['reference-architecture', 'network-architecture'];

  it('keeps icons out of the .mmd and markdown text, which GitHub renders without icon packs', () => {
    for (const pattern of PATTERNS) {
      for (const diagram of renderDiagramSources(modelOf(patternSpec(pattern)))) {
        expect(diagram.source).not.toContain('icon:');
        expect(diagram.imageSource !== undefined, diagram.name).toBe(ICONED.includes(diagram.name));
      }
    }
  });

  it('draws every component of the architecture diagrams as an icon, with the same groups and edges as the plain text', () => {
    const model = modelOf(referenceSpec());
    const count = model.spec.architecture.components.length;
    for (const diagram of renderDiagramSources(model).filter((d) => ICONED.includes(d.name))) {
      const iconed = diagram.imageSource!;
      const icons = iconed.split('\n').filter((line) => /^\s*n\d+@\{ icon: "/.test(line));
      expect(icons, diagram.name).toHaveLength(count);
      // Everything but the node lines is the same text: groups, edges, classes, accessibility.
      const rest = (text: string): string[] => text.split('\n').filter((line) => !/^\s*(n\d+|endpoint)[@[({>]/.test(line));
      expect(rest(iconed)).toEqual(rest(diagram.source));
    }
  });

  it('keeps hostile text a label in the shape data, where a backslash would start a YAML escape', () => {
    const spec = hostileSpec();
    spec.architecture.components[0]!.name = 'C:\\temp\\"x" \\u0041';
    const reference = renderDiagramSources(modelOf(spec)).find((d) => d.name === 'reference-architecture')!.imageSource!;
    const line = reference.split('\n').find((l) => l.includes('@{ icon') && l.includes('temp'))!;
    expect(line).not.toContain('\\');
    expect(line).toContain('C:#92;temp#92;#34;x#34; #92;u0041');
    expect((line.match(/"/g) ?? []).length % 2).toBe(0);
  });
});
