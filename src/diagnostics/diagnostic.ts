// A diagnostic is data; turning it into text is `format.ts`'s job alone.
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable code, e.g. AIA101; listed in the README. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** How to fix it, in one sentence. */
  readonly hint?: string;
  readonly file: string;
  /** 1-based; 0 when the problem has no place in the file (e.g. an empty file). */
  readonly line: number;
  readonly column: number;
  /** JSON pointer of the value, e.g. /platforms/weights/cost; '' for the document. */
  readonly path: string;
}
