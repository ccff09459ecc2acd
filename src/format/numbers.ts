// Number formatting for every artifact (documents, deck, checks): explicit en-US rules so output never
// depends on the machine's locale. Money is rounded here and only here.
import { currencyPrefix } from './currency-prefix.js';
import { type Digits, formatEnUs } from './en-us-number.js';

/**
 * A formatter printing what Intl.NumberFormat('en-US') prints with these
 * digits (and this currency's style), made without Intl (en-us-number.ts):
 * the first Intl formatter of a process loads ICU's number data, about 11 ms
 * of a `check` that prints a handful of figures. Intl formats only NaN and
 * the infinities.
 */
function enUs(digits: Digits, currency?: { readonly code: string; readonly prefix: string }): (value: number) => string {
  let intl: Intl.NumberFormat | undefined;
  const options: Intl.NumberFormatOptions =
    'minSignificant' in digits
      ? { minimumSignificantDigits: digits.minSignificant, maximumSignificantDigits: digits.maxSignificant }
      : { minimumFractionDigits: digits.minFraction, maximumFractionDigits: digits.maxFraction };
  const style: Intl.NumberFormatOptions = currency === undefined ? options : { ...options, style: 'currency', currency: currency.code };
  return (value) => formatEnUs(value, digits, currency?.prefix) ?? (intl ??= new Intl.NumberFormat('en-US', style)).format(value);
}

const grouped = (digits: number) => enUs({ minFraction: digits, maxFraction: digits });
const INTEGER = { format: grouped(0) };
const ONE_DECIMAL = { format: grouped(1) };

// -0 would print as "-0"; a rounded tiny negative likewise.
function clean(text: string): string {
  return text.startsWith('-') && !/[1-9]/.test(text) ? text.slice(1) : text;
}

export interface Formatter {
  /**
   * Any amount on its own: whole units from 100 up ("$12,345"), cents below
   * ("$60.00", "$0.32"), and an amount under half a cent as a unit price
   * ("$0.0036") so it never reads "$0" or "$1".
   */
  money(value: number): string;
  /** Whole units at any size: only for amounts known to be large (budgets the spec states); anything computed goes through money or column. */
  moneyWhole(value: number): string;
  /** Unit prices and per-transaction costs: cents from one unit up, 4 decimals below, 2 significant digits below 0.0001. */
  unitMoney(value: number): string;
  /** Two amounts side by side, with enough decimals (up to 6) that they read differently when they differ. */
  pair(a: number, b: number): [string, string];
  /**
   * One precision for a whole table column, the finest its values need:
   * whole units when every value is 100 or more (or whole), cents when every
   * other value is at least half a cent, four decimals otherwise.
   */
  column(values: readonly number[]): (value: number) => string;
  /**
   * One precision for a column of totals and projections: whole units while
   * every amount is $10 or more (or zero), where a cent changes nothing;
   * cents, or four decimals, once a smaller amount would read "$0" or "$1".
   */
  totals(values: readonly number[]): (value: number) => string;
  /**
   * A column of amounts read in thousands, millions or billions, for a table
   * too narrow to print them whole: the figures without the currency, and the
   * unit the column header states ("KWD millions"). At a scale of 1 it is
   * `totals` with no unit.
   */
  scaled(values: readonly number[], scale: AmountScale): ScaledAmounts;
  /** An amount of a million or more in words, for a tile too small for every digit: "KWD 20.0 billion", "$1.25 million" → "$1.3 million"; smaller ones as `money`. */
  moneyInWords(value: number): string;
}

/** The units a column of amounts can be read in: ones, thousands, millions, billions. */
export const AMOUNT_SCALES = [1, 1e3, 1e6, 1e9] as const;
export type AmountScale = (typeof AMOUNT_SCALES)[number];
const SCALE_NAME: ReadonlyMap<number, string> = new Map([
  [1e3, 'thousands'],
  [1e6, 'millions'],
  [1e9, 'billions'],
]);

export interface ScaledAmounts {
  /** What the header says the figures count, e.g. "KWD millions"; null when they are plain amounts. */
  readonly unit: string | null;
  readonly format: (value: number) => string;
}

// Formatters are pure: one per currency serves the whole process.
const formatters = new Map<string, Formatter>();

/** The formatter for one currency, made once per process. */
export function createFormatter(currency: string): Formatter {
  let formatter = formatters.get(currency);
  if (formatter === undefined) {
    formatter = makeFormatter(currency);
    formatters.set(currency, formatter);
  }
  return formatter;
}

function makeFormatter(currency: string): Formatter {
  const prefix = currencyPrefix(currency);
  const make = (digits: Digits): ((value: number) => string) => {
    if (prefix !== null) {
      const format = enUs(digits, { code: currency, prefix });
      return (value) => clean(format(value));
    }
    // Not a currency code Intl takes: "CODE 1,234".
    const format = enUs(digits);
    return (value) => clean(`${currency} ${format(value)}`);
  };
  const fixed = (n: number): Digits => ({ minFraction: n, maxFraction: n });
  const whole = make(fixed(0));
  const cents = make(fixed(2));
  const fine = make(fixed(4));
  const tenths = make(fixed(1));
  const tiny = make({ minSignificant: 1, maxSignificant: 2 });
  const unit = (v: number): string => (v === 0 ? cents(0) : Math.abs(v) >= 1 ? cents(v) : Math.abs(v) >= 0.0001 ? fine(v) : tiny(v));
  // A cost under half a cent is real and shown as a unit price; a negative that small is float noise and prints as zero.
  const totals = (values: readonly number[]): ((value: number) => string) => {
    if (values.every((v) => Math.abs(v) < NOISE || Math.abs(v) >= 10)) return whole;
    return values.every((v) => v < NOISE || v >= HALF_CENT) ? cents : fine;
  };
  const amount = (v: number): string => (Math.abs(v) >= 100 ? whole(v) : v >= NOISE && v < HALF_CENT ? unit(v) : cents(v));
  return {
    money: amount,
    moneyWhole: whole,
    unitMoney: (value) => unit(value),
    pair: (a, b) => {
      if (unit(a) !== unit(b) || a === b) return [unit(a), unit(b)];
      const precise = make(fixed(6));
      return [precise(a), precise(b)];
    },
    column: (values) => {
      if (values.every((v) => Math.abs(v) >= 100 || Number.isInteger(v))) return whole;
      return values.every((v) => v < NOISE || v >= HALF_CENT) ? cents : fine;
    },
    totals,
    moneyInWords: (value) => {
      const size = Math.abs(value);
      const [divisor, word] = size >= 1e12 ? [1e12, 'trillion'] : size >= 1e9 ? [1e9, 'billion'] : size >= 1e6 ? [1e6, 'million'] : [1, ''];
      if (divisor === 1) return amount(value);
      return `${(size / divisor >= 100 ? whole : tenths)(value / divisor)} ${word}`;
    },
    scaled: (values, scale) => {
      const name = SCALE_NAME.get(scale);
      if (name === undefined) return { unit: null, format: totals(values) };
      // Whole units of the scale while every figure reads 10 or more, one decimal once one would read "0" to "9".
      const digits = values.every((v) => Math.abs(v) < NOISE || Math.abs(v) / scale >= 10) ? INTEGER : ONE_DECIMAL;
      return { unit: `${currency} ${name}`, format: (value) => clean(digits.format(value / scale)) };
    },
  };
}

/** Below this an amount rounds to zero cents. */
const HALF_CENT = 0.005;
/** Below this a computed amount is float noise, not money. */
const NOISE = 1e-9;

/** Integer with thousands separators. */
export function int(value: number): string {
  return clean(INTEGER.format(value));
}

/** Fixed one decimal, e.g. weighted scores "8.8". */
export function oneDecimal(value: number): string {
  return clean(ONE_DECIMAL.format(value));
}

/** Percent with up to one decimal: "49%", "12.5%". */
export function percent(value: number): string {
  const nf = Number.isInteger(Math.round(value * 10) / 10) ? INTEGER : ONE_DECIMAL;
  return `${clean(nf.format(value))}%`;
}

/**
 * A cost's share of its budget as people say it: "49%" up to ten times the
 * budget, then the multiple ("4.4 billion times"), which a deck card can hold
 * where "438,000,000,000.0%" was cut.
 */
export function budgetShare(usedPercent: number): { readonly text: string; readonly multiple: boolean } {
  if (usedPercent < 1000) return { text: percent(usedPercent), multiple: false };
  const times = usedPercent / 100;
  const [divisor, word] = times >= 1e12 ? [1e12, ' trillion'] : times >= 1e9 ? [1e9, ' billion'] : times >= 1e6 ? [1e6, ' million'] : [1, ''];
  return { text: `${divisor === 1 ? int(times) : oneDecimal(times / divisor)}${word} times`, multiple: true };
}

/** Raw score 0–10: integers as is, fractions to one decimal. */
export function score(value: number): string {
  return Number.isInteger(value) ? String(value) : oneDecimal(value);
}

/** Counts for prose: "53,750", or "12.3 million" from a million up, then billions and trillions. */
export function count(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e12) return `${oneDecimal(value / 1e12)} trillion`;
  if (size >= 1e9) return `${oneDecimal(value / 1e9)} billion`;
  if (size >= 1e6) return `${oneDecimal(value / 1e6)} million`;
  return int(value);
}

/** A rate or count: one decimal below 10, whole numbers above. */
export function quantity(value: number): string {
  return Math.abs(value) < 10 ? oneDecimal(value) : int(value);
}

/**
 * A request rate in the unit that keeps it readable: "4.2 requests per
 * second", "0.7 requests per minute", "3.0 requests per hour", never "0.0
 * requests per second" for a small but real load.
 */
export function requestRate(perSecond: number): string {
  const { value, unit } = requestRateParts(perSecond);
  return `${value} ${unit}`;
}

/** The same rate as its figure and its unit, for a tile that sets the figure large: { value: "0.4", unit: "requests per second" }. */
export function requestRateParts(perSecond: number): { readonly value: string; readonly unit: string } {
  if (perSecond >= 0.1 || perSecond === 0) return { value: quantity(perSecond), unit: 'requests per second' };
  const perMinute = perSecond * 60;
  if (perMinute >= 0.1) return { value: quantity(perMinute), unit: 'requests per minute' };
  return { value: quantity(perSecond * 3600), unit: 'requests per hour' };
}
