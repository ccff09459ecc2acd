// The one place user text becomes Mermaid text. Every spec string that reaches
// a diagram goes through `label()`, so a name holding quotes, brackets, `%%`,
// `-->` or HTML stays literal text and can never become syntax, a directive or
// markup (see PITFALLS "Mermaid and mermaid-cli").

/** Longest label kept; longer text is cut with an ellipsis so one field cannot blow the diagram up. */
export const MAX_LABEL_LENGTH = 80;

// C0/C1 controls, DEL, line/paragraph separators, bidirectional overrides and
// marks (which can make a label read in another order than it is written), BOM
// and lone surrogates. Right-to-left letters themselves are kept.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Single-line printable text: controls and newlines become spaces, runs of space collapse, length is bounded. */
export function cleanText(value: string, max: number = MAX_LABEL_LENGTH): string {
  const flat = value.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

// Mermaid entity codes. `<` and `>` use the named codes Mermaid decodes in
// every label mode; the rest use numeric codes, which the SVG post-processing
// (`decodeNumericEntities`) restores where SVG-text labels print them literally.
const CODES: Readonly<Record<string, string>> = {
  '"': '#34;',
  '#': '#35;',
  '%': '#37;',
  '&': '#38;',
  '`': '#96;',
  '|': '#124;',
  '<': '#lt;',
  '>': '#gt;',
  ':': '#58;',
  ';': '#59;',
};

/** Text safe inside a quoted Mermaid string: node and edge labels, subgraph titles, gantt tasks, chart categories. */
export function label(value: string, max: number = MAX_LABEL_LENGTH): string {
  return cleanText(value, max).replace(/["#%&`|<>]/g, (char) => CODES[char] ?? '');
}

/** A gantt task name, where `:` ends the name and `;` ends the statement. */
export function ganttLabel(value: string, max: number = MAX_LABEL_LENGTH): string {
  return cleanText(value, max).replace(/["#%&`|<>:;]/g, (char) => CODES[char] ?? '');
}

/** A quoted label as it is written in Mermaid source. */
export function quoted(value: string, max: number = MAX_LABEL_LENGTH): string {
  return `"${label(value, max)}"`;
}

/**
 * With SVG-text labels Mermaid prints numeric entity codes literally (as
 * `&amp;#35;`); turn them back into character references. Every user `#` is
 * itself encoded, so this pattern only ever comes from `label()`. Mermaid
 * wraps a long word character by character, so a code can be split across
 * <tspan> rows: the tags inside it move behind the decoded character.
 */
export function decodeNumericEntities(svg: string): string {
  return svg.replace(/&amp;((?:<[^>]+>)*)#((?:<[^>]+>|\d)+?)((?:<[^>]+>)*);/g, (whole, before: string, body: string, after: string) => {
    const digits = body.replace(/<[^>]+>/g, '');
    if (digits === '' || digits.length > 6) return whole;
    const tags = `${before}${body.replace(/\d/g, '')}${after}`;
    return `&#${digits};${tags}`;
  });
}

const RESERVED = new Set(['end', 'graph', 'flowchart', 'subgraph', 'click', 'style', 'classdef', 'class', 'linkstyle', 'default', 'call', 'href']);

/** Generated node ids: never user text, never a Mermaid keyword. */
export class IdAllocator {
  private readonly ids = new Map<string, string>();
  constructor(private readonly prefix: string = 'n') {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(prefix) || RESERVED.has(prefix.toLowerCase())) {
      throw new Error(`Invalid Mermaid id prefix: ${prefix}`);
    }
  }

  /** The id for a key, allocated in first-seen order (so output is deterministic). */
  id(key: string): string {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `${this.prefix}${this.ids.size}`;
      this.ids.set(key, id);
    }
    return id;
  }

  has(key: string): boolean {
    return this.ids.has(key);
  }
}
