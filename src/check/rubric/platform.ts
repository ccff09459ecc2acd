// Criterion 1, Platform Analysis: a comparison that discriminates, a specific
// rationale, risks with real mitigations, both sides of every candidate, and
// the client's own factors including the certifications its industry requires.
import { toPointer } from '../../spec/pointer.js';
import type { CheckContext } from '../context.js';
import { sameFramework } from '../frameworks.js';
import { lockInFeatures } from '../rules/lock-in-features.js';
import type { Judged } from '../substance/spec-text.js';
import { firstHollow, gap, hollowWhy, met, plural, usedText, usedValue, type Criterion } from './point.js';

export const MIN_CRITERIA = 4;
export const MIN_RATIONALE = 2;

/** Every candidate given the same score on every criterion: a comparison that compares nothing. */
function identicalScores(ctx: CheckContext): boolean {
  const vectors = ctx.model.scores.map((s) => s.criteria.map((c) => c.score).join(','));
  return vectors.length >= 2 && new Set(vectors).size === 1;
}

export const platformAnalysis: Criterion = {
  id: 'platform-analysis',
  name: 'Platform Analysis',
  points: [
    {
      requirement: `2 or more candidates scored on ${MIN_CRITERIA} or more weighted criteria, with scores that separate the recommendation from the runner-up`,
      evaluate(ctx) {
        const { model } = ctx;
        const n = model.criteria.length;
        const used = [
          usedValue('/platforms/weights', model.criteria.map((c) => `${c.id} ${c.weight}%`).join(', ')),
          ...model.scores.map((s) => usedValue(toPointer(['platforms', 'candidates', s.platform, 'scores']), `${s.label} weighted ${s.weighted.toFixed(2)}`)),
        ];
        if (model.scores.length < 2) return gap('only one candidate is scored', 'score at least 2 candidate platforms', '/platforms/candidates', used);
        if (n < MIN_CRITERIA)
          return gap(
            `only ${plural(n, 'criterion', 'criteria')} weighted`,
            `weight and score at least ${MIN_CRITERIA} criteria (e.g. modelFit, integration, compliance, cost, team, support)`,
            '/platforms/weights',
            used,
          );
        if (identicalScores(ctx))
          return gap(
            'every candidate has the same score on every criterion, so the comparison decides nothing',
            'score each candidate on its own evidence per criterion',
            '/platforms/candidates',
            used,
          );
        if (ctx.tie) {
          return gap(
            `${ctx.platformLabel} is ${ctx.tie.margin.toFixed(2)} points ahead of ${ctx.tie.runnerUp} on a 10-point scale: a ${ctx.tie.kind}, not a decision`,
            'separate the candidates on the criteria that matter to this client, or present the tie and the tie-breaker honestly',
            '/platforms/candidates',
            used,
          );
        }
        return met(
          `${plural(model.scores.length, 'candidate')} scored on ${plural(n, 'weighted criterion', 'weighted criteria')}; the recommendation leads by ${model.margin.toFixed(2)} points`,
          used,
        );
      },
    },
    {
      requirement: `a rationale of ${MIN_RATIONALE} or more distinct, substantive entries, at least one naming a service or a number`,
      evaluate({ spec, text }) {
        const judged = (spec.platforms.rationale ?? []).map((r, i) => text.judge(r, toPointer(['platforms', 'rationale', i])));
        const used = judged.map((j) => usedText(j, true));
        const real = judged.filter((j) => j.hollow === null);
        const bad = firstHollow(judged);
        if (real.length < MIN_RATIONALE) {
          return gap(
            bad ? hollowWhy(bad) : `the rationale has ${plural(real.length, 'entry', 'entries')}`,
            `give at least ${MIN_RATIONALE} reasons for the recommendation in platforms.rationale, in your own words (now ${real.length} that count)`,
            bad?.path ?? '/platforms/rationale',
            used,
          );
        }
        if (!real.some((j) => j.specific))
          return gap(
            'no rationale entry names a service, a client fact or a number',
            'tie at least one reason to something concrete: a service the client runs, a measured result, a price',
            '/platforms/rationale',
            used,
          );
        return met(`rationale of ${plural(real.length, 'substantive entry', 'substantive entries')}`, used);
      },
    },
    {
      requirement: 'platform risks listed, each with a substantive mitigation, and lock-in mitigated when the design relies on provider-specific services',
      evaluate(ctx) {
        const risks = ctx.spec.platforms.risks ?? [];
        if (risks.length === 0)
          return gap('no platform risks are listed', 'list the platform risks with their mitigations in platforms.risks', '/platforms/risks');
        const judged: Judged[] = [];
        for (const [i, r] of risks.entries()) {
          judged.push(ctx.text.judge(r.risk, toPointer(['platforms', 'risks', i, 'risk'])));
          judged.push(ctx.text.judge(r.mitigation, toPointer(['platforms', 'risks', i, 'mitigation']), { text: r.risk, label: 'risk' }));
        }
        const used = judged.map((j) => usedText(j));
        const bad = firstHollow(judged);
        if (bad) return gap(hollowWhy(bad), 'name each risk and say how it is mitigated, concretely', bad.path, used);
        const lockIn = lockInFeatures(ctx);
        if (lockIn.features.length > 0 && !lockIn.mitigated) {
          return gap(
            `the design relies on provider-specific services (${lockIn.features
              .slice(0, 3)
              .map((f) => `"${f}"`)
              .join(', ')}${lockIn.features.length > 3 ? ` and ${lockIn.features.length - 3} more` : ''}) and no platform risk mitigates lock-in`,
            'add a lock-in risk with its mitigation (an abstraction layer, portable data, an exit plan)',
            '/platforms/risks',
            used,
          );
        }
        return met(`${plural(risks.length, 'platform risk')}, each with a substantive mitigation`, used);
      },
    },
    {
      requirement: 'substantive strengths and limitations for every candidate',
      evaluate({ spec, text }) {
        const used = [];
        for (const [id, c] of Object.entries(spec.platforms.candidates)) {
          for (const field of ['strengths', 'limitations'] as const) {
            const judged = (c?.[field] ?? []).map((s, i) => text.judge(s, toPointer(['platforms', 'candidates', id, field, i])));
            used.push(...judged.map((j) => usedText(j)));
            const path = toPointer(['platforms', 'candidates', id, field]);
            if (judged.length === 0) return gap(`${id} has no ${field}`, `list the ${field} of ${id}`, path, used);
            const bad = firstHollow(judged);
            if (bad) return gap(hollowWhy(bad), `state the real ${field} of ${id}`, bad.path, used);
          }
        }
        return met('substantive strengths and limitations for every candidate', used);
      },
    },
    {
      requirement: 'client-specific factors: scenario.existingCloud, dataResidency and compliance filled, including every certification the industry requires',
      evaluate({ spec, required }) {
        const s = spec.scenario;
        const used = [
          usedValue('/client/industry', spec.client.industry ?? 'not given'),
          usedValue('/scenario/compliance', (s.compliance ?? []).join(', ') || 'none'),
        ];
        if (s.existingCloud === undefined)
          return gap('the spec does not say which cloud the client already uses', 'say so in scenario.existingCloud', '/scenario/existingCloud', used);
        if ((s.dataResidency?.length ?? 0) === 0)
          return gap('no data-residency zones are given', 'list the data-residency zones in scenario.dataResidency', '/scenario/dataResidency', used);
        if ((s.compliance?.length ?? 0) === 0)
          return gap(
            'no compliance frameworks are listed',
            'list the compliance frameworks the client must meet in scenario.compliance',
            '/scenario/compliance',
            used,
          );
        const missing = required.find((r) => !(s.compliance ?? []).some((f) => sameFramework(f, r.framework)));
        if (missing)
          return gap(`${missing.framework} is missing: ${missing.why}`, `add ${missing.framework} to scenario.compliance`, '/scenario/compliance', used);
        return met(`client factors: existing cloud ${s.existingCloud}, compliance ${s.compliance!.join(', ')}, residency ${s.dataResidency!.join(', ')}`, used);
      },
    },
  ],
};
