// The course's Appendix C rubric: four criteria of five one-point requirements.
import type { CheckContext } from '../context.js';
import { DISTINCTION_SCORE, PASS_SCORE, type CriterionResult, type Rubric } from '../types.js';
import { costOperations } from './cost-operations.js';
import { platformAnalysis } from './platform.js';
import type { Criterion } from './point.js';
import { proposalQuality } from './proposal.js';
import { securityArchitecture } from './security.js';

export const CRITERIA: readonly Criterion[] = [platformAnalysis, securityArchitecture, costOperations, proposalQuality];

function scoreCriterion(ctx: CheckContext, criterion: Criterion): CriterionResult {
  const evidence: string[] = [];
  const toImprove: CriterionResult['toImprove'][number][] = [];
  criterion.points.forEach((point, i) => {
    const outcome = point.evaluate(ctx);
    if (outcome.met) {
      evidence.push(outcome.evidence);
    } else {
      const { line, column, file } = ctx.source.locate(outcome.path);
      toImprove.push({ point: i + 1, message: outcome.missing, path: outcome.path, line, column, ...(file === undefined ? {} : { file }) });
    }
  });
  return { id: criterion.id, name: criterion.name, score: evidence.length, max: 5, evidence, toImprove };
}

export function scoreRubric(ctx: CheckContext): Rubric {
  const criteria = CRITERIA.map((c) => scoreCriterion(ctx, c));
  const total = criteria.reduce((sum, c) => sum + c.score, 0);
  return { total, max: 20, passed: total >= PASS_SCORE, distinction: total >= DISTINCTION_SCORE, criteria };
}
