// en-US number formatting that prints exactly what Intl.NumberFormat('en-US')
// prints for the options the artifacts use, without Intl. The first
// Intl.NumberFormat of a process loads ICU's number data (about 11 ms), a
// tenth of a quick command's whole run; `check` and `model` print only a few
// figures. JavaScript libraries that format without Intl (numeral, d3-format)
// round the binary value (toFixed: 1.005 → "1.00") where ICU rounds the
// shortest decimal that reads back as the same double, half away from zero
// (1.005 → "1.01"); this module does what ICU does.
// test/format/en-us-number.test.ts compares it with Intl over a few hundred
// thousand values, the currency table included.

/** How many digits after the point (fraction) or in all (significant), at least and at most. */
export type Digits = { readonly minFraction: number; readonly maxFraction: number } | { readonly minSignificant: number; readonly maxSignificant: number };

/** A positive decimal: the digits (no leading or trailing zeros) and where the point goes, value = 0.digits × 10^point. */
interface Decimal {
  readonly digits: string;
  readonly point: number;
}

/** The shortest decimal that reads back as this double (the digits JavaScript prints), as ICU starts from. */
function shortest(value: number): Decimal {
  if (value === 0) return { digits: '', point: 0 };
  const text = value.toExponential();
  const e = text.indexOf('e');
  const digits = (text[1] === '.' ? text[0] + text.slice(2, e) : text.slice(0, e)).replace(/0+$/, '');
  return { digits, point: Number(text.slice(e + 1)) + 1 };
}

/** Keeps the first `keep` digits, rounding half away from zero (Intl's default, halfExpand). */
function round({ digits, point }: Decimal, keep: number): Decimal {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '', point: 0 };
  const up = digits.charCodeAt(keep) >= 53; // "5" or more
  let head = digits.slice(0, keep);
  if (up) {
    // Add one at the last kept digit: trailing nines become zeros (dropped) and carry.
    const nines = /9*$/.exec(head)?.[0].length ?? 0;
    head = head.slice(0, head.length - nines);
    if (head === '') return { digits: '1', point: point + 1 };
    head = head.slice(0, -1) + String(Number(head.slice(-1)) + 1);
  }
  head = head.replace(/0+$/, '');
  return head === '' ? { digits: '', point: 0 } : { digits: head, point };
}

/** "1234567" → "1,234,567". */
function group(integer: string): string {
  let out = integer.slice(0, ((integer.length - 1) % 3) + 1);
  for (let i = out.length; i < integer.length; i += 3) out += `,${integer.slice(i, i + 3)}`;
  return out;
}

/**
 * `value` as Intl.NumberFormat('en-US', { ...digits, style: 'currency' })
 * formats it when `prefix` is the currency's (see currencyPrefix), or as the
 * decimal style when `prefix` is ''. Null for NaN and the infinities, which
 * the caller leaves to Intl.
 */
export function formatEnUs(value: number, digits: Digits, prefix = ''): string | null {
  if (!Number.isFinite(value)) return null;
  const negative = value < 0 || Object.is(value, -0);
  const exact = shortest(Math.abs(value));
  const significant = 'minSignificant' in digits;
  const rounded = round(exact, significant ? digits.maxSignificant : exact.point + digits.maxFraction);
  const { digits: d, point } = rounded;
  const integer = point > 0 ? d.slice(0, point).padEnd(point, '0') : '0';
  let fraction = point >= 0 ? d.slice(point) : '0'.repeat(-point) + d;
  // Pad with zeros to the minimum: fraction digits, or significant digits,
  // which run from the first non-zero digit (magnitude point - 1) to the last
  // printed; zero has one, its "0".
  const minFraction = significant ? digits.minSignificant - (d === '' ? 1 : point) : digits.minFraction;
  fraction = fraction.padEnd(minFraction, '0');
  return `${negative ? '-' : ''}${prefix}${group(integer)}${fraction === '' ? '' : `.${fraction}`}`;
}
