// rubric.md: the Appendix C self-assessment of the spec, with the evidence for
// each point earned, what to add for each point missed, and the findings.
import type { Model } from '../model/types.js';
// Spec text is escaped as in the documents: one escaper for all markdown.
import { text as inline } from '../format/markdown.js';
import { fieldName } from './substance/field-name.js';
import { DISTINCTION_SCORE, PASS_SCORE, type CheckReport } from './types.js';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

export function renderRubric(report: CheckReport, model: Model): string {
  const { rubric } = report;
  const errors = report.findings.some((f) => f.severity === 'error');
  const status = rubric.distinction
    ? 'passed with distinction'
    : rubric.passed
      ? errors && rubric.total >= DISTINCTION_SCORE
        ? 'passed (no distinction while an error finding stands)'
        : 'passed'
      : 'not yet passing';
  const out = [
    `# Evaluation Rubric: ${inline(model.spec.client.name)}`,
    '',
    `**Total: ${rubric.total}/${rubric.max}**, ${status} (minimum passing score ${PASS_SCORE}/20, distinction ${DISTINCTION_SCORE}/20).`,
    '',
    '| Criterion | Score |',
    '| --- | ---: |',
    ...rubric.criteria.map((c) => `| ${c.name} | ${c.score}/${c.max} |`),
    `| **Total** | **${rubric.total}/${rubric.max}** |`,
  ];
  for (const c of rubric.criteria) {
    out.push('', `## ${c.name} (${c.score}/${c.max})`);
    if (c.evidence.length > 0) out.push('', 'Evidence in the spec:', '', ...c.evidence.map((e) => `- ${inline(e)}`));
    if (c.toImprove.length > 0) {
      out.push(
        '',
        'To earn the missing points:',
        '',
        ...c.toImprove.map((t) => `- Point ${t.point}: ${inline(t.reason)}. To earn it: ${inline(t.message)} (${fieldName(t.path)}, line ${t.line})`),
      );
    }
  }
  out.push('', '## Findings', '');
  if (report.findings.length === 0) out.push('No red flags found.');
  for (const f of report.findings) out.push(`- **${SEVERITY[f.severity]}** \`${f.code}\` (line ${f.line}): ${inline(f.message)}. ${inline(f.hint ?? '')}`);
  return out.join('\n') + '\n';
}
