// Criterion 1, Platform Analysis: comparison with scoring, rationale, risks, client factors.
import { toPointer } from '../../spec/pointer.js';
import { gap, met, plural, type Criterion } from './point.js';

export const MIN_CRITERIA = 4;

export const platformAnalysis: Criterion = {
  id: 'platform-analysis',
  name: 'Platform Analysis',
  points: [
    {
      requirement: `2 or more candidates scored on ${MIN_CRITERIA} or more weighted criteria`,
      evaluate({ model }) {
        const n = model.criteria.length;
        return n >= MIN_CRITERIA
          ? met(`${plural(model.scores.length, 'candidate')} scored on ${plural(n, 'weighted criterion', 'weighted criteria')}`)
          : gap(`weight and score at least ${MIN_CRITERIA} criteria (e.g. modelFit, integration, compliance, cost, team, support); the spec has ${n}`, '/platforms/weights');
      },
    },
    {
      requirement: 'a rationale with 2 or more entries',
      evaluate({ spec }) {
        const n = spec.platforms.rationale?.length ?? 0;
        return n >= 2 ? met(`rationale with ${plural(n, 'entry', 'entries')}`)
          : gap(`give at least 2 reasons for the recommendation in platforms.rationale (now ${n})`, '/platforms/rationale');
      },
    },
    {
      requirement: 'platform risks listed, each with a mitigation',
      evaluate({ spec }) {
        const risks = spec.platforms.risks ?? [];
        if (risks.length === 0) return gap('list the platform risks with their mitigations in platforms.risks', '/platforms/risks');
        const i = risks.findIndex((r) => r.mitigation === undefined);
        return i < 0 ? met(`${plural(risks.length, 'platform risk')}, all mitigated`)
          : gap(`add a mitigation to the risk "${risks[i]!.risk}"`, toPointer(['platforms', 'risks', i]));
      },
    },
    {
      requirement: 'strengths and limitations for every candidate',
      evaluate({ spec }) {
        for (const [id, c] of Object.entries(spec.platforms.candidates)) {
          for (const field of ['strengths', 'limitations'] as const) {
            if ((c?.[field]?.length ?? 0) === 0) return gap(`list the ${field} of ${id}`, toPointer(['platforms', 'candidates', id, field]));
          }
        }
        return met('strengths and limitations for every candidate');
      },
    },
    {
      requirement: 'client-specific factors: scenario.existingCloud, compliance and dataResidency filled',
      evaluate({ spec }) {
        const s = spec.scenario;
        if (s.existingCloud === undefined) return gap('say which cloud the client already uses in scenario.existingCloud', '/scenario/existingCloud');
        if ((s.compliance?.length ?? 0) === 0) return gap('list the compliance frameworks the client must meet in scenario.compliance', '/scenario/compliance');
        if ((s.dataResidency?.length ?? 0) === 0) return gap('list the data-residency zones in scenario.dataResidency', '/scenario/dataResidency');
        return met(`client factors: existing cloud ${s.existingCloud}, compliance ${s.compliance!.join(', ')}, residency ${s.dataResidency!.join(', ')}`);
      },
    },
  ],
};
