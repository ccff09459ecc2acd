// The course's Appendix C rubric: four criteria of five one-point requirements,
// each judged on substance. An error finding caps the criterion it weighs on,
// and any error finding rules out distinction.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CheckContext } from '../context.js';
import { ERROR_CAP } from '../rule.js';
import { RULES } from '../rules/index.js';
import { DISTINCTION_SCORE, PASS_SCORE, type CriterionResult, type EvidenceUsed, type Improvement, type PointResult, type Rubric } from '../types.js';
import { costOperations } from './cost-operations.js';
import { platformAnalysis } from './platform.js';
import type { Criterion, Used } from './point.js';
import { proposalQuality } from './proposal.js';
import { securityArchitecture } from './security.js';

export const CRITERIA: readonly Criterion[] = [platformAnalysis, securityArchitecture, costOperations, proposalQuality];

function located(ctx: CheckContext, path: string): { line: number; column: number; file?: string } {
  const { line, column, file } = ctx.source.locate(path);
  return { line, column, ...(file === undefined ? {} : { file }) };
}

const locateUsed = (ctx: CheckContext, used: readonly Used[]): EvidenceUsed[] => used.map((u) => ({ label: u.label, path: u.path, ...located(ctx, u.path) }));

function scoreCriterion(ctx: CheckContext, criterion: Criterion, errors: readonly Diagnostic[]): CriterionResult {
  const points: PointResult[] = [];
  const gaps = new Map<number, Improvement>();
  criterion.points.forEach((p, i) => {
    const outcome = p.evaluate(ctx);
    const used = locateUsed(ctx, outcome.used);
    if (outcome.met) {
      points.push({ point: i + 1, requirement: p.requirement, earned: true, summary: outcome.evidence, used });
    } else {
      points.push({ point: i + 1, requirement: p.requirement, earned: false, summary: outcome.why, used });
      gaps.set(i + 1, { point: i + 1, reason: outcome.why, message: outcome.missing, path: outcome.path, ...located(ctx, outcome.path) });
    }
  });
  // An error finding holds the criterion to ERROR_CAP: the highest earned points go, each naming the finding.
  const error = errors[0];
  let earned = points.filter((p) => p.earned).length;
  for (let i = points.length - 1; error !== undefined && earned > ERROR_CAP && i >= 0; i--) {
    const p = points[i]!;
    if (!p.earned) continue;
    const reason = `capped at ${ERROR_CAP}/5 by the error ${error.code}: ${error.message}`;
    points[i] = { ...p, earned: false, summary: reason, cappedBy: error.code };
    gaps.set(p.point, { point: p.point, reason, message: error.hint ?? '', path: error.path, ...located(ctx, error.path) });
    earned -= 1;
  }
  const toImprove = [...gaps.values()].sort((a, b) => a.point - b.point);
  return { id: criterion.id, name: criterion.name, score: earned, max: 5, evidence: points.filter((p) => p.earned).map((p) => p.summary), toImprove, points };
}

export function scoreRubric(ctx: CheckContext, findings: readonly Diagnostic[] = []): Rubric {
  const criterionOf = new Map<string, string>(RULES.map((r) => [r.id, r.criterion]));
  const errors = findings.filter((f) => f.severity === 'error');
  const criteria = CRITERIA.map((c) =>
    scoreCriterion(
      ctx,
      c,
      errors.filter((f) => criterionOf.get(f.code) === c.id),
    ),
  );
  const total = criteria.reduce((sum, c) => sum + c.score, 0);
  return { total, max: 20, passed: total >= PASS_SCORE, distinction: total >= DISTINCTION_SCORE && errors.length === 0, criteria };
}
