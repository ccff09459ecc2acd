// The course's four-question platform decision tree (Module 6, Segment 4),
// answered from the scenario, so diagrams and documents show the same path.
import type { Scenario } from '../spec/types.js';
import type { DecisionStep } from './types.js';

const CLOUD_PLATFORM: Readonly<Record<string, string>> = { aws: 'AWS Bedrock', azure: 'Azure OpenAI', gcp: 'Google Vertex AI' };
const CLOUD_NAME: Readonly<Record<string, string>> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud' };

function existingCloud(s: Scenario): DecisionStep {
  const question = 'Do you have existing cloud infrastructure?';
  const cloud = s.existingCloud ?? 'none';
  if (cloud === 'none') return { step: 1, question, branch: 'no', answer: 'No', outcome: 'Evaluate based on model and feature needs' };
  if (cloud === 'multi') return { step: 1, question, branch: 'multi', answer: 'Yes, several clouds', outcome: 'Prefer the platform of the cloud that hosts the data' };
  return { step: 1, question, branch: 'yes', answer: `Yes: ${CLOUD_NAME[cloud] ?? cloud}`, outcome: `Prefer ${CLOUD_PLATFORM[cloud] ?? cloud} for integration` };
}

function models(s: Scenario): DecisionStep {
  const question = 'Do you need specific models?';
  switch (s.modelPreference) {
    case 'openai':
      return { step: 2, question, branch: 'openai', answer: 'OpenAI GPT models only', outcome: 'Azure OpenAI' };
    case 'anthropic':
      return { step: 2, question, branch: 'claude', answer: 'Claude only', outcome: 'AWS Bedrock or Google Vertex AI' };
    case 'google':
      return { step: 2, question, branch: 'google', answer: 'Gemini only', outcome: 'Google Vertex AI' };
    default:
      return { step: 2, question, branch: 'flexible', answer: 'Flexibility needed', outcome: 'AWS Bedrock (most models)' };
  }
}

function compliance(s: Scenario): DecisionStep {
  const question = 'What are your compliance requirements?';
  const frameworks = s.compliance ?? [];
  if (frameworks.some((f) => /fedramp/i.test(f))) {
    return { step: 3, question, branch: 'fedramp', answer: 'Government/FedRAMP', outcome: 'All three platforms support FedRAMP High' };
  }
  const residency = s.dataResidency ?? [];
  if (residency.length > 0) {
    return { step: 3, question, branch: 'residency', answer: `Data residency: ${residency.join(', ')}`, outcome: 'Check regional availability' };
  }
  if (frameworks.length > 0) {
    return { step: 3, question, branch: 'industry', answer: `Industry-specific: ${frameworks.join(', ')}`, outcome: 'Verify certifications' };
  }
  return { step: 3, question, branch: 'none', answer: 'No specific requirements', outcome: 'Any platform qualifies' };
}

function team(s: Scenario): DecisionStep {
  const question = "What is your team's expertise?";
  const skills = s.teamExpertise ?? [];
  if (skills.length === 0) return { step: 4, question, branch: 'no-skills', answer: 'No cloud AI skills yet', outcome: 'Budget for training on the chosen platform' };
  return { step: 4, question, branch: 'skills', answer: skills.join(', '), outcome: 'Weight platforms by existing skills' };
}

export function decisionPath(scenario: Scenario): DecisionStep[] {
  return [existingCloud(scenario), models(scenario), compliance(scenario), team(scenario)];
}
