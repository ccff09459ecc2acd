// Limits checked before parsing: size, encoding, nesting, alias expansion.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, findExcessiveNesting, MAX_BYTES, MAX_DEPTH } from '../../src/spec/guards.js';
import { loadSpec } from '../../src/spec/load.js';

const codes = (text: string | Uint8Array) => loadSpec('x.yaml', text).diagnostics.map((d) => [d.code, d.line, d.column]);

describe('pre-parse guards', () => {
  it('rejects a file over the size limit without parsing it', () => {
    const big = Buffer.alloc(MAX_BYTES + 1, 'a');
    expect(codes(big)).toEqual([['AIA110', 0, 0]]);
    expect(codes('# x\n'.repeat(MAX_BYTES / 4 + 1))).toEqual([['AIA110', 0, 0]]);
  });

  it('rejects deep block nesting and deep flow nesting', () => {
    const block = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    expect(codes(block)).toEqual([['AIA111', MAX_DEPTH + 1, 2 * MAX_DEPTH + 1]]);
    expect(codes('a: ' + '{b: '.repeat(5000) + '1' + '}'.repeat(5000))).toEqual([['AIA111', 1, 4 + 4 * (MAX_DEPTH - 1)]]);
    // Compact nested sequences count too.
    expect(findExcessiveNesting('- '.repeat(100) + 'x\n')).not.toBeNull();
  });

  it('does not count brackets inside quotes or comments', () => {
    expect(findExcessiveNesting(`a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\nc: 1 # ${'['.repeat(100)}\n`)).toBeNull();
  });

  it('still finds deep flow nesting after text that holds brackets', () => {
    const text = `a: plain [ [ [\n  [ [ continued\nb: |\n  [ [ [\nc: "x [\n  [ y"\nd: ${'['.repeat(60)}\n`;
    expect(findExcessiveNesting(text)).toEqual({ line: 7, column: MAX_DEPTH + 3 });
  });

  it('survives repeated pathological inputs in one process', () => {
    for (let i = 0; i < 3; i++) {
      expect(codes('['.repeat(100_000))[0]?.[0]).toBe('AIA111');
      expect(codes('a:\n' + '  - '.repeat(20_000) + 'x')[0]?.[0]).toBe('AIA111');
    }
  });

  it('finds the first invalid UTF-8 byte', () => {
    // Columns count characters: "é" is one column, two bytes.
    const bytes = Buffer.concat([Buffer.from('ok: é\nbé: '), Buffer.from([0xc3, 0x28])]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, text: 'ok: é\nbé: \ufffd(', at: { line: 2, column: 5 } });
    expect(codes(bytes)).toEqual([['AIA108', 2, 5]]);
    // A U+FFFD written in the file is not the bad byte.
    const spelled = Buffer.concat([Buffer.from('a: \ufffd '), Buffer.from([0xff])]);
    expect(codes(spelled)).toEqual([['AIA108', 1, 6]]);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const result = decodeUtf8(Buffer.from('\ufeffa: 1', 'utf8'));
    expect(result).toEqual({ ok: true, text: 'a: 1' });
  });

  it('stops an alias bomb at the alias limit', () => {
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 20; i++)
      bomb += `k${i}: &k${i} [${Array(10)
        .fill(i === 1 ? '*a' : `*k${i - 1}`)
        .join(', ')}]\n`;
    expect(codes(bomb)).toEqual([['AIA105', 2, 10]]);
  });
});
