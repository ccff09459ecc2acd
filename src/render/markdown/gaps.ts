// What the client documents leave out or assume where the spec is silent,
// said to the author: a section of rubric.md and lines of the draft's author
// notes. The documents themselves never name the spec or its fields.
import { text } from '../../format/markdown.js';
import type { CourseDocument, DocumentGap } from '../types.js';

// `what` may carry spec text (a procedure's name), so it is escaped; paths are field names and schema-checked ids.
function line(gap: Pick<DocumentGap, 'what' | 'path'>): string {
  return `${text(gap.what)}: add \`${gap.path}\` to the spec`;
}

/** Each gap once, with the titles of the documents it shows in: the one list rubric.md, the draft's notes and `aiarch check` give. */
export function distinctGaps(documents: readonly Pick<CourseDocument, 'title' | 'gaps'>[]): { gap: DocumentGap; titles: string[] }[] {
  const byKey = new Map<string, { gap: DocumentGap; titles: string[] }>();
  for (const doc of documents) {
    for (const gap of doc.gaps) {
      const key = `${gap.path}\u0000${gap.what}`;
      const found = byKey.get(key);
      if (!found) byKey.set(key, { gap, titles: [doc.title] });
      else if (!found.titles.includes(doc.title)) found.titles.push(doc.title);
    }
  }
  return [...byKey.values()];
}

/** The rubric.md section: per document, what it leaves out or assumes and the field that fills it. */
export function gapsMarkdown(documents: readonly CourseDocument[]): string {
  const withGaps = documents.filter((d) => d.gaps.length > 0);
  const out = ['## What the documents leave out or assume', ''];
  if (withGaps.length === 0) return [...out, 'Nothing: every section of the six documents is filled from the spec.', ''].join('\n');
  out.push(
    'Where the spec is silent, the client documents leave the part out (its heading goes) or state an industry-standard value as a labelled assumption. Fill these fields to replace them:',
  );
  for (const doc of withGaps) {
    const seen = new Set<string>();
    out.push('', `### ${doc.title}`, '');
    for (const gap of doc.gaps) {
      const text = `- ${line(gap)}.`;
      if (!seen.has(text)) out.push(text);
      seen.add(text);
    }
  }
  return [...out, ''].join('\n');
}

/** One author note per distinct gap, with the documents it shows in. */
export function gapNotes(documents: readonly CourseDocument[]): string[] {
  return distinctGaps(documents).map(({ gap, titles }) => `${line(gap)} (${titles.join(', ')}).`);
}
