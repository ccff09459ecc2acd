// A small collector so each check states only what is wrong and where.
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Code } from '../diagnostics/codes.js';
import type { Location } from './source.js';

export interface Issue {
  readonly code: Code;
  readonly message: string;
  readonly hint?: string | undefined;
  readonly severity?: Severity;
  /** JSON pointer; '' for the document. */
  readonly path?: string;
  readonly at?: Location;
}

export class Collector {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    private readonly file: string,
    private readonly where: (path: string) => Location = () => ({ line: 0, column: 0 }),
  ) {}

  add(issue: Issue): void {
    const path = issue.path ?? '';
    const at = issue.at ?? this.where(path);
    this.diagnostics.push({
      code: issue.code,
      severity: issue.severity ?? 'error',
      message: issue.message,
      ...(issue.hint === undefined ? {} : { hint: issue.hint }),
      file: at.file ?? this.file,
      line: at.line,
      column: at.column,
      path,
    });
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}
