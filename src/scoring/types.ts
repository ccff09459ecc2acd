// Platform scores: shared by validation (which platform prices the mix) and the model.

export interface CriterionScore {
  readonly criterion: string;
  /** Weight in percent (0–100). */
  readonly weight: number;
  /** Raw score 0–10. */
  readonly score: number;
  /** weight × score / 100. */
  readonly contribution: number;
}

export interface PlatformScore {
  readonly platform: string;
  readonly label: string;
  /** Σ weight% × score / 100, on the 0–10 scale. */
  readonly weighted: number;
  /** 1 = best; ties share a rank. */
  readonly rank: number;
  readonly criteria: readonly CriterionScore[];
  readonly inCatalog: boolean;
}

export interface Sensitivity {
  /** Criterion whose weight shift flips the winner. */
  readonly criterion: string;
  /** Smallest shift in weight points (others renormalised) that changes the winner. */
  readonly shiftPoints: number;
  readonly direction: 'increase' | 'decrease';
  readonly newWinner: string;
}
