// The course templates' parts that have their own optional fields: service
// authentication, logging, security alerts, component owners and support,
// escalation contacts, vendor support, and storage and transfer volumes.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { buildModel } from '../../src/model/build.js';
import { renderDocuments } from '../../src/render/markdown/index.js';
import { loadSpec } from '../../src/spec/load.js';

const SPEC = `version: 1
client: { name: Pine Dental }
scenario: { useCase: Appointment reminder drafting }
platforms:
  weights: { modelFit: 60, cost: 40 }
  candidates:
    azure-openai: { scores: { modelFit: 8, cost: 7 } }
    aws-bedrock: { scores: { modelFit: 7, cost: 7 } }
architecture:
  pattern: container
  components:
    - { id: api, kind: compute, name: Reminder service, zone: private, connects: [llm], owner: Practice IT, support: "#reminders-oncall" }
    - { id: llm, kind: ai-model, name: GPT model, zone: ai }
security:
  serviceAuth:
    - { service: AI API, method: Managed identity, secretStorage: none (keyless) }
    - { service: Database, method: Entra ID token }
  logging:
    - { logType: Audit trail, retention: 7 years, storage: Immutable blob storage }
  alerts:
    - { alert: Auth failures, condition: ">10 in 5 minutes", response: Lock the client and page on-call }
costs:
  usage: { requestsPerUserPerDay: 3, tokensPerRequest: { input: 500, output: 300 } }
  growth: [{ month: 1, users: 20 }]
  models: [{ model: small-model, share: 100, inputPer1M: 0.50, outputPer1M: 1.50 }]
  infrastructure:
    - { item: Object storage, volume: 200 GB, monthly: 5 }
operations:
  escalation:
    - On-call engineer
    - { who: Practice manager, contact: "+1 555 0100" }
  vendorSupport:
    - { vendor: Microsoft, portal: Azure portal support, responseTime: 1 hour for critical }
`;

const load = (text: string) => loadSpec('pine.yaml', new TextEncoder().encode(text));

describe('template fields', () => {
  it('validate, and escalation levels read as { who, contact } whichever way they are written', () => {
    const loaded = load(SPEC);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = buildModel(loaded.spec!, loadCatalog());
    expect(model.escalation).toEqual([
      { who: 'On-call engineer', contact: null },
      { who: 'Practice manager', contact: '+1 555 0100' },
    ]);
  });

  it('refuse an escalation level without who, and an alert without its condition, at their lines', () => {
    const broken = load(
      SPEC.replace('{ who: Practice manager, contact: "+1 555 0100" }', '{ contact: "+1 555 0100" }').replace(', condition: ">10 in 5 minutes"', ''),
    );
    const errors = broken.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.line).sort((a, b) => a - b)).toEqual([21, 31]);
  });
});

describe('template fields in the documents', () => {
  const model = () => buildModel(load(SPEC).spec!, loadCatalog());
  const doc = (name: string) => renderDocuments(model(), []).find((d) => d.name === name)!.markdown;

  it('security architecture: service authentication, logging and alert tables', () => {
    const md = doc('security-architecture-design');
    expect(md).toContain('| Service | Auth Method | Secret Storage |');
    expect(md).toContain('| AI API | Managed identity | none (keyless) |');
    expect(md).toContain('| Database | Entra ID token | None (keyless) |');
    expect(md).toContain('| Audit trail | 7 years | Immutable blob storage |');
    expect(md).toContain('| Auth failures | &gt;10 in 5 minutes | Lock the client and page on-call |');
  });

  it('runbook: component owners and support, escalation contacts, vendor support', () => {
    const md = doc('operations-runbook');
    expect(md).toContain('| Component | Technology | Owner | Support |');
    expect(md).toMatch(/\| Reminder service \| Reminder service \| Practice IT \| #reminders-oncall \|/);
    expect(md).toContain('Practice manager (+1 555 0100)');
    expect(md).toContain('| Microsoft | Azure portal support | 1 hour for critical |');
  });

  it('cost model: the volume of a storage line', () => {
    expect(doc('cost-model')).toMatch(/\| Object storage \| Shared line item \| 200 GB \|/);
  });
});
