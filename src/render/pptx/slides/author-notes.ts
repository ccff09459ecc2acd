// The last slides of a --draft deck: what the author should still add, for the
// author's eyes; a client deck never has them.
import { addBullets, addLead, bodyBelow, contentSlide, pageTitle, paginateBullets, type DeckContext } from '../layout.js';

const FONT_SIZE = 14;

export function addAuthorNotes(ctx: DeckContext, notes: readonly string[]): void {
  const title = 'Draft: author notes';
  const lead =
    notes.length > 0
      ? `${notes.length} ${notes.length === 1 ? 'point' : 'points'} to settle before this deck goes to the client`
      : 'Nothing left to settle: build without --draft for the client';
  // Paged by measured height, so every note lands on some slide whole.
  const room = bodyBelow(lead);
  paginateBullets(notes, room.w, FONT_SIZE, room.h).forEach((page, index) => {
    const slide = contentSlide(ctx, pageTitle(title, index), page);
    const body = addLead(ctx, slide, lead);
    if (page.length > 0) addBullets(ctx, slide, page, body, { fontSize: FONT_SIZE, minSize: 12 });
  });
}
