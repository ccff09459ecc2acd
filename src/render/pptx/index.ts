export { deckSections, renderDeck, type DeckOptions } from './render-deck.js';
export { DECK_THEMES, isDeckTheme, type DeckThemeName } from './theme.js';
