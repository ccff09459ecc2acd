// Writes a document tree as markdown: the NAME.md files, the preview and the
// checks read this text.
import { inertStart } from '../../format/markdown.js';
import type { DiagramSource } from '../types.js';
import type { DocumentTree, List, Node, Table } from './tree.js';

function tableLines(t: Table): string[] {
  const rule = t.align.map((a) => (a === 'right' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(t.headers), `|${rule.map((r) => ` ${r} `).join('|')}|`, ...t.rows.map(line)];
}

function marker(l: List, index: number): string {
  if (l.kind === 'numbered') return `${index + 1}. `;
  return l.kind === 'checklist' ? '- [ ] ' : '- ';
}

// An item is a block of its own: an item that opens like a heading, quote,
// list or rule would make that structure inside the item.
function listLines(l: List): string[] {
  return l.items.flatMap((item, i) => {
    const lead = marker(l, i);
    const nested = item.list ? listLines(item.list).map((line) => `${' '.repeat(l.kind === 'numbered' ? lead.length : 2)}${line}`) : [];
    return [`${lead}${inertStart(item.text)}`, ...nested];
  });
}

function fence(diagrams: readonly DiagramSource[], name: string): string {
  const found = diagrams.find((d) => d.name === name);
  if (!found) throw new Error(`the document shows the ${name} diagram, which this build did not generate`);
  return codeBlock('mermaid', found.source.replace(/\n+$/, ''));
}

function codeBlock(lang: string, text: string): string {
  // A fence longer than any backtick run in the text cannot be closed early.
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const bar = '`'.repeat(Math.max(3, longest + 1));
  return `${bar}${lang}\n${text}\n${bar}`;
}

function blocks(node: Node, diagrams: readonly DiagramSource[]): string[] {
  switch (node.type) {
    case 'paragraph':
      return [node.text];
    case 'table':
      return [tableLines(node).join('\n')];
    case 'list':
      return [listLines(node).join('\n')];
    case 'byline':
      // The course template writes these as second-level lines under the title.
      return node.entries.map((e) => `## ${e.label}: ${e.value}`);
    case 'callout':
      return [`> **${node.label}:** ${node.text}`];
    case 'figure':
      return [fence(diagrams, node.diagram)];
    case 'code':
      return [codeBlock(node.lang, node.text)];
    case 'section':
      return [...(node.rule ? ['---'] : []), `${'#'.repeat(node.level)} ${node.title}`, ...node.children.flatMap((child) => blocks(child, diagrams))];
  }
}

/** The document as markdown: blocks one blank line apart, and a final newline. */
export function writeMarkdown(tree: DocumentTree, diagrams: readonly DiagramSource[]): string {
  return `${[`# ${tree.title}`, ...tree.children.flatMap((n) => blocks(n, diagrams))].join('\n\n')}\n`;
}
