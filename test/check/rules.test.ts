// Each rule against the reference spec (which triggers none) and an edit of it that triggers it.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkFixture, checkText, edited, fixtureText } from './helpers.js';

type Edit = [readonly (string | number)[], unknown];
interface Case {
  readonly rule: string;
  readonly edits: readonly Edit[];
  readonly expect: Partial<Omit<Diagnostic, 'message'>> & { message: RegExp };
  /** How many findings of the rule the edit causes; the first is checked. */
  readonly count?: number;
}

const VERTEX_CLOSE = { modelFit: 8, integration: 10, compliance: 9, cost: 8, team: 9, support: 8 };
const five = { modelFit: 5, integration: 5, compliance: 5, cost: 5, team: 5, support: 5 };
const ALL_FIVES = {
  'aws-bedrock': { scores: five, strengths: ['Existing AWS landing zone'], limitations: ['No GPT-family models'] },
  'azure-openai': { scores: five, strengths: ['Strong GPT-4-class models'], limitations: ['No existing Azure footprint'] },
  'google-vertex': { scores: five, strengths: ['Gemini and Claude both available'], limitations: ['No GCP skills in the team'] },
};
const onlyHipaaRows = [{ framework: 'HIPAA', requirement: 'Audit controls', control: 'CloudTrail data events' }];

const CASES: readonly Case[] = [
  {
    rule: 'recommendation-not-top',
    edits: [[['platforms', 'recommendation'], 'google-vertex']],
    expect: {
      severity: 'warning',
      path: '/platforms/recommendation',
      message: /^recommendation Google Vertex AI scores 6\.60, 2\.20 below Amazon Bedrock \(8\.80\)$/,
    },
  },
  {
    rule: 'weights-sensitive',
    edits: [[['platforms', 'candidates', 'google-vertex', 'scores'], VERTEX_CLOSE]],
    expect: { severity: 'info', path: '/platforms/weights/cost', message: /^raising the weight of cost by \d+\.\d points makes Google Vertex AI the winner$/ },
  },
  {
    rule: 'certification-missing',
    edits: [
      [
        ['scenario', 'compliance'],
        ['HIPAA', 'SOC2', 'CJIS'],
      ],
    ],
    expect: { severity: 'error', path: '/scenario/compliance/2', message: /Amazon Bedrock does not list a CJIS certification/ },
  },
  {
    rule: 'residency-partial',
    edits: [
      [
        ['scenario', 'dataResidency'],
        ['us', 'apac'],
      ],
    ],
    expect: { severity: 'warning', path: '/scenario/dataResidency/1', message: /Amazon Bedrock is limited in apac/ },
  },
  {
    rule: 'compliance-unmapped',
    edits: [[['security', 'compliance'], onlyHipaaRows]],
    expect: { severity: 'warning', path: '/scenario/compliance/1', message: /SOC2 is required but no security\.compliance row maps it/ },
  },
  {
    rule: 'layer-empty',
    edits: [[['security', 'layers', 'monitoring'], undefined]],
    expect: { severity: 'warning', path: '/security/layers/monitoring', message: /the monitoring layer has no controls/ },
  },
  {
    rule: 'over-budget',
    edits: [[['scenario', 'budget', 'annualUsd'], 50000]],
    expect: {
      severity: 'error',
      path: '/scenario/budget/annualUsd',
      message: /^year-1 total \$58,720 exceeds the budget of \$50,000 by \$8,720 \(117% of budget\)$/,
    },
  },
  {
    rule: 'price-stale',
    edits: [[['client', 'date'], '2027-06-01']],
    expect: { severity: 'warning', path: '/costs/models/0', message: /Claude Haiku 4\.5 is 318 days old .*as of 2026-07-18, from the catalog/ },
    count: 2,
  },
  {
    rule: 'model-unavailable',
    edits: [[['costs', 'models', 1], { model: 'gpt-4o', share: 30, inputPer1M: 2.5, outputPer1M: 10 }]],
    expect: { severity: 'warning', path: '/costs/models/1/model', message: /gpt-4o is not offered on Amazon Bedrock/ },
  },
  {
    rule: 'target-missed',
    edits: [[['costs', 'transactions', 0, 'target'], 0.001]],
    expect: {
      severity: 'warning',
      path: '/costs/transactions/0/target',
      message: /^Simple query costs \$0\.0015 per transaction, above its target of \$0\.0010?$/,
    },
  },
  {
    rule: 'lock-in',
    edits: [[['platforms', 'risks', 0], undefined]],
    expect: {
      severity: 'warning',
      path: '/platforms/risks',
      message: /provider-specific services of Amazon Bedrock \(.*Bedrock Agents are proprietary orchestration \(lock-in risk\).*Knowledge Bases.*Guardrails/,
    },
  },
  {
    rule: 'recommendation-tie',
    edits: [[['platforms', 'candidates'], ALL_FIVES]],
    expect: {
      severity: 'error',
      path: '/platforms/recommendation',
      message: /^Amazon Bedrock and .+ have the same weighted score, so the recommendation depends on a tie$/,
    },
  },
  {
    rule: 'industry-certification-missing',
    edits: [[['scenario', 'compliance'], ['SOC2']]],
    expect: {
      severity: 'error',
      path: '/scenario/compliance',
      message:
        /^HIPAA is required but not in scenario\.compliance: health data of US patients \(PHI\) is regulated by HIPAA \(industry healthcare, data in us\)$/,
    },
  },
  {
    rule: 'price-unclear',
    edits: [[['costs', 'models', 0], { model: 'claude-haiku-4-5', share: 70, inputPer1M: 0.01, outputPer1M: 0.05 }]],
    expect: {
      severity: 'error',
      path: '/costs/models/0',
      message:
        /^the price of Claude Haiku 4\.5 \(\$0\.01\/\$0\.05 per 1M input\/output tokens\) is 1\/100 of the Amazon Bedrock list price \(\$1\.00\/\$5\.00, 2026-07-18\), and has no date$/,
    },
  },
  {
    rule: 'model-deprecated',
    edits: [[['catalog'], { platforms: { 'aws-bedrock': { models: { 'claude-haiku-4-5': { deprecated: '2026-10-01' } } } } }]],
    expect: {
      severity: 'error',
      path: '/costs/models/0/model',
      message: /^Claude Haiku 4\.5 was retired on Amazon Bedrock on 2026-10-01, before the spec's date 2026-11-26$/,
    },
  },
  {
    rule: 'risk-unmitigated',
    edits: [[['deployment', 'risks', 2, 'mitigation'], undefined]],
    expect: { severity: 'warning', path: '/deployment/risks/2', message: /risk "Cost overrun" has no mitigation/ },
  },
  {
    rule: 'rollback-missing',
    edits: [[['deployment', 'rollback'], undefined]],
    expect: { severity: 'warning', path: '/deployment/rollback', message: /no rollback procedure/ },
  },
  { rule: 'no-client-date', edits: [[['client', 'date'], undefined]], expect: { severity: 'info', path: '/client', message: /no client\.date/ } },
];

describe('rules', () => {
  const reference = checkFixture('reference.yaml').report;

  it('the reference spec triggers no rule', () => {
    expect(reference.findings).toEqual([]);
  });

  it('every rule has a case here', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(CASES)('$rule fires on an edited reference spec, located at the value', ({ rule, edits, expect: want, count }) => {
    const text = edited('reference.yaml', edits);
    const { report, source } = checkText(text);
    const hits = report.findings.filter((f) => f.code === rule);
    expect(hits).toHaveLength(count ?? 1);
    const hit = hits[0]!;
    expect(hit).toMatchObject({ ...want, message: expect.stringMatching(want.message), file: 'spec.yaml' });
    expect(hit.hint?.length).toBeGreaterThan(10);
    expect({ line: hit.line, column: hit.column }).toEqual(source.locate(hit.path));
    expect(hit.line).toBeGreaterThan(0);
  });
});

describe('rule details', () => {
  const findings = (edits: readonly Edit[]) => checkText(edited('reference.yaml', edits)).report.findings;

  it('framework names are normalised: "SOC 2" and "PCI DSS" match SOC2 and PCI-DSS', () => {
    const out = findings([
      [
        ['scenario', 'compliance'],
        ['HIPAA', 'SOC 2', 'PCI DSS'],
      ],
      [['security', 'compliance', 3], { framework: 'PCI-DSS', requirement: 'Req 3', control: 'Tokenization' }],
    ]);
    expect(out).toEqual([]);
  });

  it('a zone the catalog does not list for the platform is an error', () => {
    const out = findings([[['scenario', 'dataResidency'], ['me']]]);
    expect(out).toMatchObject([{ code: 'residency-partial', severity: 'error', message: 'the catalog lists no me region for Amazon Bedrock' }]);
  });

  it('a spec catalog override can make a region available', () => {
    const out = findings([
      [
        ['scenario', 'dataResidency'],
        ['us', 'apac'],
      ],
      [['catalog'], { platforms: { 'aws-bedrock': { regions: { apac: 'available' } } } }],
    ]);
    expect(out).toEqual([]);
  });

  it('a price of exactly 180 days is not stale, 181 is', () => {
    expect(findings([[['client', 'date'], '2027-01-14']])).toEqual([]);
    expect(findings([[['client', 'date'], '2027-01-15']]).map((f) => f.code)).toEqual(['price-stale', 'price-stale']);
  });

  it('catalog rules say they do not apply to a self-hosted recommendation', () => {
    const out = findings([
      [
        ['platforms', 'candidates', 'on-prem'],
        {
          label: 'On-prem vLLM',
          scores: { modelFit: 10, integration: 10, compliance: 10, cost: 10, team: 10, support: 10 },
          strengths: ['Data stays on site'],
          limitations: ['GPU capacity to buy'],
        },
      ],
      [['platforms', 'recommendation'], 'on-prem'],
      [['costs', 'models'], [{ model: 'llama-3-3-70b', share: 100, inputPer1M: 0.5, outputPer1M: 0.5, asOf: '2026-11-01' }]],
    ]);
    expect(out.map((f) => [f.code, f.severity])).toEqual([
      ['certification-missing', 'info'],
      ['residency-partial', 'info'],
    ]);
    expect(out[0]!.message).toBe('On-prem vLLM is not in the catalog, so its certifications cannot be checked (rule does not apply)');
  });

  it('lock-in counts any provider-specific managed service in the components, not only catalog keywords', () => {
    const lockIn = (edits: readonly Edit[]) => checkText(edited('minimal.yaml', edits)).report.findings.filter((f) => f.code === 'lock-in');
    expect(lockIn([])).toEqual([]);
    const agentCore: Edit = [
      ['architecture', 'components', 1],
      { id: 'agents', kind: 'orchestrator', name: 'Agent runtime', service: 'Bedrock AgentCore Runtime' },
    ];
    expect(lockIn([agentCore])).toMatchObject([{ severity: 'warning', message: expect.stringContaining('(Bedrock AgentCore Runtime)') }]);
    // A lock-in risk with a real mitigation clears it; one mitigated by a placeholder does not.
    const risk = (mitigation: string): Edit => [['platforms', 'risks'], [{ risk: 'Lock-in to AgentCore', mitigation }]];
    expect(lockIn([agentCore, risk('Agents call tools through our own MCP gateway, so the runtime can be swapped')])).toEqual([]);
    expect(lockIn([agentCore, risk('tbd')])).toHaveLength(1);
  });

  it('a near-tie is a warning, a clear lead is nothing', () => {
    const near = findings([
      [['platforms', 'candidates', 'google-vertex', 'scores'], { modelFit: 9, integration: 10, compliance: 9, cost: 7, team: 9, support: 7 }],
    ]);
    expect(near.filter((f) => f.code === 'recommendation-tie')).toMatchObject([
      { severity: 'warning', message: 'Amazon Bedrock leads Google Vertex AI by only 0.10 points of 10, so the recommendation depends on a near-tie' },
    ]);
  });

  it('industry requirements follow the catalog: payments need PCI-DSS, US public sector FedRAMP, EU personal data GDPR', () => {
    const rules = (edits: readonly Edit[]) =>
      findings(edits)
        .filter((f) => f.code === 'industry-certification-missing')
        .map((f) => f.message.split(' ')[0]);
    expect(rules([[['client', 'industry'], 'financial-services']])).toEqual(['PCI-DSS']);
    expect(rules([[['client', 'industry'], 'retail']])).toEqual(['PCI-DSS']);
    expect(rules([[['client', 'industry'], 'public-sector']])).toEqual(['FedRAMP']);
    expect(
      rules([
        [['client', 'industry'], 'manufacturing'],
        [['scenario', 'dataResidency'], ['eu']],
      ]),
    ).toEqual(['GDPR']);
    expect(
      rules([
        [['client', 'industry'], 'manufacturing'],
        [['scenario', 'dataResidency'], ['eu']],
        [['scenario', 'dataSensitivity'], 'public'],
      ]),
    ).toEqual([]);
    // HIPAA is US law: a healthcare client with EU data only needs GDPR.
    expect(rules([[['scenario', 'dataResidency'], ['eu']]])).toEqual(['GDPR']);
  });

  it('a dated spec price near the list is fine; an undated one, or one 2x off, is a warning', () => {
    const price = (m: object) => findings([[['costs', 'models', 0], { model: 'claude-haiku-4-5', share: 70, ...m }]]).filter((f) => f.code === 'price-unclear');
    expect(price({ inputPer1M: 0.9, outputPer1M: 4.5, asOf: '2026-11-01' })).toEqual([]);
    expect(price({ inputPer1M: 0.9, outputPer1M: 4.5 })).toMatchObject([{ severity: 'warning', message: expect.stringMatching(/has no date$/) }]);
    expect(price({ inputPer1M: 3, outputPer1M: 15, asOf: '2026-11-01' })).toMatchObject([
      { severity: 'warning', message: expect.stringMatching(/is 3x the Amazon Bedrock list price/) },
    ]);
  });

  it("a model deprecated after the spec's date is a warning; one the catalog marks deprecated on Vertex fires too", () => {
    const later = findings([[['catalog'], { platforms: { 'aws-bedrock': { models: { 'claude-sonnet-4-5': { deprecated: '2027-03-01' } } } } }]]);
    expect(later.filter((f) => f.code === 'model-deprecated')).toMatchObject([
      { severity: 'warning', path: '/costs/models/1/model', message: 'Claude Sonnet 4.5 is deprecated on Amazon Bedrock (retirement 2027-03-01)' },
    ]);
    const vertex = findings([
      [['platforms', 'recommendation'], 'google-vertex'],
      [['costs', 'models'], [{ model: 'gemini-2-0-flash', share: 100 }]],
    ]);
    expect(vertex.filter((f) => f.code === 'model-deprecated')).toMatchObject([
      { severity: 'error', message: "Gemini 2.0 Flash was retired on Google Vertex AI on 2026-06-01, before the spec's date 2026-11-26" },
    ]);
  });

  it('findings are sorted by severity, then by line', () => {
    const out = findings([
      [['client', 'date'], undefined],
      [['scenario', 'budget', 'annualUsd'], 1000],
      [['deployment', 'rollback'], undefined],
      [['security', 'layers', 'data'], []],
    ]);
    expect(out.map((f) => f.code)).toEqual(['over-budget', 'layer-empty', 'rollback-missing', 'no-client-date']);
  });

  it('reports are deterministic', () => {
    const text = fixtureText('reference.yaml');
    expect(JSON.stringify(checkText(text).report)).toBe(JSON.stringify(checkText(text).report));
  });
});
