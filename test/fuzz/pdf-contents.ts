// The PDF's contents page against the pages its headings landed on, read back
// with pdftotext as a reader would see them.
import { execFileSync } from 'node:child_process';

export interface ContentsEntry {
  readonly title: string;
  readonly page: number;
}

/** Whitespace, soft hyphens and zero-width characters removed: extraction spaces and wraps text freely. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad\u200b-\u200f\u2060\ufeff]+/g, '');
}

function pages(pdf: string, layout: boolean): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const split = text.split('\f');
  if (split.at(-1)?.trim() === '') split.pop();
  return split;
}

/**
 * Body lines of a page: the running header and footer dropped. Each is a block
 * of lines (a long client name wraps) set apart from the body by the margin,
 * which -layout prints as blank lines.
 */
function body(page: string): string[] {
  const lines = page.split('\n');
  const filled = lines.map((l, i) => (l.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  let first = filled[0] ?? 0;
  while (first + 1 < lines.length && lines[first + 1]?.trim() !== '') first += 1;
  let last = filled.at(-1) ?? lines.length - 1;
  while (last - 1 > first && lines[last - 1]?.trim() !== '') last -= 1;
  return lines.slice(first + 1, last);
}

/** Entries of the contents page(s): a title (wrapped lines joined) and its page number. */
export function contentsEntries(layoutPages: readonly string[]): { entries: ContentsEntry[]; problems: string[] } {
  const start = layoutPages.findIndex((p) => body(p).some((l) => l.trim() === 'Contents'));
  if (start < 0) return { entries: [], problems: ['no contents page'] };
  const entries: ContentsEntry[] = [];
  const problems: string[] = [];
  let pending = '';
  for (let p = start; p < layoutPages.length; p++) {
    // The contents end where the first entry's page begins.
    const firstPage = entries[0]?.page;
    if (firstPage !== undefined && p + 1 >= firstPage) break;
    for (const raw of body(layoutPages[p] ?? '')) {
      const line = raw.trim();
      if (line === '' || (p === start && line === 'Contents' && entries.length === 0 && pending === '')) continue;
      const numbered = /^(.*?)\s*(\d+)$/.exec(line);
      if (numbered && (/\s{2,}\d+$/.test(raw.trimEnd()) || numbered[1] === '')) {
        entries.push({ title: `${pending} ${numbered[1] ?? ''}`.trim(), page: Number(numbered[2]) });
        pending = '';
      } else {
        pending = `${pending} ${line}`;
      }
    }
  }
  if (pending.trim() !== '') problems.push(`contents text without a page number: "${pending.trim().slice(0, 120)}"`);
  if (entries.length === 0) problems.push('contents page lists no entries');
  return { entries, problems };
}

/** Problems with the contents: entries whose heading is not on the page the contents names. */
export function contentsProblems(pdf: string): string[] {
  const layout = pages(pdf, true);
  const plain = pages(pdf, false);
  const { entries, problems } = contentsEntries(layout);
  for (const entry of entries) {
    const page = plain[entry.page - 1];
    if (page === undefined) {
      problems.push(`"${entry.title}" → page ${entry.page}, but the PDF has ${plain.length} pages`);
    } else if (!squash(page).includes(squash(entry.title))) {
      const found = plain.findIndex((p, i) => i > 0 && squash(p).includes(squash(entry.title)));
      problems.push(`"${entry.title.slice(0, 120)}" → page ${entry.page}, but the heading is ${found < 0 ? 'on no page' : `on page ${found + 1}`}`);
    }
  }
  return problems;
}

/** The whole PDF's text, for figures that must appear in it. */
export function pdfText(pdf: string): string {
  return pages(pdf, false).join('\n');
}
