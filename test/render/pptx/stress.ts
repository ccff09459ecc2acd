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
