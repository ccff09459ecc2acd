// What changed between two versions of a spec, in the terms a reviewer asks
// about: the winner, each platform's score, year-1 cost, payback, peak load,
// the rubric total and the red flags. Pure: both sides are already modelled.
import type { CheckReport } from '../check/types.js';
import type { Model } from '../model/types.js';

export interface Side {
  readonly model: Model;
  readonly report: CheckReport;
}

export interface Change<T> {
  readonly before: T | null;
  readonly after: T;
}

export interface NumberChange extends Change<number> {
  /** after − before; null when there is no before. */
  readonly delta: number | null;
}

export interface SpecDiff {
  readonly client: string;
  readonly currency: string;
  readonly recommendation: Change<string>;
  readonly scores: readonly (NumberChange & { readonly platform: string; readonly label: string })[];
  readonly year1Total: NumberChange;
  readonly year1Baseline: NumberChange;
  /** null when the new version has no budget. */
  readonly budgetHeadroom: NumberChange | null;
  readonly costPerRequest: NumberChange;
  readonly peakRequestsPerSecond: NumberChange;
  readonly paybackMonth: Change<number | null>;
  readonly rubricTotal: NumberChange;
  readonly findingsAdded: readonly string[];
  readonly findingsResolved: readonly string[];
}

function number(before: number | null, after: number): NumberChange {
  return { before, after, delta: before === null ? null : after - before };
}

const findingKey = (f: { rule: string; message: string }) => `${f.rule}: ${f.message}`;

/** `before` is null for a spec that is new in this change. */
export function compareSpecs(before: Side | null, after: Side): SpecDiff {
  const b = before?.model ?? null;
  const a = after.model;
  const oldFindings = new Set((before?.report.findings ?? []).map(findingKey));
  const newFindings = new Set(after.report.findings.map(findingKey));
  return {
    client: a.spec.client.name,
    currency: a.currency,
    recommendation: { before: b?.recommendation ?? null, after: a.recommendation },
    scores: a.scores.map((s) => ({
      platform: s.platform,
      label: s.label,
      ...number(b?.scores.find((o) => o.platform === s.platform)?.weighted ?? null, s.weighted),
    })),
    year1Total: number(b?.year1.total ?? null, a.year1.total),
    year1Baseline: number(b?.year1.baselineTotal ?? null, a.year1.baselineTotal),
    budgetHeadroom: a.budget.headroom === null ? null : number(b?.budget.headroom ?? null, a.budget.headroom),
    costPerRequest: number(b?.costPerRequest ?? null, a.costPerRequest),
    peakRequestsPerSecond: number(b?.peak.requestsPerSecond ?? null, a.peak.requestsPerSecond),
    paybackMonth: { before: b?.roi.paybackMonth ?? null, after: a.roi.paybackMonth },
    rubricTotal: number(before?.report.rubric.total ?? null, after.report.rubric.total),
    findingsAdded: [...newFindings].filter((f) => !oldFindings.has(f)),
    findingsResolved: [...oldFindings].filter((f) => !newFindings.has(f)),
  };
}
