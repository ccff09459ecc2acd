// What `aiarch check` reports: red-flag findings and the course rubric, as data.
// Formatting them (text, JSON, SARIF, markdown) is the formatters' job alone.
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** A place in the spec to add something, for the next rubric point. */
export interface Improvement {
  /** Which of the criterion's five points (1-5) this would earn. */
  readonly point: number;
  /** Why the point is not earned now. */
  readonly reason: string;
  /** What would earn it. */
  readonly message: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** Set only when the place is in a base spec the spec `extends`. */
  readonly file?: string;
}

/** Something in the spec a rubric point looked at, located. */
export interface EvidenceUsed {
  readonly label: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** Set only when the place is in a base spec the spec `extends`. */
  readonly file?: string;
}

/** One of a criterion's five points, earned or not, with the evidence it was judged on (`check --explain`). */
export interface PointResult {
  readonly point: number;
  readonly requirement: string;
  readonly earned: boolean;
  /** Earned: what earned it. Not earned: why not. */
  readonly summary: string;
  readonly used: readonly EvidenceUsed[];
  /** The error finding's rule id when the requirement is met but the finding's cap took the point. */
  readonly cappedBy?: string;
}

export interface CriterionResult {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly max: 5;
  /** What in the spec earned each point. */
  readonly evidence: readonly string[];
  readonly toImprove: readonly Improvement[];
  /** All five points in order. */
  readonly points: readonly PointResult[];
}

export interface Rubric {
  readonly total: number;
  readonly max: 20;
  readonly passed: boolean;
  /** 18 or more and no error finding. */
  readonly distinction: boolean;
  readonly criteria: readonly CriterionResult[];
}

/** A part the client documents leave out, or fill with a labelled assumption, because the spec is silent. */
export interface DocumentGapEntry {
  /** What is missing, in a few words: "No escalation path", "Busy hours assumed to be 8 a day". */
  readonly what: string;
  /** The spec field that would fill it: "operations.escalation". */
  readonly path: string;
  /** True when the documents state an industry-standard assumption; false when they leave the part out. */
  readonly assumed: boolean;
  /** The titles of the documents it shows in. */
  readonly documents: readonly string[];
  /** Where to add it: the field, or the nearest part of the spec that exists. */
  readonly line: number;
  readonly column: number;
  /** Set only when that place is in a base spec the spec `extends`. */
  readonly file?: string;
}

export interface CheckReport {
  /** The spec file as given. */
  readonly spec: string;
  readonly rubric: Rubric;
  /** Rule findings: diagnostics whose code is a rule id. */
  readonly findings: readonly Diagnostic[];
  /**
   * What the client documents leave out or assume (the list rubric.md ends
   * with and the --draft PDF's author notes give); set when the documents were
   * written for the check (`aiarch check`), absent from the pure checkSpec.
   */
  readonly documentGaps?: readonly DocumentGapEntry[];
}

export const PASS_SCORE = 14;
export const DISTINCTION_SCORE = 18;
