// Turns a SpecDiff into text for a terminal or markdown for a pull-request comment.
import { createFormatter, oneDecimal } from '../render/format.js';
import type { NumberChange, SpecDiff } from './compare.js';

type Show = (value: number) => string;

function signed(delta: number | null, show: Show): string {
  if (delta === null) return 'new';
  if (Math.abs(delta) < 1e-9) return 'no change';
  return `${delta > 0 ? '+' : '−'}${show(Math.abs(delta))}`;
}

function row(label: string, change: NumberChange, show: Show): [string, string, string, string] {
  return [label, change.before === null ? '—' : show(change.before), show(change.after), signed(change.delta, show)];
}

function rows(diff: SpecDiff): [string, string, string, string][] {
  const money = createFormatter(diff.currency);
  const month = (m: number | null) => (m === null ? 'never' : `month ${m}`);
  return [
    ['Recommendation', diff.recommendation.before ?? '—', diff.recommendation.after, diff.recommendation.before === null ? 'new' : diff.recommendation.before === diff.recommendation.after ? 'no change' : 'changed'],
    ...diff.scores.map((s) => row(`Score: ${s.label}`, s, oneDecimal)),
    row('Year-1 total (optimized)', diff.year1Total, money.moneyWhole),
    row('Year-1 total (baseline)', diff.year1Baseline, money.moneyWhole),
    diff.budgetHeadroom === null ? ['Budget headroom', '—', 'no budget', ''] : row('Budget headroom', diff.budgetHeadroom, money.moneyWhole),
    row('Cost per request', diff.costPerRequest, money.unitMoney),
    row('Peak requests per second', diff.peakRequestsPerSecond, oneDecimal),
    ['Payback', diff.paybackMonth.before === null && diff.year1Total.before === null ? '—' : month(diff.paybackMonth.before), month(diff.paybackMonth.after), diff.paybackMonth.before === diff.paybackMonth.after ? 'no change' : 'changed'],
    row('Rubric total (of 20)', diff.rubricTotal, (n) => String(n)),
  ];
}

export function diffText(diff: SpecDiff): string {
  const table = [['', 'before', 'after', 'change'] as const, ...rows(diff)];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const flags = [...diff.findingsAdded.map((f) => `+ ${f}`), ...diff.findingsResolved.map((f) => `- ${f}`)];
  return [`${diff.client}`, ...lines, ...(flags.length > 0 ? ['findings:', ...flags.map((f) => `  ${f}`)] : [])].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

export function diffMarkdown(diff: SpecDiff): string {
  const out = [`### ${cell(diff.client)}`, '', '| | before | after | change |', '| --- | ---: | ---: | ---: |', ...rows(diff).map((r) => `| ${r.map(cell).join(' | ')} |`)];
  if (diff.findingsAdded.length > 0) out.push('', '**New findings**', '', ...diff.findingsAdded.map((f) => `- ${cell(f)}`));
  if (diff.findingsResolved.length > 0) out.push('', '**Resolved findings**', '', ...diff.findingsResolved.map((f) => `- ${cell(f)}`));
  return out.join('\n') + '\n';
}
