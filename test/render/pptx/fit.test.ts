// Deck text is measured with Arial's (Helvetica's) glyph widths, wrapped at
// spaces, set smaller before it is shortened, and shortened only at a word.
import { describe, expect, it } from 'vitest';
import { fitText, lineHeight } from '../../../src/render/pptx/layout.js';
import { needsFallbackFont, textWidth, wrapLines } from '../../../src/render/pptx/measure.js';

const SENTENCE = 'Clinicians sign off every discharge summary before it reaches the patient record';

describe('measuring text', () => {
  it('adds up the font metrics: "Hello" at 12 pt is H 722 + e 556 + l 222 + l 222 + o 556 thousandths of an em', () => {
    expect(textWidth('Hello', { fontSize: 12 })).toBeCloseTo((2278 / 1000) * (12 / 72), 6);
    expect(textWidth('Hello', { fontSize: 12, bold: true })).toBeGreaterThan(textWidth('Hello', { fontSize: 12 }));
    // Narrow and wide letters differ, as an average character width would not say.
    expect(textWidth('iiii', { fontSize: 12 })).toBeLessThan(textWidth('WWWW', { fontSize: 12 }) / 3);
  });

  it('measures accented letters as their base letter and knows which scripts Arial lacks', () => {
    expect(textWidth('Ő', { fontSize: 20 })).toBeCloseTo(textWidth('O', { fontSize: 20 }), 6);
    expect(needsFallbackFont('Société Générale')).toBe(false);
    expect(needsFallbackFont('مستشفى الأمل')).toBe(true);
    expect(textWidth('مستشفى', { fontSize: 12 })).toBeGreaterThan(0);
  });

  it('wraps at spaces, and breaks a word only when it is wider than the line', () => {
    const lines = wrapLines(SENTENCE, 3, { fontSize: 12 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(SENTENCE);
    for (const line of lines) expect(textWidth(line, { fontSize: 12 })).toBeLessThanOrEqual(3);
    const long = wrapLines('Pneumonoultramicroscopicsilicovolcanoconiosis', 1, { fontSize: 12 });
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('Pneumonoultramicroscopicsilicovolcanoconiosis');
  });
});

describe('fitText', () => {
  it('keeps the largest size at which the text fits the box whole', () => {
    const roomy = fitText(SENTENCE, { w: 12, h: 1 }, { maxSize: 18, minSize: 12 });
    expect(roomy).toMatchObject({ text: SENTENCE, fontSize: 18, lines: 1, cut: false });
    const tight = fitText(SENTENCE, { w: 4, h: 2 * lineHeight(14) }, { maxSize: 18, minSize: 12 });
    expect(tight.cut).toBe(false);
    expect(tight.fontSize).toBeLessThan(18);
    expect(tight.lines).toBeLessThanOrEqual(2);
  });

  it('shortens only below the smallest size, at a word boundary, within the lines allowed', () => {
    const cut = fitText(SENTENCE, { w: 2.5, h: 10 }, { maxSize: 14, minSize: 12, maxLines: 1 });
    expect(cut.cut).toBe(true);
    expect(cut.fontSize).toBe(12);
    expect(cut.text.endsWith('…')).toBe(true);
    const kept = cut.text.slice(0, -1).split(' ');
    expect(SENTENCE.split(' ').slice(0, kept.length)).toEqual(kept);
    expect(wrapLines(cut.text, 2.5, { fontSize: 12 })).toHaveLength(1);
  });
});
