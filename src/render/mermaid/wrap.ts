// Wrapped rows for the top-to-bottom architecture flowcharts. ELK puts boxes
// that no edge orders side by side in one row, so a group of twenty loosely
// connected components (a generated spec, a large estate) became a drawing
// over 5,000 px wide that printed at 2–3 pt. Shrinking is no way to fit a
// page: instead, wherever the boxes of one row of a group would be wider than
// a page can print readably, the row is cut into rows that fit, held in place
// by invisible links (`~~~`), which order boxes without drawing anything.
//
// The flowchart text is read back for its boxes (our own generators' output:
// one `subgraph`/`end` pair per group, one node per line, links after them),
// so both architecture diagrams wrap the same way.
import { FLOWCHART_FONT_PX, MERMAID_CONFIG } from '../images/config.js';
import { longestPathDepths } from './layout.js';
import { LINK } from './links.js';

/**
 * Widest row of boxes, in px, as estimated here. A landscape page prints a
 * drawing up to about 2,200 px across with its 20 px labels at 6.5 pt; ELK's
 * spacing makes a drawing somewhat wider than its rows, and narrower rows make
 * it taller than a landscape page holds (a generated spec of 26 components:
 * rows of 1,500 px gave 1,802 × 1,965 px, rows of 2,000 px 1,956 × 1,519 px,
 * which prints larger).
 */
export const ROW_BUDGET_PX = 2000;

const { wrappingWidth, nodeSpacing } = MERMAID_CONFIG.flowchart;
/** Around a label: Mermaid's padding on both sides plus the stroke, and the slanted sides of hexagons and trapezoids. */
const NODE_PADDING_PX = 40;
const SLANTED_EXTRA_PX = 60;
/** A group's own padding on both sides. */
const GROUP_PADDING_PX = 40;
/** Average advance of a Latin character of Inter at the label size, and of a wide (CJK, emoji) one. */
const NARROW_EM = 0.52;
const WIDE_EM = 1.05;

const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;

interface Box {
  readonly id: string;
  /** Estimated width of a node, in px; a group's is computed from its children. */
  readonly width: number;
  readonly children: Box[] | null;
}

const charWidth = (char: string): number => FLOWCHART_FONT_PX * (WIDE_CHAR.test(char) ? WIDE_EM : NARROW_EM);
const wordWidth = (word: string): number => Array.from(word).reduce((sum, char) => sum + charWidth(char), 0);

/**
 * The printed width of a label line, in px: Mermaid fills lines word by word
 * up to `wrappingWidth` and breaks a longer word, so the widest filled line
 * counts.
 */
export function textWidth(text: string): number {
  // An entity code (`#35;`, `#gt;`) prints as one character.
  const words = text.replace(/#(?:\d+|[a-z]+);/g, 'x').split(' ');
  const space = charWidth(' ');
  let widest = 0;
  let line = 0;
  for (const word of words) {
    const width = Math.min(wordWidth(word), wrappingWidth);
    line = line === 0 ? width : line + space + width;
    if (line > wrappingWidth) line = width;
    widest = Math.max(widest, line);
  }
  return widest;
}

function nodeWidth(line: string): number {
  const first = line.indexOf('"');
  const last = line.lastIndexOf('"');
  const text = first >= 0 && last > first ? line.slice(first + 1, last) : line;
  const widest = Math.max(...text.split('<br/>').map(textWidth));
  const slanted = /^\s*\w+(?:\{\{|\[\/|\[\\|>)/.test(line);
  return widest + NODE_PADDING_PX + (slanted ? SLANTED_EXTRA_PX : 0);
}

const SUBGRAPH = /^\s*subgraph (\w+)\[/;
const END = /^\s*end\s*$/;
const NODE = /^\s*(\w+)\s*(?:\[|\(|\{|>)/;

/** The groups and nodes of a flowchart (top level as the root's children) and its links. */
function readBoxes(lines: readonly string[]): { root: Box[]; links: [string, string][] } {
  const root: Box[] = [];
  const stack: Box[][] = [root];
  const links: [string, string][] = [];
  for (const line of lines) {
    const current = stack[stack.length - 1] ?? root;
    const group = SUBGRAPH.exec(line);
    if (group !== null) {
      const children: Box[] = [];
      current.push({ id: group[1] ?? '', width: 0, children });
      stack.push(children);
      continue;
    }
    if (END.test(line)) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const link = LINK.exec(line);
    if (link !== null) {
      links.push([link[1] ?? '', link[2] ?? '']);
      continue;
    }
    const node = NODE.exec(line);
    if (node !== null && !/^\s*(?:classDef|class|accTitle|accDescr|flowchart|style|linkStyle)\b/.test(line))
      current.push({ id: node[1] ?? '', width: nodeWidth(line), children: null });
  }
  return { root, links };
}

function idsIn(box: Box, into: Map<string, string>, top: string): void {
  into.set(box.id, top);
  for (const child of box.children ?? []) idsIn(child, into, top);
}

/**
 * Each child's depth among its siblings: a link from inside one child to
 * inside another puts the second below the first. Cycles are cut at the first
 * revisit (longestPathDepths).
 */
function siblingDepths(children: readonly Box[], links: readonly [string, string][]): Map<string, number> {
  const owner = new Map<string, string>();
  for (const child of children) idsIn(child, owner, child.id);
  const incoming = new Map<string, Set<string>>(children.map((c) => [c.id, new Set<string>()]));
  for (const [from, to] of links) {
    const a = owner.get(from);
    const b = owner.get(to);
    if (a !== undefined && b !== undefined && a !== b) incoming.get(b)?.add(a);
  }
  return longestPathDepths(
    children.map((c) => c.id),
    incoming,
  );
}

const rowWidth = (row: readonly Box[]): number => row.reduce((sum, box) => sum + box.width, 0) + nodeSpacing * Math.max(0, row.length - 1);

/**
 * Lays out one container's children bottom-up: wraps every level of siblings
 * wider than the budget into rows, pushing the links that hold them to `out`,
 * and returns the container's resulting width.
 */
function wrapContainer(children: Box[], links: readonly [string, string][], budget: number, out: [string, string][]): number {
  for (const [index, child] of children.entries()) {
    if (child.children !== null) children[index] = { ...child, width: wrapContainer(child.children, links, budget, out) + GROUP_PADDING_PX };
  }
  const depth = siblingDepths(children, links);
  const levels = new Map<number, Box[]>();
  for (const child of children) {
    const d = depth.get(child.id) ?? 0;
    levels.set(d, [...(levels.get(d) ?? []), child]);
  }
  let widest = 0;
  for (const level of levels.values()) {
    const rows: Box[][] = [];
    for (const box of level) {
      const row = rows[rows.length - 1];
      if (row !== undefined && rowWidth([...row, box]) <= budget) row.push(box);
      else rows.push([box]);
    }
    for (let r = 1; r < rows.length; r += 1) {
      const above = rows[r - 1] ?? [];
      for (const [j, box] of (rows[r] ?? []).entries()) {
        const over = above[Math.min(j, above.length - 1)];
        if (over !== undefined) out.push([over.id, box.id]);
      }
    }
    widest = Math.max(widest, ...rows.map(rowWidth));
  }
  return widest;
}

/**
 * The invisible links that wrap a flowchart's wide rows, as [from, to] ids
 * (none when every row fits), and the estimated width of the widest row
 * once wrapped, in px.
 */
export function wrapLinks(source: string, budget: number = ROW_BUDGET_PX): { links: [string, string][]; width: number } {
  const { root, links } = readBoxes(source.split('\n'));
  const out: [string, string][] = [];
  const width = wrapContainer(root, links, budget, out);
  return { links: out, width };
}

/** The flowchart with its wide rows wrapped: the links are appended, so existing link indices stay. */
export function wrapWideRows(source: string, budget: number = ROW_BUDGET_PX): string {
  const extra = wrapLinks(source, budget).links.map(([from, to]) => `  ${from} ~~~ ${to}`);
  if (extra.length === 0) return source;
  return `${source.replace(/\n$/, '')}\n${extra.join('\n')}\n`;
}
