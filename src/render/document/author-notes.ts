// The draft PDF's last appendix: what the author should still add, the same
// sentences the draft deck closes with. A client build never carries it.
import { text } from '../../format/markdown.js';
import { bullets, document, section } from './build.js';
import type { DocumentTree } from './tree.js';

export const AUTHOR_NOTES_TITLE = 'Draft — author notes';

export function authorNotesDocument(notes: readonly string[], gaps: readonly string[]): DocumentTree {
  return document('author-notes', AUTHOR_NOTES_TITLE, [
    section(2, 'Check and rubric', [
      notes.length > 0 ? 'Points aiarch check and the rubric would have the author settle:' : 'aiarch check and the rubric have nothing left to add.',
      bullets(notes.map(text)),
    ]),
    section(2, 'Left out or assumed in the documents', [
      gaps.length > 0
        ? 'Where the spec is silent, the documents leave the part out or state an industry-standard assumption. These fields would fill them:'
        : 'Nothing: every part of the documents is filled from the spec.',
      // Gap lines carry field names as code spans; they are trusted text written by the document builders.
      bullets(gaps),
    ]),
  ]);
}
