// Markdown output for a pull-request comment: the score table, what to add, the findings.
import type { CheckReport } from '../types.js';
import { text as inline } from '../../format/markdown.js';
import { countFindings, verdict } from './text.js';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function one(report: CheckReport, explain: boolean): string {
  const { rubric } = report;
  const out = [
    `### aiarch check: \`${report.spec.replace(/`/g, '')}\``,
    '',
    `**Rubric ${rubric.total}/${rubric.max}** (${verdict(report)}; pass 14, distinction 18) · ${countFindings(report.findings)}`,
    '',
    '| Criterion | Score | Next point |',
    '| --- | ---: | --- |',
  ];
  for (const c of rubric.criteria) {
    const next = c.toImprove[0];
    out.push(
      `| ${c.name} | ${c.score}/${c.max} | ${next ? `${next.reason ? `${inline(next.reason)}: ` : ''}${inline(next.message)} (line ${next.line})` : 'complete'} |`,
    );
  }
  out.push(`| **Total** | **${rubric.total}/${rubric.max}** | |`);
  if (report.findings.length > 0) {
    out.push('', `#### Findings`, '');
    for (const f of report.findings) {
      out.push(`- **${SEVERITY[f.severity]}** \`${f.code}\` line ${f.line}: ${inline(f.message)}. ${inline(f.hint ?? '')}`);
    }
  }
  if (explain) {
    out.push('', '#### Evidence per point');
    for (const c of rubric.criteria) {
      out.push('', `**${c.name} ${c.score}/${c.max}**`, '');
      for (const p of c.points ?? []) {
        out.push(`- [${p.earned ? 'x' : ' '}] ${p.point}. ${inline(p.requirement)}: ${inline(p.summary)}`);
        for (const u of p.used) out.push(`  - line ${u.line}: ${inline(u.label)}`);
      }
    }
  }
  return out.join('\n');
}

export function formatMarkdown(reports: readonly CheckReport[], options: { readonly explain?: boolean } = {}): string {
  return reports.map((r) => one(r, options.explain === true)).join('\n\n') + '\n';
}
