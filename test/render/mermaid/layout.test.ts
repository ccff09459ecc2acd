// Structural layout rules of the architecture flowcharts: the declaration
// order and invisible links that decide where Mermaid's ELK layout puts things.
import { describe, expect, it } from 'vitest';
import { componentEdges } from '../../../src/render/mermaid/graph.js';
import { crossCuttingAnchors, flowDepth, inFlowOrder } from '../../../src/render/mermaid/layout.js';
import { networkArchitecture } from '../../../src/render/mermaid/network.js';
import { referenceArchitecture } from '../../../src/render/mermaid/reference.js';
import type { Component, Spec } from '../../../src/spec/types.js';
import { modelOf, PATTERNS, patternSpec } from './patterns.js';

const reference = (pattern: (typeof PATTERNS)[number]): string => referenceArchitecture(modelOf(patternSpec(pattern)));
const network = (pattern: (typeof PATTERNS)[number]): string => networkArchitecture(modelOf(patternSpec(pattern)));

/** Subgraph ids in declaration order. */
const subgraphs = (source: string): string[] => [...source.matchAll(/^\s*subgraph (\w+)\[/gm)].map((m) => m[1]!);

/** The generated id a component's label was drawn with. */
const idOf = (source: string, name: string): string => {
  const match = new RegExp(`^\\s*(n\\d+)\\W+"${name}["<]`, 'm').exec(source);
  if (match === null) throw new Error(`no node labelled ${name}`);
  return match[1]!;
};

describe('reference architecture layout', () => {
  it('flows top to bottom for every pattern, reference and network alike', () => {
    for (const pattern of PATTERNS) {
      expect(reference(pattern).split('\n')[0], pattern).toBe('flowchart TB');
      expect(network(pattern).split('\n')[0], pattern).toBe('flowchart TB');
    }
  });

  it('declares the security and observability zones after every other zone', () => {
    for (const pattern of PATTERNS) {
      const order = subgraphs(reference(pattern)).filter((id) => id !== 'cloudGroup');
      expect(order.slice(-2), pattern).toEqual(['zSecurityGroup', 'zObservabilityGroup']);
    }
  });

  it('ties a monitoring component nothing calls to the application tier with an invisible link', () => {
    const source = reference('container');
    expect(source).toContain(`  ${idOf(source, 'Kubernetes cluster: agent pods')} ~~~ ${idOf(source, 'Metrics, logs and traces')}\n`);
    // The identity provider is called by the pods, so it needs no anchor of its own.
    expect(source).not.toContain(`~~~ ${idOf(source, 'Entra ID')}\n`);
    expect(source.match(/~~~/g)).toHaveLength(1);
  });

  it('draws the site and the cloud as two boxes for the hybrid patterns only', () => {
    const hybrid = reference('hybrid-data-onprem');
    expect(hybrid).toContain('subgraph zOnpremGroup["On-premises data center"]');
    const cloud = hybrid.slice(hybrid.indexOf('subgraph cloudGroup["Cloud"]'));
    expect(cloud).toMatch(/^subgraph cloudGroup\["Cloud"\]\n\s+subgraph zEdgeGroup/);
    expect(hybrid.indexOf('subgraph zOnpremGroup')).toBeLessThan(hybrid.indexOf('subgraph cloudGroup'));
    expect(reference('edge-cloud')).toContain('subgraph zOnpremGroup["Edge site"]');
    for (const pattern of ['serverless', 'container', 'queue'] as const) expect(reference(pattern)).not.toContain('cloudGroup');
  });

  it('declares components in flow order inside a zone', () => {
    const spec = patternSpec('queue');
    spec.architecture.components.reverse();
    const source = referenceArchitecture(modelOf(spec));
    // The worker pool is listed after the queue that feeds it, whatever the spec order.
    expect(source.indexOf('"Job queue')).toBeLessThan(source.indexOf('"Worker pool'));
  });
});

describe('flow order', () => {
  const c = (id: string, zone: NonNullable<Component['zone']>, connects: string[] = []): Component => ({ id, kind: 'compute', name: id, zone, connects });

  it('puts callees after their callers and keeps spec order among equals', () => {
    const components = [c('db', 'data'), c('worker', 'private', ['db']), c('queue', 'private', ['worker']), c('api', 'edge', ['queue']), c('other', 'data')];
    const order = inFlowOrder(components, componentEdges(components)).map((x) => x.id);
    expect(order).toEqual(['api', 'other', 'queue', 'worker', 'db']);
  });

  it('ends on a cycle', () => {
    const components = [c('a', 'private', ['b']), c('b', 'private', ['a'])];
    const depth = flowDepth(components, componentEdges(components));
    expect([...depth.keys()].sort()).toEqual(['a', 'b']);
  });

  it('does not let a call into a cross-cutting zone push the caller deeper', () => {
    const components = [c('api', 'edge', ['idp', 'app']), c('idp', 'security', ['app']), c('app', 'private')];
    expect(flowDepth(components, componentEdges(components)).get('app')).toBe(1);
  });

  it('anchors nothing when there is no main flow', () => {
    const components = [c('idp', 'security'), c('logs', 'observability')];
    expect(crossCuttingAnchors(components, componentEdges(components))).toEqual([]);
  });
});

/** The lines inside a subgraph, up to the `end` at its own indentation. */
const box = (source: string, id: string): string => {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\s*subgraph ${id}\\[`).test(line));
  if (start < 0) throw new Error(`no subgraph ${id}`);
  const indent = /^\s*/.exec(lines[start]!)![0];
  const end = lines.findIndex((line, i) => i > start && line === `${indent}end`);
  return lines.slice(start + 1, end).join('\n');
};

/**
 * The course's edge pattern with both site zones filled: sensors on the site
 * network (onprem), the filter on the site's edge compute (edge), devices
 * calling in from outside.
 */
const edgeSite = (): Spec => {
  const spec = structuredClone(patternSpec('edge-cloud'));
  const components = spec.architecture.components as Component[];
  components.find((c) => c.id === 'filter')!.zone = 'edge';
  components.push({ id: 'sensors', kind: 'external', name: 'Line sensors', zone: 'onprem', connects: ['filter'] });
  return spec;
};

describe('edge-cloud site', () => {
  it('draws the site devices and the edge compute inside one site box, outside the cloud', () => {
    const source = referenceArchitecture(modelOf(edgeSite()));
    const site = box(source, 'siteGroup');
    expect(source).toContain('subgraph siteGroup["Edge site"]');
    expect(box(site, 'zOnpremGroup')).toContain('"Line sensors"');
    expect(box(site, 'zEdgeGroup')).toContain('"Filter and cache"');
    expect(site).toContain('subgraph zEdgeGroup["Edge compute"]');
    expect(box(source, 'cloudGroup')).not.toContain('zEdgeGroup');
    expect(box(source, 'cloudGroup')).toContain('"Process and route');
    expect(source).toMatch(/class siteGroup siteBox/);
  });

  it('keeps the edge zone in the cloud for the data-center pattern', () => {
    expect(box(reference('hybrid-data-onprem'), 'cloudGroup')).toContain('subgraph zEdgeGroup["Edge"]');
  });

  it("puts the edge compute in the site, not in the cloud's public subnet, and links the site over the WAN", () => {
    const source = networkArchitecture(modelOf(edgeSite()));
    const site = box(source, 'siteGroup');
    expect(box(site, 'siteEdge')).toContain('"Filter and cache"');
    expect(box(site, 'siteOnprem')).toContain('"Line sensors"');
    expect(source).not.toContain('publicSubnet');
    expect(source).toContain('siteGroup <-.->|"WAN / VPN"| vpcGroup');
  });

  it('reaches the edge compute from outside without crossing the internet', () => {
    const source = networkArchitecture(modelOf(edgeSite()));
    expect(source).not.toContain('internet');
    expect(source).toContain(`${idOf(source, 'Store devices')} --> ${idOf(source, 'Filter and cache')}`);
  });

  it("runs the data-center pattern's private API gateway inside the network, in the app subnet", () => {
    expect(box(network('hybrid-data-onprem'), 'appSubnet')).toContain('"Private API gateway"');
  });
});
