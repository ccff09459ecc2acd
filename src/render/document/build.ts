// Builders of document nodes for the six renderers, and `document`, which
// settles the tree: empty paragraphs, lists and sections drop out, so a
// section the spec gives nothing for is simply not there and the headings
// after it close up.
import type { DiagramName, DiagramRef } from '../types.js';
import type { Align, Byline, Callout, Code, DocumentTree, Figure, HeadingLevel, Inline, List, ListItem, Node, Paragraph, Section, Table } from './tree.js';

/** A paragraph; an empty one is dropped when the document is settled. */
export function paragraph(text: Inline): Paragraph {
  return { type: 'paragraph', text };
}

/** A table; callers must not ask for an empty one (they print a sentence instead). Empty cells print a dash. */
export function table(headers: readonly Inline[], rows: readonly (readonly Inline[])[], align?: readonly ('l' | 'r')[]): Table {
  if (rows.length === 0) throw new Error(`empty table: ${headers.join(', ')}`);
  return {
    type: 'table',
    headers: [...headers],
    rows: rows.map((cells) => cells.map((c) => (c === '' ? '—' : c))),
    align: headers.map((_, i): Align => (align?.[i] === 'r' ? 'right' : 'left')),
  };
}

function list(kind: List['kind'], items: readonly (Inline | ListItem)[]): List {
  return { type: 'list', kind, items: items.map((item) => (typeof item === 'string' ? { text: item } : item)) };
}

export function bullets(items: readonly (Inline | ListItem)[]): List {
  return list('bullet', items);
}

export function numbered(items: readonly Inline[]): List {
  return list('numbered', items);
}

export function checklist(items: readonly Inline[]): List {
  return list('checklist', items);
}

/** "**Label:** value" for a list item, or '' (which drops out) when there is no value. */
export function entry(label: string, value: Inline): Inline {
  return value === '' ? '' : `**${label}:** ${value}`;
}

/** Bold label line, e.g. "**When:** ..." as the course templates write them. */
export function labelled(label: string, value: Inline): Paragraph {
  return paragraph(`**${label}:** ${value}`);
}

export function byline(entries: readonly { label: string; value: Inline }[]): Byline {
  return { type: 'byline', entries: [...entries] };
}

export function callout(label: string, text: Inline): Callout {
  return { type: 'callout', label, text };
}

export function code(lang: string, text: string): Code {
  return { type: 'code', lang, text };
}

/** A generated diagram by name, or one sentence when this build did not generate it. */
export function figure(diagrams: readonly DiagramRef[], name: DiagramName, what: string): Figure | Paragraph {
  if (!diagrams.some((d) => d.name === name)) return paragraph(`The ${what} diagram was not generated for this build, so it is not shown here.`);
  return { type: 'figure', diagram: name };
}

/** What a renderer lists as a section's content: nodes, or strings that are paragraphs. */
export type Content = Node | Inline;

function nodes(content: readonly Content[]): Node[] {
  return content.map((c) => (typeof c === 'string' ? paragraph(c) : c));
}

export function section(level: HeadingLevel, title: Inline, children: readonly Content[]): Section {
  return { type: 'section', level, title, rule: false, children: nodes(children) };
}

/** The same section, opening after a horizontal rule. */
export function ruled(node: Section): Section {
  return { ...node, rule: true };
}

/** The same section, printed as an appendix of its own at the end of the bound PDF (the markdown keeps it in place). */
export function appendix(node: Section): Section {
  return { ...node, appendix: true };
}

/** Null when the node has nothing to show. */
function settle(node: Node, parentLevel: number): Node | null {
  switch (node.type) {
    case 'paragraph':
      return node.text === '' ? null : node;
    case 'list': {
      const items = node.items.filter((item) => item.text !== '' || item.list !== undefined);
      return items.length === 0 ? null : { ...node, items };
    }
    case 'section': {
      if (node.level !== parentLevel + 1) throw new Error(`section "${node.title}" is level ${node.level} inside level ${parentLevel}`);
      const children = settleAll(node.children, node.level);
      return children.length === 0 ? null : { ...node, children };
    }
    default:
      return node;
  }
}

function settleAll(nodes: readonly Node[], level: number): Node[] {
  return nodes.map((n) => settle(n, level)).filter((n): n is Node => n !== null);
}

/** The finished document tree: empty paragraphs, list items, lists and sections removed, heading levels checked. */
export function document(name: string, title: string, children: readonly Content[]): DocumentTree {
  return { name, title, children: settleAll(nodes(children), 1) };
}
