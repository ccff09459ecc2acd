// Criterion 4, Enterprise Proposal Quality: executive summary, clear
// recommendation, realistic roadmap, requirements, next steps and decisions.
import { toPointer } from '../../spec/pointer.js';
import { gap, met, plural, words, type Criterion } from './point.js';

export const MIN_SUMMARY_WORDS = 20;

export const proposalQuality: Criterion = {
  id: 'proposal-quality',
  name: 'Enterprise Proposal Quality',
  points: [
    {
      requirement: `an executive summary of ${MIN_SUMMARY_WORDS} or more words`,
      evaluate({ spec }) {
        const n = words(spec.proposal?.executiveSummary);
        return n >= MIN_SUMMARY_WORDS ? met(`executive summary of ${n} words`)
          : gap(`write an executive summary of at least ${MIN_SUMMARY_WORDS} words in proposal.executiveSummary (now ${n})`, '/proposal/executiveSummary');
      },
    },
    {
      requirement: 'a stated recommendation (platforms.recommendation) that has the top weighted score',
      evaluate({ spec, model }) {
        if (spec.platforms.recommendation === undefined) return gap(`state the recommendation in platforms.recommendation (the top score is ${model.topPlatform})`, '/platforms/recommendation');
        const rank = model.scores.find((s) => s.platform === model.recommendation)?.rank;
        return rank === 1 ? met(`recommendation ${model.recommendation}, the top weighted score`)
          : gap(`the recommendation ${model.recommendation} is not the top score (${model.topPlatform}): align it or the scores`, '/platforms/recommendation');
      },
    },
    {
      requirement: 'a roadmap: deployment.strategy, 2 or more phases each with success criteria, and a rollback plan',
      evaluate({ spec }) {
        const d = spec.deployment;
        if (d?.strategy === undefined) return gap('choose a deployment strategy in deployment.strategy', '/deployment/strategy');
        const phases = d.phases ?? [];
        if (phases.length < 2) return gap(`plan at least 2 phases in deployment.phases (now ${phases.length})`, '/deployment/phases');
        const i = phases.findIndex((p) => (p.successCriteria?.length ?? 0) === 0);
        if (i >= 0) return gap(`give success criteria for the phase "${phases[i]!.name}"`, toPointer(['deployment', 'phases', i]));
        if ((d.rollback?.length ?? 0) === 0) return gap('document the rollback steps in deployment.rollback', '/deployment/rollback');
        return met(`${d.strategy} rollout in ${plural(phases.length, 'phase')} with success criteria and rollback`);
      },
    },
    {
      requirement: 'business requirements: 1 or more scenario.useCases and successCriteria',
      evaluate({ spec }) {
        const uc = spec.scenario.useCases?.length ?? 0;
        if (uc === 0) return gap('list the use cases in scenario.useCases', '/scenario/useCases');
        const sc = spec.scenario.successCriteria?.length ?? 0;
        if (sc === 0) return gap('give measurable success criteria in scenario.successCriteria', '/scenario/successCriteria');
        return met(`${plural(uc, 'use case')} and ${plural(sc, 'success criterion', 'success criteria')}`);
      },
    },
    {
      requirement: 'next steps, decisions with owners, and client.preparedBy and client.date',
      evaluate({ spec }) {
        const p = spec.proposal;
        if ((p?.nextSteps?.length ?? 0) === 0) return gap('list the next steps in proposal.nextSteps', '/proposal/nextSteps');
        const decisions = p?.decisions ?? [];
        if (decisions.length === 0) return gap('list the decisions needed in proposal.decisions, each with an owner', '/proposal/decisions');
        const i = decisions.findIndex((d) => d.owner === undefined);
        if (i >= 0) return gap(`name the owner of the decision "${decisions[i]!.decision}"`, toPointer(['proposal', 'decisions', i]));
        if (spec.client.preparedBy === undefined) return gap('say who prepared the proposal in client.preparedBy', '/client/preparedBy');
        if (spec.client.date === undefined) return gap('date the proposal in client.date', '/client/date');
        return met(`${plural(p!.nextSteps!.length, 'next step')}, ${plural(decisions.length, 'decision')} with owners, prepared by ${spec.client.preparedBy}`);
      },
    },
  ],
};
