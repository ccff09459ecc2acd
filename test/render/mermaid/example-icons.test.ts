// The icon each Azure and Google Cloud component of the example specs is
// drawn with, on both architecture diagrams: the intended icon, by name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import type { Spec } from '../../../src/spec/types.js';
import { modelOf } from './patterns.js';

const EXPECTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'meridian-bank': {
    'Contact-centre agents': 'mdi:account-group',
    'KYC analysts': 'mdi:account-group',
    'Azure Front Door + WAF': 'azure:front-door-and-cdn-profiles',
    'API Management': 'azure:api-management-services',
    // No icon of its own in the licensed sets: the Azure logo.
    'Entra ID': 'logos:azure-icon',
    'Copilot service': 'azure:kubernetes-services',
    'KYC review workers': 'azure:kubernetes-services',
    // An on-premises system reached over ExpressRoute is not ExpressRoute.
    'Card tokenization service': 'mdi:domain',
    'Azure OpenAI (GPT-4o, GPT-4o mini)': 'azure:azure-open-ai',
    'Azure AI Document Intelligence': 'azure:form-recognizers',
    'Azure AI Search': 'azure:cognitive-search',
    'Semantic answer cache': 'azure:cache-redis',
    'KYC case store': 'azure:azure-sql',
    'Key Vault (HSM-backed)': 'azure:key-vaults',
    'Azure Monitor + Sentinel': 'azure:monitor',
    endpoint: 'azure:private-endpoints',
  },
  'harbor-outfitters': {
    Merchandisers: 'mdi:account-group',
    'Web store shoppers': 'mdi:account-group',
    'Supplier feeds (SFTP and EDI)': 'mdi:domain',
    'Cloud Load Balancing + Cloud Armor': 'gcp:cloud-load-balancing',
    'Review and approval portal': 'gcp:cloud-run',
    'Identity-Aware Proxy + Google Workspace SSO': 'gcp:identity-aware-proxy',
    'Shopping assistant API': 'gcp:cloud-run',
    'Feed ingestion': 'gcp:cloud-run',
    'Task queue': 'gcp:pub-sub',
    'Enrichment and moderation workers': 'gcp:cloud-run',
    'Vertex AI Gemini 2.5': 'gcp:vertex-ai',
    'Product catalog': 'gcp:big-query',
    'Answer cache': 'gcp:memorystore',
    'Secret Manager': 'gcp:secret-manager',
    'Cloud Monitoring + Logging': 'gcp:cloud-monitoring',
    endpoint: 'gcp:private-service-connect',
  },
};

/** Node label (the component's name, or the node id for the endpoint) → icon, from a diagram's source and icons. */
function iconsByName(source: string, icons: readonly (readonly [string, string])[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [id, icon] of icons) {
    const line = new RegExp(`^\\s*${id}\\W+"([^"<]+)`, 'm').exec(source);
    byName.set(id === 'endpoint' ? 'endpoint' : (line?.[1] ?? id), icon);
  }
  return byName;
}

describe('service icons of the Azure and Google Cloud example specs', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`draws every component of ${name} as its intended icon on both architecture diagrams`, () => {
      const spec = parse(readFileSync(new URL(`../../../specs/${name}.yaml`, import.meta.url), 'utf8')) as Spec;
      const model = modelOf(spec);
      const diagrams = renderDiagramSources(model).filter((d) => d.icons !== undefined);
      expect(diagrams.map((d) => d.name).sort()).toEqual(['network-architecture', 'reference-architecture']);
      for (const diagram of diagrams) {
        const drawn = iconsByName(diagram.source, diagram.icons!);
        const want = Object.entries(expected).filter(([label]) => label !== 'endpoint' || diagram.name === 'network-architecture');
        expect(Object.fromEntries(drawn), diagram.name).toEqual(Object.fromEntries(want));
      }
    });
  }
});
