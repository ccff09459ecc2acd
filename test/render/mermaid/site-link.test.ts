// The link between a hybrid pattern's site and the cloud network is labelled
// with what the spec says it is: its `architecture.connectivity`, else the
// link its components or network controls name, else generically.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkArchitecture } from '../../../src/render/mermaid/network.js';
import { siteLinkLabel, siteOf, type Site } from '../../../src/render/mermaid/site.js';
import { loadSpec } from '../../../src/spec/load.js';
import type { Component, Spec } from '../../../src/spec/types.js';
import { modelOf, referenceSpec } from './patterns.js';

const HYBRID = siteOf('hybrid-data-onprem') as Site;
const EDGE = siteOf('edge-cloud') as Site;

const vault: Component = { id: 'vault', kind: 'external', name: 'Card vault', zone: 'onprem' };
const app: Component = { id: 'app', kind: 'compute', name: 'App', connects: ['vault'] };

function hybrid(components: Component[], network: { control: string; implementation?: string }[] = [], connectivity?: string): Spec {
  const s = referenceSpec();
  s.scenario.existingCloud = 'azure';
  s.platforms.recommendation = 'azure-openai';
  s.architecture = {
    pattern: 'hybrid-data-onprem',
    components: components as Spec['architecture']['components'],
    ...(connectivity !== undefined ? { connectivity } : {}),
  };
  s.security = { layers: { network } } as NonNullable<Spec['security']>;
  return s;
}

describe('the site link label', () => {
  it("is the spec's connectivity when it has one, escaped as Mermaid text", () => {
    const s = hybrid([vault, app], [{ control: 'Private connectivity', implementation: 'Site-to-Site VPN' }], 'ExpressRoute "1 Gbps" <primary>');
    expect(siteLinkLabel(s, HYBRID)).toBe('ExpressRoute #34;1 Gbps#34; #lt;primary#gt;');
  });

  it('names the link a component names', () => {
    expect(siteLinkLabel(hybrid([{ ...vault, service: 'Existing PCI vault (on-premises, ExpressRoute)' }, app]), HYBRID)).toBe('ExpressRoute');
    expect(siteLinkLabel(hybrid([vault, app, { id: 'dx', kind: 'network', name: 'AWS Direct Connect (10 Gbps)' }]), HYBRID)).toBe('AWS Direct Connect');
  });

  it('names the link a network control names, dedicated circuits first', () => {
    expect(siteLinkLabel(hybrid([vault, app], [{ control: 'Private connectivity', implementation: 'Site-to-Site VPN with two tunnels' }]), HYBRID)).toBe(
      'Site-to-Site VPN',
    );
    expect(siteLinkLabel(hybrid([vault, app], [{ control: 'Hybrid link', implementation: 'IPsec VPN as backup to Dedicated Interconnect' }]), HYBRID)).toBe(
      'Cloud Interconnect + Site-to-Site VPN',
    );
  });

  it('stays generic when the spec names no link (a client VPN is not one)', () => {
    expect(siteLinkLabel(hybrid([vault, app], [{ control: 'Admin access', implementation: 'Client VPN for administrators' }]), HYBRID)).toBe(
      'VPN or dedicated link',
    );
    expect(siteLinkLabel(hybrid([vault, app]), EDGE)).toBe('WAN / VPN');
  });

  it('labels the dotted link of the network diagram', () => {
    const source = networkArchitecture(modelOf(hybrid([{ ...vault, service: 'on-premises, ExpressRoute' }, app])));
    expect(source).toContain('  siteGroup <-.->|"ExpressRoute"| vpcGroup\n');
  });

  it('is an optional field of the spec', () => {
    const yaml = readFileSync(new URL('../../fixtures/valid/minimal.yaml', import.meta.url), 'utf8').replace(
      '  pattern: serverless\n',
      '  pattern: hybrid-data-onprem\n  connectivity: ExpressRoute, 1 Gbps\n',
    );
    const loaded = loadSpec('spec.yaml', yaml);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.spec?.architecture.connectivity).toBe('ExpressRoute, 1 Gbps');
    const tooLong = loadSpec('spec.yaml', yaml.replace('ExpressRoute, 1 Gbps', 'x'.repeat(121)));
    expect(tooLong.diagnostics.some((d) => d.severity === 'error' && d.path.includes('connectivity'))).toBe(true);
  });
});
