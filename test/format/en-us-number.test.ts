import { describe, expect, it } from 'vitest';
import { currencyPrefix } from '../../src/format/currency-prefix.js';
import { type Digits, formatEnUs } from '../../src/format/en-us-number.js';

const intlOptions = (digits: Digits): Intl.NumberFormatOptions =>
  'minSignificant' in digits
    ? { minimumSignificantDigits: digits.minSignificant, maximumSignificantDigits: digits.maxSignificant }
    : { minimumFractionDigits: digits.minFraction, maximumFractionDigits: digits.maxFraction };

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Amounts of every size, and the ones rounding gets wrong: halves at each decimal, a hair either side, runs of nines. */
function values(): number[] {
  const next = random(15);
  const out = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    1.005,
    2.675,
    1.045,
    8.345,
    99.995,
    999.5,
    9.995,
    0.045,
    0.0005,
    0.00005,
    1e21,
    1.5e21,
    2 ** 53,
    2 ** 60 + 1,
    123456789.125,
    1e-7,
    5e-324,
    Number.MAX_VALUE,
  ];
  for (let i = 0; i < 4000; i += 1) {
    const whole = Math.floor(next() * 10 ** Math.floor(next() * 10));
    for (const places of [1, 2, 3, 4, 5, 6, 7]) {
      const half = whole + (Math.floor(next() * 10 ** (places - 1)) * 10 + 5) / 10 ** places;
      out.push(half, -half, half + Number.EPSILON * half, half - Number.EPSILON * half);
    }
    out.push((next() - 0.5) * 10 ** (next() * 30 - 12), Math.floor(next() * 1e6) / 100, 10 ** Math.floor(next() * 8) - 10 ** -Math.floor(next() * 7) / 2);
  }
  return out;
}

const DIGITS: readonly Digits[] = [
  ...[0, 1, 2, 3, 4, 6].map((n) => ({ minFraction: n, maxFraction: n })),
  { minFraction: 2, maxFraction: 4 },
  { minFraction: 0, maxFraction: 3 },
  { minSignificant: 1, maxSignificant: 2 },
  { minSignificant: 1, maxSignificant: 3 },
  { minSignificant: 2, maxSignificant: 4 },
  { minSignificant: 3, maxSignificant: 3 },
];

describe('formatEnUs', () => {
  const all = values();
  for (const digits of DIGITS) {
    it(`prints what Intl.NumberFormat('en-US') prints with ${JSON.stringify(digits)}`, () => {
      const intl = new Intl.NumberFormat('en-US', intlOptions(digits));
      const money = new Intl.NumberFormat('en-US', { ...intlOptions(digits), style: 'currency', currency: 'USD' });
      const wrong: string[] = [];
      for (const value of all) {
        const decimal = formatEnUs(value, digits);
        if (decimal !== intl.format(value)) wrong.push(`${value}: ${decimal} ≠ ${intl.format(value)}`);
        const dollars = formatEnUs(value, digits, '$');
        if (dollars !== money.format(value)) wrong.push(`${value}: ${dollars} ≠ ${money.format(value)}`);
      }
      expect(wrong.slice(0, 10)).toEqual([]);
    });
  }

  it('leaves NaN and the infinities to Intl', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(formatEnUs(value, { minFraction: 0, maxFraction: 0 })).toBeNull();
  });
});

describe('currencyPrefix', () => {
  it("matches Intl's en-US output for every currency it knows, and for codes it does not", () => {
    const digits = { minFraction: 2, maxFraction: 2 };
    for (const code of [...Intl.supportedValuesOf('currency'), 'XYZ', 'usd', 'Eur', 'QQQ']) {
      const intl = new Intl.NumberFormat('en-US', { ...intlOptions(digits), style: 'currency', currency: code });
      const prefix = currencyPrefix(code);
      expect(prefix, code).not.toBeNull();
      for (const value of [1234.5, -0.25, 0]) expect(formatEnUs(value, digits, prefix ?? ''), code).toBe(intl.format(value));
    }
  });
  it('refuses what Intl refuses', () => {
    for (const code of ['', 'US', 'USDX', 'U$D', '12 ']) {
      expect(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: code })).toThrow(RangeError);
      expect(currencyPrefix(code)).toBeNull();
    }
  });
});
