// Diagnostics and check findings as the page shows them: where, what, the fix,
// and the same code frame the terminal prints.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { codeFrame } from '../diagnostics/format.js';
import type { IssueView, SourceView } from './view-types.js';

/** The listed source files a `file:line` link can jump to. */
export function sourceViews(texts: ReadonlyMap<string, string>): SourceView[] {
  return [...texts].map(([file, text], index) => ({ file, anchorPrefix: `src${index}-L`, lines: text.split(/\r?\n/) }));
}

/** `texts` are the loaded sources by file name, for the code frame. */
export function issueView(issue: Diagnostic, texts: ReadonlyMap<string, string>, sources: readonly SourceView[]): IssueView {
  const { code } = issue;
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const listed = sources.find((s) => s.file === issue.file);
  return {
    code,
    severity: issue.severity,
    message: issue.message,
    hint: issue.hint ?? '',
    where,
    file: issue.file,
    line: issue.line,
    anchor: listed && issue.line > 0 ? `${listed.anchorPrefix}${issue.line}` : null,
    frame: codeFrame(texts.get(issue.file) ?? '', issue.line, issue.column),
  };
}
