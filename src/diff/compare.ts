// What changed between two versions of a spec, in the terms a reviewer asks
// about: the winner, each platform's score, year-1 cost, payback, peak load,
// the rubric total and the red flags; and what changed in the architecture
// itself, with its diagrams before and after. Pure: both sides are already modelled.
import { isDeepStrictEqual } from 'node:util';
import type { CheckReport } from '../check/types.js';
import type { Model } from '../model/types.js';
import { diagramSource } from '../render/mermaid/index.js';
import { compareArchitecture, type ArchitectureDelta } from './architecture.js';

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

/** A diagram's Mermaid source on both sides; `before` is null for a new spec. */
export interface DiagramChange {
  readonly name: 'reference-architecture' | 'defense-in-depth';
  readonly title: string;
  readonly before: string | null;
  readonly after: string;
}

export interface SpecDiff {
  /** The spec file as given. */
  readonly file: string;
  readonly client: string;
  /** False when the spec, with the bases it extends resolved, is the same on both sides. */
  readonly changed: boolean;
  readonly currency: string;
  readonly recommendation: Change<string>;
  readonly scores: readonly (NumberChange & { readonly platform: string; readonly label: string })[];
  /** `percent`: delta as a percentage of before; null without a before, Infinity when before is 0 and the total rose. */
  readonly year1Total: NumberChange & { readonly percent: number | null };
  readonly year1Baseline: NumberChange;
  /** null when the new version has no budget. */
  readonly budgetHeadroom: NumberChange | null;
  readonly costPerRequest: NumberChange;
  readonly peakRequestsPerSecond: NumberChange;
  readonly paybackMonth: Change<number | null>;
  readonly rubricTotal: NumberChange;
  readonly findingsAdded: readonly string[];
  readonly findingsResolved: readonly string[];
  /** The added findings of severity error. */
  readonly errorsAdded: readonly string[];
  /** null for a spec with no earlier version. */
  readonly architecture: ArchitectureDelta | null;
  /** The diagrams that differ (both of a new spec's architecture diagrams are shown as new). */
  readonly diagrams: readonly DiagramChange[];
}

function number(before: number | null, after: number): NumberChange {
  return { before, after, delta: before === null ? null : after - before };
}

function percentOf(change: NumberChange): number | null {
  if (change.before === null || change.delta === null) return null;
  if (change.before === 0) return change.delta === 0 ? 0 : change.delta > 0 ? Infinity : -Infinity;
  return (change.delta / Math.abs(change.before)) * 100;
}

function diagrams(before: Model | null, after: Model, architecture: ArchitectureDelta | null): DiagramChange[] {
  const out: DiagramChange[] = [];
  if (architecture === null || architecture.diagramChanged) {
    out.push({
      name: 'reference-architecture',
      title: 'Reference architecture',
      before: before === null ? null : diagramSource(before, 'reference-architecture'),
      after: diagramSource(after, 'reference-architecture'),
    });
  }
  if (architecture?.securityChanged === true) {
    out.push({
      name: 'defense-in-depth',
      title: 'Defense in depth',
      before: before === null ? null : diagramSource(before, 'defense-in-depth'),
      after: diagramSource(after, 'defense-in-depth'),
    });
  }
  return out;
}

const findingKey = (f: { code: string; message: string }) => `${f.code}: ${f.message}`;

/** `before` is null for a spec that is new in this change. */
export function compareSpecs(before: Side | null, after: Side): SpecDiff {
  const b = before?.model ?? null;
  const a = after.model;
  const oldFindings = new Set((before?.report.findings ?? []).map(findingKey));
  const newFindings = new Set(after.report.findings.map(findingKey));
  const newErrors = new Set(after.report.findings.filter((f) => f.severity === 'error').map(findingKey));
  const year1Total = number(b?.year1.total ?? null, a.year1.total);
  const architecture = b === null ? null : compareArchitecture(b, a);
  const findingsAdded = [...newFindings].filter((f) => !oldFindings.has(f));
  return {
    file: after.report.spec,
    client: a.spec.client.name,
    changed: b === null || !isDeepStrictEqual(b.spec, a.spec),
    currency: a.currency,
    recommendation: { before: b?.recommendation ?? null, after: a.recommendation },
    scores: a.scores.map((s) => ({
      platform: s.platform,
      label: s.label,
      ...number(b?.scores.find((o) => o.platform === s.platform)?.weighted ?? null, s.weighted),
    })),
    year1Total: { ...year1Total, percent: percentOf(year1Total) },
    year1Baseline: number(b?.year1.baselineTotal ?? null, a.year1.baselineTotal),
    budgetHeadroom: a.budget.headroom === null ? null : number(b?.budget.headroom ?? null, a.budget.headroom),
    costPerRequest: number(b?.costPerRequest ?? null, a.costPerRequest),
    peakRequestsPerSecond: number(b?.peak.requestsPerSecond ?? null, a.peak.requestsPerSecond),
    paybackMonth: { before: b?.roi.paybackMonth ?? null, after: a.roi.paybackMonth },
    rubricTotal: number(before?.report.rubric.total ?? null, after.report.rubric.total),
    findingsAdded,
    findingsResolved: [...oldFindings].filter((f) => !newFindings.has(f)),
    errorsAdded: findingsAdded.filter((f) => newErrors.has(f)),
    architecture,
    diagrams: diagrams(b, a, architecture),
  };
}
