// Markdown building blocks shared by the six documents. Cells and items are
// already-escaped markdown; these helpers only lay them out.
import { inertStart } from '../../format/markdown.js';
import type { DiagramName, DiagramSource } from '../types.js';

export type Block = string | readonly string[];

export function heading(level: number, title: string): string {
  return `${'#'.repeat(level)} ${title}`;
}

/** A table; callers must not ask for an empty one (they print a sentence instead). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string[] {
  if (rows.length === 0) throw new Error(`empty table: ${headers.join(', ')}`);
  const rule = headers.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? '—' : c)).join(' | ')} |`;
  return [line(headers), `|${rule.map((r) => ` ${r} `).join('|')}|`, ...rows.map(line)];
}

// An item is a block of its own: an item that opens like a heading, quote,
// list or rule would make that structure inside the item.
const item = inertStart;

export function bullets(items: readonly string[]): string[] {
  return items.map((text) => `- ${item(text)}`);
}

export function numbered(items: readonly string[]): string[] {
  return items.map((text, i) => `${i + 1}. ${item(text)}`);
}

export function checklist(items: readonly string[]): string[] {
  return items.map((text) => `- [ ] ${item(text)}`);
}

/** Bold label line, e.g. "**When:** ..." as the course templates write them. */
export function labelled(label: string, value: string): string {
  return `**${label}:** ${value}`;
}

/** A mermaid fence for a generated diagram, or one sentence when it is missing. */
export function diagram(diagrams: readonly DiagramSource[], name: DiagramName, what: string): string[] {
  const found = diagrams.find((d) => d.name === name);
  if (!found) return [`The ${what} diagram was not generated for this build, so it is not shown here.`];
  // A fence longer than any backtick run in the source cannot be closed early.
  const longest = Math.max(0, ...(found.source.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}mermaid`, found.source.replace(/\n+$/, ''), fence];
}

/** Joins blocks with one blank line between them and a final newline. */
export function render(blocks: readonly Block[]): string {
  return `${blocks
    .map((b) => (typeof b === 'string' ? b : b.join('\n')))
    .filter((b) => b.length > 0)
    .join('\n\n')}\n`;
}
