// Specs that push the deck: hostile text (XML metacharacters, control
// characters, lone surrogates) and lists long enough to need continuation slides.
import type { Spec } from '../../../src/spec/types.js';
import { referenceSpec } from './helpers.js';

export const HOSTILE_NAME = 'Acme & Sons <R&D> "Q1"';
const BAD = '\u0007\u000b\u001b\uFFFE\uD800';

export function hostileSpec(): Spec {
  const spec = referenceSpec();
  spec.client.name = HOSTILE_NAME;
  spec.client.preparedBy = `Ann${BAD} O'Neil & <Co>`;
  spec.scenario.useCase = `Triage${BAD} & summarise <notes> "fast"`;
  spec.scenario.description = `Line one\u0000\r\nline two ]]> <![CDATA[ x ]]>`;
  spec.scenario.useCases![0]!.name = `Summaries${BAD} <b>bold</b>`;
  spec.scenario.successCriteria![0]!.metric = `Time & motion${BAD}`;
  spec.platforms.rationale = [`Reuse${BAD} & <IAM>`, 'Lone high surrogate \uD83D here, and a real emoji 😀 too'];
  spec.architecture.components[0]!.name = `Users${BAD} "quoted" & <tagged>`;
  spec.security!.layers!.network![0]!.control = `VPC${BAD} <isolation> & more`;
  spec.security!.compliance![0]!.requirement = `164.312 <a> & "b"${BAD}`;
  spec.deployment!.phases![0]!.name = `Pilot${BAD} & <ward>`;
  spec.deployment!.risks![0]!.mitigation = `Cache & retry${BAD} <always>`;
  spec.operations!.escalation = [`On-call${BAD} & <team>`, 'Lead'];
  spec.proposal!.nextSteps = [`Approve${BAD} & <sign>`];
  spec.proposal!.decisions![0]!.owner = `C&O <x>${BAD}`;
  return spec;
}

const LONG = 'A deliberately long sentence that keeps going well past what a slide can hold in one line of text, '.repeat(4);

export function longSpec(): Spec {
  const spec = referenceSpec();
  spec.platforms.rationale = Array.from({ length: 9 }, (_, i) => `Reason ${i + 1}: ${LONG}`);
  spec.security!.compliance = Array.from({ length: 17 }, (_, i) => ({
    framework: i % 2 === 0 ? 'HIPAA' : 'SOC2',
    requirement: `Requirement ${i + 1} ${LONG}`,
    control: `Control ${i + 1}`,
    evidence: 'Export',
  }));
  spec.security!.layers!.data = Array.from({ length: 7 }, (_, i) => ({ control: `Data control ${i + 1}`, implementation: LONG }));
  spec.deployment!.risks = Array.from({ length: 11 }, (_, i) => ({
    risk: `Risk ${i + 1} ${LONG}`,
    likelihood: 'high' as const,
    impact: 'high' as const,
    mitigation: LONG,
  }));
  spec.deployment!.phases = Array.from({ length: 7 }, (_, i) => ({
    name: `Phase ${i + 1} ${LONG}`,
    startWeek: 1 + i * 6,
    weeks: 6,
    users: 100 * (i + 1),
    scope: LONG,
  }));
  spec.proposal!.nextSteps = Array.from({ length: 8 }, (_, i) => `Step ${i + 1} ${LONG}`);
  return spec;
}

export const LONG_TEXT = LONG;

const pad = (i: number) => String(i + 1).padStart(2, '0');
const WORDS = 'with enough words to wrap onto a second line in most cells of the deck';

/**
 * Every list the deck shows, at the schema's maximum length, each item tagged
 * with a token (UC01, R17…) so a test can find it on the slides.
 */
export function hugeSpec(): Spec {
  const spec = referenceSpec();
  spec.scenario.useCases = Array.from({ length: 30 }, (_, i) => ({
    name: `UC${pad(i)} use case ${WORDS}`,
    description: `Description ${WORDS} ${WORDS}`,
    priority: 'high' as const,
    volume: `${i + 1}00 a day`,
  }));
  spec.scenario.successCriteria = Array.from({ length: 30 }, (_, i) => ({ metric: `SC${pad(i)} criterion ${WORDS}`, target: `${i}%`, current: 'today' }));
  spec.platforms.rationale = Array.from({ length: 20 }, (_, i) => `RA${pad(i)} reason ${WORDS} ${WORDS}`);
  for (const layer of ['network', 'identity', 'application', 'data', 'monitoring'] as const) {
    spec.security!.layers![layer] = Array.from({ length: 30 }, (_, i) => ({
      control: `${layer.slice(0, 2).toUpperCase()}${pad(i)} control`,
      implementation: `Implementation ${WORDS}`,
      status: 'planned' as const,
    }));
  }
  spec.security!.compliance = Array.from({ length: 100 }, (_, i) => ({
    framework: i % 2 === 0 ? 'HIPAA' : 'SOC2',
    requirement: `CM${String(i + 1).padStart(3, '0')} requirement ${WORDS}`,
    control: `Control ${WORDS}`,
    evidence: 'Export',
  }));
  spec.costs.optimizations = Array.from({ length: 20 }, (_, i) => ({
    strategy: `OP${pad(i)} strategy ${WORDS}`,
    appliesTo: 'ai' as const,
    savingsPercent: 1,
    startMonth: 1 + (i % 12),
    effort: 'low' as const,
  }));
  spec.deployment!.phases = Array.from({ length: 12 }, (_, i) => ({ name: `PH${pad(i)} phase`, startWeek: 1 + i * 4, weeks: 4, scope: `Scope ${WORDS}` }));
  spec.platforms.risks = Array.from({ length: 30 }, (_, i) => ({ risk: `PR${pad(i)} platform risk ${WORDS}`, mitigation: `Mitigation ${WORDS}` }));
  spec.deployment!.risks = Array.from({ length: 30 }, (_, i) => ({
    risk: `DR${pad(i)} delivery risk ${WORDS}`,
    likelihood: 'medium' as const,
    impact: 'high' as const,
    mitigation: `Mitigation ${WORDS} ${WORDS}`,
  }));
  spec.operations!.metrics = Array.from({ length: 30 }, (_, i) => ({ metric: `ME${pad(i)} metric`, warning: `>${i}`, critical: `>${i * 2}` }));
  spec.operations!.alertRouting = Array.from({ length: 10 }, (_, i) => ({
    severity: `AL${pad(i)}`,
    channel: `Channel ${i + 1}`,
    responseTime: `${i + 1} min`,
  }));
  spec.operations!.escalation = Array.from({ length: 10 }, (_, i) => `ES${pad(i)} level`);
  spec.proposal!.nextSteps = Array.from({ length: 20 }, (_, i) => `NS${pad(i)} step ${WORDS}`);
  spec.proposal!.decisions = Array.from({ length: 20 }, (_, i) => ({ decision: `DE${pad(i)} decision ${WORDS}`, owner: 'CIO', deadline: '2027-01-10' }));
  return spec;
}

/** The tokens of every item `hugeSpec` puts in a list. */
export function hugeTokens(): string[] {
  const range = (prefix: string, n: number, width = 2) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(width, '0')}`);
  return [
    ...range('UC', 30),
    ...range('SC', 30),
    ...range('RA', 20),
    ...['NE', 'ID', 'AP', 'DA', 'MO'].flatMap((p) => range(p, 30)),
    ...range('CM', 100, 3),
    ...range('OP', 20),
    ...range('PH', 12),
    ...range('PR', 30),
    ...range('DR', 30),
    ...range('ME', 30),
    ...range('AL', 10),
    ...range('ES', 10),
    ...range('NS', 20),
    ...range('DE', 20),
  ];
}
