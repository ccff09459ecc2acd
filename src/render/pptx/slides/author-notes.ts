// The last slides of a --draft deck: what the author should still add, for the
// author's eyes; a client deck never has them.
import { addBullets, addLead, contentSlide, pageTitle, pages, type DeckContext } from '../layout.js';

const NOTES_PER_SLIDE = 5;

export function addAuthorNotes(ctx: DeckContext, notes: readonly string[]): void {
  const title = 'Draft: author notes';
  const lead =
    notes.length > 0
      ? `${notes.length} ${notes.length === 1 ? 'point' : 'points'} to settle before this deck goes to the client`
      : 'Nothing left to settle: build without --draft for the client';
  pages(notes, NOTES_PER_SLIDE).forEach((page, index) => {
    const slide = contentSlide(ctx, pageTitle(title, index), page);
    const body = addLead(ctx, slide, lead);
    if (page.length > 0) addBullets(ctx, slide, page, body, { fontSize: 14, lines: 3 });
  });
}
