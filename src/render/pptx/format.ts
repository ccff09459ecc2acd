// Number formatting for the deck: explicit en-US rules, never the machine's locale.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat | null {
  const cached = moneyFormats.get(currency);
  if (cached) return cached;
  try {
    const format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    moneyFormats.set(currency, format);
    return format;
  } catch {
    return null;
  }
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Whole units of the currency with thousands separators: "$1,234,567". */
export function money(value: number, currency: string): string {
  const format = moneyFormat(currency);
  return format ? format.format(value) : `${integer.format(value)} ${currency}`;
}

export function wholeNumber(value: number): string {
  return integer.format(value);
}

/** A 0–10 weighted score or a score difference, one decimal. */
export function score(value: number): string {
  return oneDecimal.format(value);
}

export function percent(value: number): string {
  return `${integer.format(value)}%`;
}

/** Sentence case for a category or enum value: "infrastructure" → "Infrastructure". */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Small amounts (per request, per transaction) with three significant digits: "$0.00472". */
export function moneyPrecise(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumSignificantDigits: 3 }).format(value);
  } catch {
    return `${new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }).format(value)} ${currency}`;
  }
}

/** A rate or count: one decimal below 10, whole numbers above. */
export function quantity(value: number): string {
  return Math.abs(value) < 10 ? oneDecimal.format(value) : integer.format(value);
}
