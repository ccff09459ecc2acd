// The output formats of `aiarch check`, keyed by name so the CLI validates --format against them.
import type { CheckReport } from '../types.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface Checked {
  readonly report: CheckReport;
  /** The loaded sources (the spec and its bases) by file name, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
}

export interface FormatContext {
  readonly toolVersion: string;
  readonly color: boolean;
  /** Show, per rubric point, the evidence it was judged on. */
  readonly explain?: boolean;
}

/** The class scoreboard: one row per spec. */
export function scoreTable(reports: readonly CheckReport[]): string {
  const width = Math.max(4, ...reports.map((r) => r.spec.length));
  const rows = reports.map(
    (r) =>
      `${r.spec.padEnd(width)}  ${`${r.rubric.total}/20`.padStart(5)}  ${r.rubric.distinction ? 'distinction' : r.rubric.passed ? 'passed' : 'not passing'}  ${r.findings.length} findings`,
  );
  return [`${'spec'.padEnd(width)}  score`, ...rows].join('\n');
}

export function formatReports(format: CheckFormat, checked: readonly Checked[], ctx: FormatContext): string {
  const reports = checked.map((c) => c.report);
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, ctx.toolVersion);
    case 'markdown':
      return formatMarkdown(reports, { explain: ctx.explain === true });
    case 'text': {
      const parts = checked.map((c) => formatText(c.report, c.texts, { color: ctx.color, explain: ctx.explain === true }));
      if (checked.length > 1) parts.push(scoreTable(reports));
      return parts.join('\n\n');
    }
  }
}

/** Reports without their spec text (merged from shards): as text, the scoreboard alone, since findings need the text for code frames. */
export function formatMergedReports(format: CheckFormat, reports: readonly CheckReport[], ctx: FormatContext): string {
  if (format === 'text') return scoreTable(reports);
  return formatReports(
    format,
    reports.map((report) => ({ report, texts: new Map<string, string>() })),
    ctx,
  );
}
