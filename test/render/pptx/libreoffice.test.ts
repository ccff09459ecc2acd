// LibreOffice must open and convert every deck. Needs `soffice` on PATH
// (apt-get install -y libreoffice-impress); without it these tests fail.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDeck } from '../../../src/render/pptx/index.js';
import type { DiagramImage } from '../../../src/render/types.js';
import { modelOf, referenceSpec, slides, tinyPng, xmlParts } from './helpers.js';
import { hostileSpec, longSpec } from './stress.js';

const dir = mkdtempSync(join(tmpdir(), 'aiarch-pptx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** PDF page count from the page tree's /Count (LibreOffice writes it uncompressed). */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...counts);
}

function convert(decks: Record<string, Uint8Array>): Record<string, Buffer> {
  const files = Object.entries(decks).map(([name, bytes]) => {
    const file = join(dir, `${name}.pptx`);
    writeFileSync(file, bytes);
    return file;
  });
  // A private profile, so a concurrent LibreOffice (or a stale lock) cannot interfere.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  return Object.fromEntries(Object.keys(decks).map((name) => [name, readFileSync(join(dir, `${name}.pdf`))]));
}

describe('LibreOffice', () => {
  it('converts the reference deck in both themes, the hostile deck and the long deck, one page per slide', async () => {
    const image: DiagramImage = { name: 'reference-architecture', svg: '<svg/>', png: tinyPng(16, 9), width: 1600, height: 900 };
    const decks = {
      light: await renderDeck(modelOf(referenceSpec()), [image], { theme: 'light' }),
      dark: await renderDeck(modelOf(referenceSpec()), null, { theme: 'dark' }),
      hostile: await renderDeck(modelOf(hostileSpec()), null, { theme: 'light' }),
      long: await renderDeck(modelOf(longSpec()), null, { theme: 'dark' }),
    };
    const pdfs = convert(decks);
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect(pdf.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
    }
    // One page per slide: the slide count of each deck, read from the deck itself.
    for (const [name, deck] of Object.entries(decks)) {
      expect(pageCount(pdfs[name]!), name).toBe(slides(await xmlParts(deck)).length);
    }
    expect(pageCount(pdfs.light!)).toBe(16);
    expect(pageCount(pdfs.long!)).toBeGreaterThan(16);
  });
});
