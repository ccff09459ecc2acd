import { describe, expect, it } from 'vitest';
import { cleanText, decodeNumericEntities, ganttLabel, IdAllocator, label, MAX_LABEL_LENGTH } from '../../../src/render/mermaid/escape.js';

describe('label', () => {
  it('encodes every character that could end a quoted string, start a comment or become markup', () => {
    expect(label('say "hi" #1 50% a&b `x` a|b <img> a-->b')).toBe('say #34;hi#34; #35;1 50#37; a#38;b #96;x#96; a#124;b #lt;img#gt; a--#gt;b');
    expect(label('%%{init: {"securityLevel":"loose"}}%%')).not.toMatch(/["%]/);
  });

  it('keeps an entity-looking user string literal by encoding its #', () => {
    expect(label('#quot;')).toBe('#35;quot;');
  });

  it('flattens newlines and control characters and bounds the length', () => {
    expect(cleanText('a\nb\r\n\tc\u0000d\u2028e')).toBe('a b c d e');
    const long = label('x'.repeat(500));
    expect(Array.from(long)).toHaveLength(MAX_LABEL_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });

  it('encodes : and ; only where gantt needs it, in one pass', () => {
    expect(ganttLabel('a: b; #')).toBe('a#58; b#59; #35;');
  });
});

describe('decodeNumericEntities', () => {
  it('turns the codes Mermaid prints literally back into character references', () => {
    expect(decodeNumericEntities('<tspan>&amp;#34;q&amp;#34; &amp;amp;</tspan>')).toBe('<tspan>&#34;q&#34; &amp;amp;</tspan>');
  });

  it('decodes a code that Mermaid split across wrapped rows', () => {
    expect(decodeNumericEntities('<t>a&amp;#3</t><t>4;b</t>')).toBe('<t>a&#34;</t><t>b</t>');
    expect(decodeNumericEntities('<t>a&amp;</t><t>#37;</t>')).toBe('<t>a&#37;</t><t></t>');
  });
});

describe('IdAllocator', () => {
  it('hands out generated ids in first-seen order, never the user id', () => {
    const ids = new IdAllocator('n');
    expect([ids.id('end'), ids.id('graph'), ids.id('end'), ids.id('click')]).toEqual(['n0', 'n1', 'n0', 'n2']);
  });

  it('refuses a keyword or malformed prefix', () => {
    expect(() => new IdAllocator('end')).toThrow();
    expect(() => new IdAllocator('1x')).toThrow();
  });
});
