// Inter from @fontsource/inter, inlined as data: URLs. The page refuses every
// request that is not its own inline content, so a font file URL would never
// load; inlining also makes Chromium embed the exact same glyphs on every
// machine instead of whatever system font happens to be installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Face {
  readonly subset: string;
  readonly weight: number;
  readonly style: 'normal' | 'italic';
  readonly range: string;
}

// Unicode ranges copied from @fontsource/inter's own CSS for these subsets;
// latin-ext brings the dashes, arrows and currency signs spec text may use.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES: readonly Face[] = [
  ...[400, 600, 700].flatMap((weight): Face[] => [
    { subset: 'latin', weight, style: 'normal', range: LATIN },
    { subset: 'latin-ext', weight, style: 'normal', range: LATIN_EXT },
  ]),
  { subset: 'latin', weight: 400, style: 'italic', range: LATIN },
  { subset: 'latin-ext', weight: 400, style: 'italic', range: LATIN_EXT },
];

// Inter's subsets lack arrows, math operators and check marks (the documents
// print "→"). Without a face for them Chromium silently picks a system font,
// so KaTeX's fonts (shipped with mermaid, MIT licensed) cover exactly those
// ranges under a family of our own.
const SYMBOLS: readonly { readonly file: string; readonly range: string }[] = [
  { file: 'KaTeX_Main-Regular.woff2', range: 'U+2190-21FF,U+2200-22FF' },
  { file: 'KaTeX_AMS-Regular.woff2', range: 'U+2713,U+2717' },
];

/** The one font stack of the PDF: Inter, then our symbol faces, nothing from the system. */
export const FONT_STACK = "'Inter', 'Aiarch Symbols'";

let cached: string | undefined;

function filesDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');
}

function katexFontsDir(): string {
  // KaTeX is mermaid's dependency, so it is resolved from mermaid's own location.
  const fromMermaid = createRequire(createRequire(import.meta.url).resolve('mermaid'));
  return join(dirname(fromMermaid.resolve('katex/package.json')), 'dist', 'fonts');
}

function face(family: string, weight: number, style: string, file: string, range: string): string {
  const data = readFileSync(file).toString('base64');
  return [
    '@font-face {',
    `  font-family: '${family}';`,
    `  font-style: ${style};`,
    `  font-weight: ${weight};`,
    '  font-display: block;',
    `  src: url(data:font/woff2;base64,${data}) format('woff2');`,
    `  unicode-range: ${range};`,
    '}',
  ].join('\n');
}

function symbolFaces(): string[] {
  const dir = katexFontsDir();
  // One file for every weight, so bold text never asks the system for a bold arrow.
  return SYMBOLS.flatMap((symbol) => [400, 600, 700].map((weight) => face('Aiarch Symbols', weight, 'normal', join(dir, symbol.file), symbol.range)));
}

/** @font-face rules for Inter and the symbol faces, every file inlined. */
export function interFontFaces(): string {
  if (cached !== undefined) return cached;
  const dir = filesDir();
  cached = [...FACES.map((f) => face('Inter', f.weight, f.style, join(dir, `inter-${f.subset}-${f.weight}-${f.style}.woff2`), f.range)), ...symbolFaces()].join(
    '\n',
  );
  return cached;
}

/** The smallest set for the header and footer templates, which Chromium renders apart from the page. */
export function templateFontFaces(): string {
  const dir = filesDir();
  return [400, 600].map((weight) => face('Inter', weight, 'normal', join(dir, `inter-latin-${weight}-normal.woff2`), LATIN)).join('\n');
}
