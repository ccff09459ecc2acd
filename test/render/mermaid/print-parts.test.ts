// What the PDF prints for an architecture diagram too dense to print whole
// (src/render/mermaid/print-parts.ts), when the renderer decides it must
// (src/render/images/print-fit.ts); and defense in depth's wrapped rows.
import { describe, expect, it } from 'vitest';
import { printLabelPoints, printsWhole } from '../../../src/render/images/print-fit.js';
import { defenseInDepth } from '../../../src/render/mermaid/defense.js';
import { networkArchitecture, networkAreas } from '../../../src/render/mermaid/network.js';
import { printedAsParts } from '../../../src/render/mermaid/print-parts.js';
import { referenceOverview } from '../../../src/render/mermaid/reference-overview.js';
import { referenceParts } from '../../../src/render/mermaid/reference-parts.js';
import type { Model } from '../../../src/model/types.js';
import type { DiagramPart } from '../../../src/render/types.js';
import type { Component, Spec } from '../../../src/spec/types.js';
import { referenceSpec } from './patterns.js';

const withComponents = (components: Component[]): Pick<Model, 'spec'> => {
  const spec = referenceSpec();
  return { spec: { ...spec, architecture: { ...spec.architecture, components: components as Spec['architecture']['components'] } } };
};

const COMPONENTS: Component[] = [
  { id: 'users', kind: 'user', name: 'Analysts', connects: ['web', 'api'] },
  { id: 'web', kind: 'cdn', name: 'Front Door', connects: ['api'] },
  { id: 'api', kind: 'api-gateway', name: 'API Management', connects: ['app', 'idp'] },
  { id: 'app', kind: 'compute', name: 'Orchestrator', connects: ['model', 'db', 'idp', { to: 'worker', label: 'jobs' }] },
  { id: 'worker', kind: 'worker', name: 'Workers', connects: ['model', 'db'] },
  { id: 'model', kind: 'ai-model', name: 'Azure OpenAI', connects: ['app'] },
  { id: 'db', kind: 'database', name: 'Cosmos DB' },
  { id: 'idp', kind: 'identity', name: 'Entra ID' },
];

describe('the reference architecture overview', () => {
  const overview = referenceOverview(withComponents(COMPONENTS));

  it('draws one box per zone, counting and naming its components, inside its zone group', () => {
    const { source } = overview;
    // Analysts call Front Door and API Management, which calls the Orchestrator.
    expect(source).toContain('subgraph g0["Users, edge and application tier: 3 calls between its zones"]');
    expect(source).toContain('subgraph g1["AI services and data"]');
    expect(source).toContain('zEdgeZone["Edge<br/>2 components: Front Door, API Management<br/>1 call within"]');
    expect(source).toContain('zPrivateZone["Application<br/>2 components: Orchestrator, Workers<br/>1 call within"]');
    expect(source).toContain('zDataZone["Data<br/>1 component: Cosmos DB"]');
    expect(source.match(/\["/g)?.length).toBe(6 + 3);
  });

  it('draws one arrow per pair of zone groups, labelled with the calls it stands for, both ways when calls run both ways', () => {
    const { source } = overview;
    // Orchestrator and Workers call the model and the database (4), the model calls the Orchestrator back.
    expect(source).toContain('g0 <-->|"5 calls"| g1');
    // API Management and the Orchestrator call Entra ID.
    expect(source).toContain('g0 -->|"2 calls"| g2');
    expect(source.match(/\| g\d/g)).toHaveLength(2);
  });

  it('names itself for assistive technology from the model', () => {
    expect(overview.source).toContain('accTitle: Reference architecture#58; Overview by zone');
    expect(overview.description).toContain('8 components in 6 zones');
    expect(overview.description).toContain('Users, edge and application tier and AI services and data, 5 calls');
  });

  it('prints before the reference parts; the network prints its placement alone', () => {
    const model = { ...withComponents(COMPONENTS), recommendation: 'azure-openai' } as Model;
    const reference = printedAsParts('reference-architecture', model, referenceParts(model, 'azure'));
    expect(reference?.overview.title).toBe('Overview by zone');
    // A group with one zone present is titled by its zone.
    expect(reference?.parts.map((p) => p.title)).toEqual(['Users, edge and application tier', 'AI services and data', 'Security and identity']);
    const network = printedAsParts('network-architecture', model, []);
    expect(network?.parts).toEqual([]);
    expect(network?.overview.source).toContain('accTitle: Network architecture#58; Where each component runs');
    expect(printedAsParts('cost-projection', model, [])).toBeUndefined();
  });
});

describe('the network placement view', () => {
  it('draws every component where it runs and none of the calls', () => {
    const model = { ...withComponents(COMPONENTS), recommendation: 'azure-openai' };
    const full = networkArchitecture(model);
    const placement = networkArchitecture(model, undefined, { connections: false });
    const arrows = (source: string): string[] => source.split('\n').filter((line) => /-->|<-\.->/.test(line));
    expect(arrows(full).length).toBeGreaterThan(5);
    expect(arrows(placement)).toEqual([]);
    const nodes = (source: string): string[] => source.split('\n').filter((line) => /^\s+n\d+[[({>]/.test(line));
    expect(nodes(placement)).toEqual(nodes(full));
  });
});

describe('the network placement view of a design too large for one page', () => {
  const model = { ...withComponents(COMPONENTS), recommendation: 'azure-openai' } as Model;
  const placement = printedAsParts('network-architecture', model, [])?.overview;
  const areas = placement?.parts ?? [];
  const labels = (source: string): string[] =>
    source
      .split('\n')
      .filter((line) => /^\s+n\d+[[({>]/.test(line))
      .map((line) => line.replace(/^\s+n\d+/, ''));

  it('names the areas that hold components, in drawing order, with the components placed in each', () => {
    expect(networkAreas(model).map((a) => [a.title, a.ids])).toEqual([
      ['Users and external systems', ['users']],
      ['Global edge', ['web']],
      ['Gateway subnet', ['api']],
      // In flow order: the Workers take calls from the Orchestrator, which they call back.
      ['App subnet', ['worker', 'app']],
      ['Managed AI', ['model']],
      ['Managed data', ['db']],
      ['Shared services', ['idp']],
    ]);
  });

  it('offers one view per area, which together draw every component exactly once', () => {
    expect(areas.map((a) => a.title)).toEqual(networkAreas(model).map((a) => `Where each component runs: ${a.title}`));
    const members = areas.flatMap((a) => a.members ?? []);
    expect([...members].sort()).toEqual(COMPONENTS.map((c) => c.id).sort());
    expect(areas.flatMap((a) => labels(a.source)).sort()).toEqual(labels(placement?.source ?? '').sort());
  });

  it('draws an area where the whole design places it, without a network it draws nothing in', () => {
    const shared = areas.find((a) => a.title.endsWith('Shared services'));
    expect(shared?.source).toContain('subgraph regionGroup["Azure region"]');
    expect(shared?.source).toContain('subgraph sharedGroup["Shared services"]');
    expect(shared?.source).not.toContain('vpcGroup');
    expect(labels(shared?.source ?? '')).toEqual(['[/"Entra ID"\\]']);
    // Azure OpenAI is reached through the private endpoint, which its view draws in the VNet.
    const ai = areas.find((a) => a.title.endsWith('Managed AI'));
    expect(ai?.source).toMatch(/subgraph vpcGroup\["VNet"\]\n\s+endpoint\{\{/);
    // Every node a class line names is drawn: an undrawn id would make Mermaid add a stray box.
    const drawn = new Set(ai?.source.match(/^\s+(n\d+)[[({>]/gm)?.map((line) => line.trim().replace(/[[({>].*$/, '')));
    for (const [, list] of ai?.source.matchAll(/^\s+class (n[\d,n]+) /gm) ?? []) for (const id of list?.split(',') ?? []) expect(drawn).toContain(id);
    const app = areas.find((a) => a.title.endsWith('App subnet'));
    expect(app?.source).toContain('subgraph vpcGroup["VNet"]');
    expect(app?.source).not.toMatch(/subgraph (usersGroup|aiGroup|sharedGroup)/);
  });

  it('joins neighbouring areas into one view titled by both, and cuts a crowded area into runs of its components', () => {
    const [users, edge] = areas;
    const joined = users && edge ? users.join?.(edge) : undefined;
    expect(joined?.title).toBe('Where each component runs: Users and external systems; Global edge');
    expect(joined?.members).toEqual(['users', 'web']);
    const app = areas.find((a) => a.title.endsWith('App subnet'));
    const halves: readonly DiagramPart[] = app?.parts ?? [];
    expect(halves.map((h) => h.title)).toEqual(['Where each component runs: App subnet, 1 to 1 of 2', 'Where each component runs: App subnet, 2 to 2 of 2']);
    expect(halves.map((h) => h.members)).toEqual([['worker'], ['app']]);
    expect(halves[0]?.description).toContain('with 1 of the 8 components placed in them');
    expect(areas.find((a) => a.title.endsWith('Managed AI'))?.parts).toBeUndefined();
  });
});

describe('print fit', () => {
  it('prints a diagram whole while its labels reach 6 pt on some page shape, on A4 and letter', () => {
    // 20 px labels: a portrait A4 text column is about 640 px across at full size.
    expect(printLabelPoints('reference-architecture', { width: 600, height: 800 })).toBe(15);
    expect(printsWhole('reference-architecture', { width: 2000, height: 1400 }, 'flowchart TB')).toBe(true);
    expect(printsWhole('reference-architecture', { width: 7000, height: 8000 }, 'flowchart TB')).toBe(false);
  });

  it('asks more of a diagram with Hebrew or Arabic labels, whose fallback font prints smaller', () => {
    // Across a landscape letter page (narrower than A4's): between 6 and 6.25 pt.
    const size = { width: 2180, height: 1000 };
    const points = printLabelPoints('reference-architecture', size);
    expect(points).toBeGreaterThan(6);
    expect(points).toBeLessThan(6.25);
    expect(printsWhole('reference-architecture', size, 'n0["Claims"]')).toBe(true);
    expect(printsWhole('reference-architecture', size, 'n0["بنك الخليج"]')).toBe(false);
    expect(printsWhole('reference-architecture', size, 'n0["שלום"]')).toBe(false);
  });
});

describe('defense in depth', () => {
  const layered = (count: number): Pick<Model, 'spec'> => {
    const spec = referenceSpec();
    const controls = Array.from({ length: count }, (_, i) => ({ control: `Control number ${i}`, implementation: 'A sentence of implementation detail' }));
    return { spec: { ...spec, security: { ...spec.security, layers: { ...spec.security?.layers, monitoring: controls } } } as Spec };
  };

  it('keeps a layer that fits in one row, chained left to right', () => {
    const source = defenseInDepth(layered(3));
    expect(source).toContain('subgraph L4["Layer 5: Monitoring"]\n    direction LR');
    expect(source).toContain('L4c0 ~~~ L4c1\n    L4c1 ~~~ L4c2');
  });

  it('wraps a layer too wide for the page into rows, each control below the one a row before it', () => {
    const source = defenseInDepth(layered(25));
    expect(source).not.toContain('subgraph L4["Layer 5: Monitoring"]\n    direction LR');
    const links = [...source.matchAll(/L4c(\d+) ~~~ L4c(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const stride = (links[0]?.[1] ?? 0) - (links[0]?.[0] ?? 0);
    expect(stride).toBeGreaterThan(1);
    expect(stride).toBeLessThan(25);
    expect(links).toEqual(Array.from({ length: 25 - stride }, (_, i) => [i, i + stride]));
  });
});
