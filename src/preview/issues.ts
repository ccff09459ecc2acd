// Diagnostics and check findings as the page shows them: where, what, the fix,
// and the same code frame the terminal prints.
import type { Finding } from '../check/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { codeFrame } from '../diagnostics/format.js';
import { frameText } from '../spec/frames.js';
import type { IssueView, SourceView } from './view-types.js';

/** The listed source files a `file:line` link can jump to. */
export function sourceViews(texts: ReadonlyMap<string, string>): SourceView[] {
  return [...texts].map(([file, text], index) => ({ file, anchorPrefix: `src${index}-L`, lines: text.split(/\r?\n/) }));
}

export function issueView(issue: Diagnostic | Finding, specText: string, sources: readonly SourceView[]): IssueView {
  const code = 'code' in issue ? issue.code : issue.rule;
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
    frame: codeFrame(frameText(issue, specText), issue.line, issue.column),
  };
}
