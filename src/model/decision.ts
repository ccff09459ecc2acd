// The course's four-question platform decision tree (Module 6, Segment 4),
// answered from the scenario, so diagrams and documents show the same path.
import type { Scenario } from '../spec/types.js';
import type { DecisionStep } from './types.js';
import { lookupTable } from '../records.js';

export interface DecisionBranch {
  /** Matches DecisionStep.branch. */
  readonly key: string;
  readonly answer: string;
  readonly outcome: string;
}

export interface DecisionQuestion {
  readonly question: string;
  readonly branches: readonly DecisionBranch[];
}

/** The course's tree with every branch in its generic wording; a client's path (below) names one branch per question. */
export const DECISION_TREE: readonly DecisionQuestion[] = [
  {
    question: 'Do you have existing cloud infrastructure?',
    branches: [
      { key: 'yes', answer: 'Yes', outcome: 'Prefer that platform for integration' },
      { key: 'multi', answer: 'Several clouds', outcome: 'Prefer the cloud that hosts the data' },
      { key: 'no', answer: 'No', outcome: 'Evaluate based on model and feature needs' },
    ],
  },
  {
    question: 'Do you need specific models?',
    branches: [
      { key: 'openai', answer: 'OpenAI GPT only', outcome: 'Azure OpenAI' },
      { key: 'claude', answer: 'Claude only', outcome: 'Amazon Bedrock or Google Vertex AI' },
      { key: 'google', answer: 'Gemini only', outcome: 'Google Vertex AI' },
      { key: 'flexible', answer: 'Flexibility needed', outcome: 'Amazon Bedrock (most models)' },
    ],
  },
  {
    question: 'What are your compliance requirements?',
    branches: [
      { key: 'fedramp', answer: 'Government/FedRAMP', outcome: 'All three platforms support FedRAMP High' },
      { key: 'residency', answer: 'Data residency', outcome: 'Check regional availability' },
      { key: 'industry', answer: 'Industry-specific', outcome: 'Verify certifications' },
      { key: 'none', answer: 'No specific requirements', outcome: 'Any platform qualifies' },
    ],
  },
  {
    question: "What is your team's expertise?",
    branches: [
      { key: 'skills', answer: 'Existing skills', outcome: 'Weight platforms by existing skills' },
      { key: 'no-skills', answer: 'No cloud AI skills yet', outcome: 'Budget for training on the chosen platform' },
    ],
  },
];

/** One step of the path: the tree's wording, with the client's own answer or outcome where given. */
function step(index: number, key: string, own: { answer?: string; outcome?: string } = {}): DecisionStep {
  const node = DECISION_TREE[index]!;
  const branch = node.branches.find((b) => b.key === key)!;
  return { step: index + 1, question: node.question, branch: key, answer: own.answer ?? branch.answer, outcome: own.outcome ?? branch.outcome };
}

const CLOUD_PLATFORM = lookupTable({ aws: 'Amazon Bedrock', azure: 'Azure OpenAI', gcp: 'Google Vertex AI' });
const CLOUD_NAME = lookupTable({ aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud' });

function existingCloud(s: Scenario): DecisionStep {
  const cloud = s.existingCloud ?? 'none';
  if (cloud === 'none') return step(0, 'no');
  if (cloud === 'multi') return step(0, 'multi', { answer: 'Yes, several clouds' });
  return step(0, 'yes', { answer: `Yes: ${CLOUD_NAME[cloud] ?? cloud}`, outcome: `Prefer ${CLOUD_PLATFORM[cloud] ?? cloud} for integration` });
}

function models(s: Scenario): DecisionStep {
  switch (s.modelPreference) {
    case 'openai':
      return step(1, 'openai');
    case 'anthropic':
      return step(1, 'claude');
    case 'google':
      return step(1, 'google');
    default:
      return step(1, 'flexible');
  }
}

function compliance(s: Scenario): DecisionStep {
  const frameworks = s.compliance ?? [];
  if (frameworks.some((f) => /fedramp/i.test(f))) return step(2, 'fedramp');
  const residency = s.dataResidency ?? [];
  // Regions read as the documents print them ("US", "EU"), not as the spec's ids.
  if (residency.length > 0) return step(2, 'residency', { answer: `Data residency: ${residency.map((r) => r.toUpperCase()).join(', ')}` });
  if (frameworks.length > 0) return step(2, 'industry', { answer: `Industry-specific: ${frameworks.join(', ')}` });
  return step(2, 'none');
}

function team(s: Scenario): DecisionStep {
  const skills = s.teamExpertise ?? [];
  // A cloud skill by the cloud's name ("AWS"), as the documents' infrastructure line gives it.
  return skills.length === 0 ? step(3, 'no-skills') : step(3, 'skills', { answer: skills.map((k) => CLOUD_NAME[k] ?? k).join(', ') });
}

export function decisionPath(scenario: Scenario): DecisionStep[] {
  return [existingCloud(scenario), models(scenario), compliance(scenario), team(scenario)];
}
