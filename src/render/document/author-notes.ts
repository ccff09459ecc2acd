// The draft PDF's last appendix: what the author should still add, the same
// sentences the draft deck closes with. A client build never carries it.
import { text } from '../../format/markdown.js';
import { bullets, document } from './build.js';
import type { DocumentTree } from './tree.js';

export const AUTHOR_NOTES_TITLE = 'Draft — author notes';

export function authorNotesDocument(notes: readonly string[]): DocumentTree {
  return document('author-notes', AUTHOR_NOTES_TITLE, [
    notes.length > 0
      ? 'Before this proposal goes to the client, the spec should address these points (from aiarch check and the rubric):'
      : 'aiarch check and the rubric have nothing left to add.',
    bullets(notes.map(text)),
  ]);
}
