// Number formatting for every artifact (documents, deck, checks): explicit en-US rules so output never
// depends on the machine's locale. Money is rounded here and only here.

const grouped = (digits: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

// Made on first use: the first Intl formatter loads ICU's locale data, which
// `aiarch validate` never needs.
let integerFormat: Intl.NumberFormat | undefined;
let oneDecimalFormat: Intl.NumberFormat | undefined;
const INTEGER = { format: (value: number): string => (integerFormat ??= grouped(0)).format(value) };
const ONE_DECIMAL = { format: (value: number): string => (oneDecimalFormat ??= grouped(1)).format(value) };

// -0 would print as "-0"; a rounded tiny negative likewise.
function clean(text: string): string {
  return text.startsWith('-') && !/[1-9]/.test(text) ? text.slice(1) : text;
}

export interface Formatter {
  /** Whole units from 100 up ("$12,345"), cents below ("$60.00"). */
  money(value: number): string;
  /** Always whole units, for totals that sit beside large figures. */
  moneyWhole(value: number): string;
  /** Unit prices and per-transaction costs: cents from one unit up, 4 decimals below, 2 significant digits below 0.0001. */
  unitMoney(value: number): string;
  /** Two amounts side by side, with enough decimals (up to 6) that they read differently when they differ. */
  pair(a: number, b: number): [string, string];
  /** One precision for a whole table column: whole units when every value is 100 or more (or whole), cents otherwise. */
  column(values: readonly number[]): (value: number) => string;
}

export function createFormatter(currency: string): Formatter {
  const make = (options: Intl.NumberFormatOptions): ((value: number) => string) => {
    try {
      const nf = new Intl.NumberFormat('en-US', { style: 'currency', currency, ...options });
      return (value) => clean(nf.format(value));
    } catch {
      // Not a currency Intl knows: fall back to "CODE 1,234".
      const nf = new Intl.NumberFormat('en-US', options);
      return (value) => clean(`${currency} ${nf.format(value)}`);
    }
  };
  const whole = make({ minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const cents = make({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fine = make({ minimumFractionDigits: 4, maximumFractionDigits: 4 });
  const tiny = make({ minimumSignificantDigits: 1, maximumSignificantDigits: 2 });
  const unit = (v: number): string => (v === 0 ? cents(0) : Math.abs(v) >= 1 ? cents(v) : Math.abs(v) >= 0.0001 ? fine(v) : tiny(v));
  return {
    money: (value) => (Math.abs(value) >= 100 ? whole(value) : cents(value)),
    moneyWhole: whole,
    unitMoney: (value) => unit(value),
    pair: (a, b) => {
      if (unit(a) !== unit(b) || a === b) return [unit(a), unit(b)];
      const precise = make({ minimumFractionDigits: 6, maximumFractionDigits: 6 });
      return [precise(a), precise(b)];
    },
    column: (values) => (values.every((v) => Math.abs(v) >= 100 || Number.isInteger(v)) ? whole : cents),
  };
}

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

/** Raw score 0–10: integers as is, fractions to one decimal. */
export function score(value: number): string {
  return Number.isInteger(value) ? String(value) : oneDecimal(value);
}

/** Counts for prose: "53,750", or "12.3 million" from a million up. */
export function count(value: number): string {
  if (Math.abs(value) >= 1e6) return `${oneDecimal(value / 1e6)} million`;
  return int(value);
}
