// Spec text is data: it must never become markdown structure or HTML, because
// the documents are later turned into a PDF through an HTML renderer.

// Quotes stay as they are: with brackets and angle brackets inert they can open
// neither a link title nor an HTML attribute, and the checklist reads them raw.
const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// Characters that start inline markdown (emphasis, code, links, images,
// strikethrough, table cells, raw HTML entities) are backslash-escaped.
const INLINE = /[\\`*_[\]|~!]/g;

/**
 * A line that opens with a heading, list, quote or rule marker as markdown
 * reads it ("#", "# x", "- x", "1. x", "---") with that marker escaped; other
 * text ("#1", "-5%", "1.5 GB") unchanged. Spec text often opens a sentence or
 * a list item, where the marker would make structure: a platform named "#"
 * turned "# leads … by 2.4 points" into a heading.
 */
export function inertStart(line: string): string {
  return line.replace(/^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|-(?=(?:\s*-){2,}\s*$))/, (lead) => `\\${lead}`).replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** One line of inline text: whitespace collapsed, HTML and markdown inert, wherever it lands in a line. */
export function text(value: string | number): string {
  return inertStart(
    String(value)
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(INLINE, (c) => `\\${c}`)
      .replace(/[&<>]/g, (c) => HTML[c] ?? c),
  );
}

/**
 * A paragraph of spec prose (possibly several lines): each paragraph collapsed
 * to one line and guarded so it cannot start a heading, list, quote or fence.
 */
export function prose(value: string): string[] {
  return value
    .split(/\n\s*\n/)
    .map((part) => text(part))
    .filter((part) => part.length > 0)
    .map((part) => part.replace(/^[#>+=-]/, (lead) => `\\${lead}`).replace(/^(\d+)([.)])/, '$1\\$2'));
}

/** Inline code span for identifiers such as spec field names (trusted text only). */
export function field(path: string): string {
  return `\`${path}\``;
}
