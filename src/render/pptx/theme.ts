// Deck themes. Colours are 6-digit hex without '#', as pptxgenjs expects.
// Fonts are ones every PowerPoint has and LibreOffice maps metric-compatibly
// (Arial → Liberation Sans), so line breaks match between the two.
export const DECK_THEMES = ['light', 'dark'] as const;
export type DeckThemeName = (typeof DECK_THEMES)[number];

export interface DeckTheme {
  readonly name: DeckThemeName;
  readonly font: string;
  readonly headingFont: string;
  /** Slide background. */
  readonly background: string;
  /** Cards, table body rows. */
  readonly surface: string;
  /** Alternate table rows. */
  readonly surfaceAlt: string;
  readonly border: string;
  readonly text: string;
  readonly muted: string;
  /** Title bar fill and its text. */
  readonly titleBar: string;
  readonly titleText: string;
  /** Accent: rules, highlights, the recommended platform, optimized costs. */
  readonly accent: string;
  /** Second accent: baseline costs, secondary highlights. */
  readonly accent2: string;
  /** Table header fill and text. */
  readonly headerFill: string;
  readonly headerText: string;
  /** Bars of non-recommended candidates, gridlines. */
  readonly neutral: string;
  readonly grid: string;
  readonly good: string;
  readonly warn: string;
  readonly bad: string;
  /** Title slide background and its text. */
  readonly coverBackground: string;
  readonly coverText: string;
  readonly coverMuted: string;
}

const LIGHT: DeckTheme = {
  name: 'light',
  font: 'Arial',
  headingFont: 'Arial',
  background: 'FFFFFF',
  surface: 'F4F6FA',
  surfaceAlt: 'FFFFFF',
  border: 'D5DBE5',
  text: '1F2937',
  muted: '5B6577',
  titleBar: '1E3A5F',
  titleText: 'FFFFFF',
  accent: '0E9F8E',
  accent2: 'E07A2E',
  headerFill: '1E3A5F',
  headerText: 'FFFFFF',
  neutral: '9AA5B8',
  grid: 'E3E7EE',
  good: '1B8A5A',
  warn: 'C27C0E',
  bad: 'C0392B',
  coverBackground: '1E3A5F',
  coverText: 'FFFFFF',
  coverMuted: 'B9C7DA',
};

const DARK: DeckTheme = {
  name: 'dark',
  font: 'Arial',
  headingFont: 'Arial',
  background: '0F172A',
  surface: '1B2538',
  surfaceAlt: '151F31',
  border: '2E3B52',
  text: 'E5E9F0',
  muted: '9AA7BD',
  titleBar: '0A1120',
  titleText: 'F8FAFC',
  accent: '38BDF8',
  accent2: 'F59E0B',
  headerFill: '23324D',
  headerText: 'F8FAFC',
  neutral: '5B6B85',
  grid: '26334A',
  good: '34D399',
  warn: 'FBBF24',
  bad: 'F87171',
  coverBackground: '0A1120',
  coverText: 'F8FAFC',
  coverMuted: '9AA7BD',
};

const THEMES: Readonly<Record<DeckThemeName, DeckTheme>> = { light: LIGHT, dark: DARK };

export function isDeckTheme(name: string): name is DeckThemeName {
  return (DECK_THEMES as readonly string[]).includes(name);
}

export function deckTheme(name: DeckThemeName): DeckTheme {
  return THEMES[name];
}
