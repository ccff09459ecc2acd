// Human output: the rubric as a small table with what to add next, then the
// findings with code frames, formatted like every other diagnostic.
import { palette } from '../../diagnostics/color.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CheckReport } from '../types.js';

export interface TextOptions {
  readonly color?: boolean;
  /** Print every point with the evidence it was judged on. */
  readonly explain?: boolean;
}

const SEVERITY_WORDS = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] } as const;

export function countFindings(findings: readonly Diagnostic[]): string {
  const parts = (['error', 'warning', 'info'] as const).flatMap((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return n === 0 ? [] : [`${n} ${SEVERITY_WORDS[s][n === 1 ? 0 : 1]}`];
  });
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}

export function verdict(report: CheckReport): string {
  const { rubric } = report;
  return rubric.distinction ? 'distinction' : rubric.passed ? 'passed' : 'not yet passing';
}

/** Every point of every criterion, earned or not, with what it was judged on (`check --explain`). */
export function explainLines(report: CheckReport, c: ReturnType<typeof palette>): string[] {
  const out = [c.bold('Evidence per point:')];
  for (const criterion of report.rubric.criteria) {
    out.push('', c.bold(`${criterion.name} ${criterion.score}/${criterion.max}`));
    for (const p of criterion.points) {
      out.push(`  ${p.earned ? '[x]' : '[ ]'} ${p.point}. ${p.requirement}`);
      out.push(`        ${p.earned ? 'earned' : 'not earned'}: ${p.summary}`);
      const gap = criterion.toImprove.find((t) => t.point === p.point);
      if (gap) out.push(`        to earn it: ${gap.message} (${gap.file ?? report.spec}:${gap.line})`);
      for (const u of p.used) out.push(`        ${c.dim(`line ${String(u.line).padStart(4)}`)}  ${u.label}`);
    }
  }
  return out;
}

/** What the client documents leave out or assume, and the field that would fill each: the list rubric.md ends with. */
export function gapLines(report: CheckReport, c: ReturnType<typeof palette>): string[] {
  const gaps = report.documentGaps ?? [];
  if (gaps.length === 0) return [];
  const out = ['', c.bold('What the documents leave out or assume:')];
  for (const g of gaps) {
    const where = c.dim(`${g.file ?? report.spec}:${g.line}:${g.column}`);
    out.push(`  ${where}  ${g.assumed ? 'assumed' : 'left out'}: ${g.what}; add ${g.path} (${g.documents.join(', ')})`);
  }
  return out;
}

/** `texts` are the loaded sources by file name (the spec and its bases), for the code frames. */
export function formatText(report: CheckReport, texts: ReadonlyMap<string, string>, options: TextOptions = {}): string {
  const c = palette(options.color === true);
  const { rubric } = report;
  const out = [c.bold(`${report.spec}  rubric ${rubric.total}/${rubric.max} (${verdict(report)}), ${countFindings(report.findings)}`)];
  const width = Math.max(...rubric.criteria.map((x) => x.name.length));
  for (const criterion of rubric.criteria) {
    out.push(`  ${criterion.name.padEnd(width)}  ${criterion.score}/${criterion.max}`);
  }
  const improvements = rubric.criteria.flatMap((x) => x.toImprove.map((t) => ({ criterion: x.name, ...t })));
  if (improvements.length > 0) {
    out.push('', c.bold('To earn more points:'));
    for (const t of improvements) {
      out.push(`  ${c.dim(`${t.file ?? report.spec}:${t.line}:${t.column}`)}  ${t.criterion} ${t.point}: ${t.reason}; to earn it: ${t.message}`);
    }
  }
  out.push(...gapLines(report, c));
  if (options.explain === true) out.push('', ...explainLines(report, c));
  for (const f of report.findings) {
    out.push('', formatDiagnostic(f, texts.get(f.file) ?? '', { color: options.color === true }));
  }
  return out.join('\n');
}
