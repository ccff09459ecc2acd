// The one issue type: what the spec loader, the build and `aiarch check` report.
// It is data; turning it into text is the formatters' job alone.
import type { IssueCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** An AIA code (e.g. AIA101) or a check rule id (e.g. over-budget), from the one table in codes.ts. */
  readonly code: IssueCode;
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
