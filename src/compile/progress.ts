// What a build reports while it runs, for a live progress line. Specs are
// numbered 1..total in the order they are read (sorted paths).
export type BuildStage = 'model' | 'diagrams' | 'pdf' | 'deck' | 'pdf+deck' | 'write';

export interface SpecProgress {
  /** 1-based position of the spec among those this run builds. */
  readonly index: number;
  readonly total: number;
  /** The spec as diagnostics name it. */
  readonly file: string;
}

export type BuildProgress =
  | (SpecProgress & { readonly kind: 'stage'; readonly stage: BuildStage })
  | (SpecProgress & { readonly kind: 'done'; readonly ok: boolean });

export type ProgressListener = (event: BuildProgress) => void;
