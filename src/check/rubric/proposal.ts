// Criterion 4, Enterprise Proposal Quality: a summary that says something
// specific, a recommendation the scores decide, a realistic roadmap, concrete
// requirements, and real next steps and decisions.
import { toPointer } from '../../spec/pointer.js';
import { fillerReason } from '../substance/filler.js';
import { distinctSentences, wordCount } from '../substance/prose.js';
import type { Judged } from '../substance/spec-text.js';
import { firstHollow, gap, hollowWhy, met, plural, usedText, usedValue, type Criterion } from './point.js';

export const MIN_SUMMARY_WORDS = 20;
export const MIN_SUMMARY_SENTENCES = 2;
export const MIN_ROLLBACK_STEPS = 2;

export const proposalQuality: Criterion = {
  id: 'proposal-quality',
  name: 'Enterprise Proposal Quality',
  points: [
    {
      requirement: `an executive summary of ${MIN_SUMMARY_WORDS} or more words in ${MIN_SUMMARY_SENTENCES} or more distinct sentences, naming a service or a number`,
      evaluate({ spec, text }) {
        const j = text.judge(spec.proposal?.executiveSummary, '/proposal/executiveSummary');
        const used = [usedText(j, true)];
        const fix = `write an executive summary of at least ${MIN_SUMMARY_WORDS} words and ${MIN_SUMMARY_SENTENCES} sentences in proposal.executiveSummary: the problem, the recommendation, the expected result in numbers`;
        if (j.hollow !== null) return gap(hollowWhy(j), fix, '/proposal/executiveSummary', used);
        const n = wordCount(j.text);
        if (n < MIN_SUMMARY_WORDS) return gap(`the executive summary has ${plural(n, 'word')}`, fix, '/proposal/executiveSummary', used);
        const sentences = distinctSentences(j.text);
        if (sentences < MIN_SUMMARY_SENTENCES)
          return gap(`the executive summary is ${plural(sentences, 'distinct sentence')}`, fix, '/proposal/executiveSummary', used);
        if (!j.specific) return gap('the executive summary names no service and no number', fix, '/proposal/executiveSummary', used);
        return met(`executive summary of ${n} words in ${sentences} sentences`, used);
      },
    },
    {
      requirement: 'a stated recommendation (platforms.recommendation) that has the top weighted score, clear of a tie',
      evaluate({ spec, model, tie, platformLabel }) {
        const used = [
          usedValue('/platforms/recommendation', spec.platforms.recommendation ?? 'not stated'),
          ...model.scores.map((s) => usedValue(toPointer(['platforms', 'candidates', s.platform]), `${s.label} ${s.weighted.toFixed(2)} (rank ${s.rank})`)),
        ];
        if (spec.platforms.recommendation === undefined)
          return gap(
            'the spec does not state a recommendation',
            `state the recommendation in platforms.recommendation (the top score is ${model.topPlatform})`,
            '/platforms/recommendation',
            used,
          );
        const rank = model.scores.find((s) => s.platform === model.recommendation)?.rank;
        if (rank !== 1)
          return gap(
            `the recommendation ${model.recommendation} is not the top score (${model.topPlatform})`,
            'align the recommendation and the scores',
            '/platforms/recommendation',
            used,
          );
        if (tie)
          return gap(
            `${platformLabel} leads ${tie.runnerUp} by ${tie.margin.toFixed(2)} points: the recommendation rests on a ${tie.kind}`,
            'separate the candidates on evidence, or present both and the deciding factor',
            '/platforms/recommendation',
            used,
          );
        return met(`recommendation ${model.recommendation}, the top weighted score by ${model.margin.toFixed(2)} points`, used);
      },
    },
    {
      requirement: `a roadmap: deployment.strategy, 2 or more phases each with real success criteria, and a rollback plan of ${MIN_ROLLBACK_STEPS} or more real steps`,
      evaluate({ spec, text }) {
        const d = spec.deployment;
        if (d?.strategy === undefined)
          return gap('no deployment strategy is chosen', 'choose a deployment strategy in deployment.strategy', '/deployment/strategy');
        const phases = d.phases ?? [];
        const judged: Judged[] = phases.flatMap((p, i) =>
          (p.successCriteria ?? []).map((c, j) => text.judge(c, toPointer(['deployment', 'phases', i, 'successCriteria', j]))),
        );
        const rollback = (d.rollback ?? []).map((s, i) => text.judge(s, toPointer(['deployment', 'rollback', i])));
        const used = [...judged, ...rollback].map((j) => usedText(j));
        if (phases.length < 2)
          return gap(`the roadmap has ${plural(phases.length, 'phase')}`, 'plan at least 2 phases in deployment.phases', '/deployment/phases', used);
        const i = phases.findIndex((p) => (p.successCriteria?.length ?? 0) === 0);
        if (i >= 0)
          return gap(
            `the phase "${phases[i]!.name}" has no success criteria`,
            'give each phase go/no-go criteria',
            toPointer(['deployment', 'phases', i]),
            used,
          );
        const bad = firstHollow([...judged, ...rollback]);
        if (bad) return gap(hollowWhy(bad), 'write real success criteria and rollback steps', bad.path, used);
        if (rollback.length < MIN_ROLLBACK_STEPS)
          return gap(
            `the rollback plan has ${plural(rollback.length, 'step')}`,
            `document at least ${MIN_ROLLBACK_STEPS} rollback steps in deployment.rollback`,
            rollback.length === 0 ? '/deployment' : '/deployment/rollback',
            used,
          );
        return met(`${d.strategy} rollout in ${plural(phases.length, 'phase')} with success criteria and ${plural(rollback.length, 'rollback step')}`, used);
      },
    },
    {
      requirement: 'business requirements: substantive scenario.useCases and successCriteria, at least one with a numeric target',
      evaluate({ spec, text }) {
        const useCases = spec.scenario.useCases ?? [];
        if (useCases.length === 0) return gap('no use cases are listed', 'list the use cases in scenario.useCases', '/scenario/useCases');
        const judged = useCases.flatMap((u, i) => {
          const path = toPointer(['scenario', 'useCases', i]);
          return [
            text.judge(u.name, `${path}/name`),
            ...(u.description === undefined ? [] : [text.judge(u.description, `${path}/description`, { text: u.name, label: 'use-case name' })]),
          ];
        });
        const criteria = spec.scenario.successCriteria ?? [];
        judged.push(...criteria.map((c, i) => text.judge(c.metric, toPointer(['scenario', 'successCriteria', i, 'metric']))));
        const used = judged.map((j) => usedText(j));
        const bad = firstHollow(judged);
        if (bad) return gap(hollowWhy(bad), 'describe each use case and success metric in your own words', bad.path, used);
        if (criteria.length === 0)
          return gap('no success criteria are given', 'give measurable success criteria in scenario.successCriteria', '/scenario/successCriteria', used);
        if (!criteria.some((c) => /\d/.test(c.target ?? '')))
          return gap(
            'no success criterion has a numeric target',
            'give each success criterion a measurable target (a number, a percentage, a time)',
            '/scenario/successCriteria',
            used,
          );
        return met(`${plural(useCases.length, 'use case')} and ${plural(criteria.length, 'success criterion', 'success criteria')} with numeric targets`, used);
      },
    },
    {
      requirement: 'real next steps, decisions with owners, and client.preparedBy and client.date',
      evaluate({ spec, text }) {
        const p = spec.proposal;
        const steps = (p?.nextSteps ?? []).map((s, i) => text.judge(s, toPointer(['proposal', 'nextSteps', i])));
        const decisions = p?.decisions ?? [];
        const judged = [...steps, ...decisions.map((d, i) => text.judge(d.decision, toPointer(['proposal', 'decisions', i, 'decision'])))];
        const used = judged.map((j) => usedText(j));
        if (steps.length === 0) return gap('no next steps are listed', 'list the next steps in proposal.nextSteps', '/proposal/nextSteps', used);
        const bad = firstHollow(judged);
        if (bad) return gap(hollowWhy(bad), 'write next steps and decisions the client can act on', bad.path, used);
        if (decisions.length === 0)
          return gap(
            'no decisions are asked of the client',
            'list the decisions needed in proposal.decisions, each with an owner',
            '/proposal/decisions',
            used,
          );
        const i = decisions.findIndex((d) => d.owner === undefined || fillerReason(d.owner) !== null);
        if (i >= 0)
          return gap(
            `the decision "${decisions[i]!.decision}" has no real owner`,
            'name the owner of every decision',
            toPointer(['proposal', 'decisions', i]),
            used,
          );
        if (spec.client.preparedBy === undefined)
          return gap('the proposal does not say who prepared it', 'say who prepared the proposal in client.preparedBy', '/client/preparedBy', used);
        if (spec.client.date === undefined) return gap('the proposal is undated', 'date the proposal in client.date', '/client/date', used);
        return met(`${plural(steps.length, 'next step')}, ${plural(decisions.length, 'decision')} with owners, prepared by ${spec.client.preparedBy}`, used);
      },
    },
  ],
};
