// Turns a SpecDiff into text for a terminal or markdown for a pull-request comment.
import { createFormatter, oneDecimal } from '../format/numbers.js';
import { text as mdText } from '../format/markdown.js';
import { architectureChanges, type ChangeGroup } from './architecture-format.js';
import type { DiagramChange, NumberChange, SpecDiff } from './compare.js';

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
    [
      'Recommendation',
      diff.recommendation.before ?? '—',
      diff.recommendation.after,
      diff.recommendation.before === null ? 'new' : diff.recommendation.before === diff.recommendation.after ? 'no change' : 'changed',
    ],
    ...diff.scores.map((s) => row(`Score: ${s.label}`, s, oneDecimal)),
    row('Year-1 total (optimized)', diff.year1Total, money.moneyWhole),
    row('Year-1 total (baseline)', diff.year1Baseline, money.moneyWhole),
    diff.budgetHeadroom === null ? ['Budget headroom', '—', 'no budget', ''] : row('Budget headroom', diff.budgetHeadroom, money.moneyWhole),
    row('Cost per request', diff.costPerRequest, money.unitMoney),
    row('Peak requests per second', diff.peakRequestsPerSecond, oneDecimal),
    [
      'Payback',
      diff.paybackMonth.before === null && diff.year1Total.before === null ? '—' : month(diff.paybackMonth.before),
      month(diff.paybackMonth.after),
      diff.paybackMonth.before === diff.paybackMonth.after ? 'no change' : 'changed',
    ],
    row('Rubric total (of 20)', diff.rubricTotal, (n) => String(n)),
  ];
}

const PLAIN = { text: (v: string) => `"${v}"`, id: (v: string) => v };
const MARKDOWN = { text: mdText, id: (v: string) => `\`${v}\`` };

function groups(diff: SpecDiff, markdown: boolean): ChangeGroup[] {
  return diff.architecture === null ? [] : architectureChanges(diff.architecture, markdown ? MARKDOWN : PLAIN);
}

export function diffText(diff: SpecDiff): string {
  const table = [['', 'before', 'after', 'change'] as const, ...rows(diff)];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const flags = [...diff.findingsAdded.map((f) => `+ ${f}`), ...diff.findingsResolved.map((f) => `- ${f}`)];
  const architecture = groups(diff, false).flatMap((g) => [`${g.title.toLowerCase()}:`, ...g.lines.map((l) => `  ${l}`)]);
  const title = diff.changed ? diff.client : `${diff.client} (no change)`;
  return [title, ...lines, ...architecture, ...(flags.length > 0 ? ['findings:', ...flags.map((f) => `  ${f}`)] : [])].join('\n');
}

const cell = (s: string) => mdText(s);

/** A fence longer than any backtick run in the source, so the source can never close it. */
function fence(source: string): string {
  const longest = Math.max(0, ...[...source.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function mermaidBlock(source: string): string[] {
  const f = fence(source);
  return [`${f}mermaid`, ...source.trimEnd().split('\n'), f];
}

function diagramBlock(diagrams: readonly DiagramChange[]): string {
  const titles = diagrams.map((d) => d.title.toLowerCase()).join(' and ');
  const isNew = diagrams.every((d) => d.before === null);
  const out = ['<details>', `<summary>${isNew ? 'Diagrams' : 'Before and after'}: ${titles}</summary>`, ''];
  for (const d of diagrams) {
    if (d.before !== null) out.push(`**${d.title}, before**`, '', ...mermaidBlock(d.before), '');
    out.push(`**${d.title}${d.before === null ? '' : ', after'}**`, '', ...mermaidBlock(d.after), '');
  }
  out.push('</details>');
  return out.join('\n') + '\n';
}

export interface MarkdownParts {
  /** Heading, numbers table, architecture changes in words and findings. */
  readonly body: string;
  /** The collapsed before/after diagrams; null when no diagram changed. */
  readonly diagrams: string | null;
}

/** The two parts apart, so a comment over its size limit can drop the diagrams first. */
export function diffMarkdownParts(diff: SpecDiff): MarkdownParts {
  const out = [
    `### ${cell(diff.client)}`,
    '',
    `\`${diff.file.replace(/`/g, "'")}\`${diff.changed ? '' : ': no change'}`,
    '',
    '| | before | after | change |',
    '| --- | ---: | ---: | ---: |',
    ...rows(diff).map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  const changes = groups(diff, true);
  if (changes.length > 0) out.push('', '**Architecture changes**');
  for (const g of changes) out.push('', `*${g.title}*`, '', ...g.lines.map((l) => `- ${l}`));
  if (diff.findingsAdded.length > 0) out.push('', '**New findings**', '', ...diff.findingsAdded.map((f) => `- ${cell(f)}`));
  if (diff.findingsResolved.length > 0) out.push('', '**Resolved findings**', '', ...diff.findingsResolved.map((f) => `- ${cell(f)}`));
  return { body: out.join('\n') + '\n', diagrams: diff.diagrams.length > 0 ? diagramBlock(diff.diagrams) : null };
}

export function diffMarkdown(diff: SpecDiff): string {
  const { body, diagrams } = diffMarkdownParts(diff);
  return diagrams === null ? body : `${body}\n${diagrams}`;
}
