// Deck formatting helpers over the shared number formatter.
import { createFormatter, int, oneDecimal, percent as sharedPercent } from '../../format/numbers.js';

export { quantity, requestRate, requestRateParts } from '../../format/numbers.js';

// Money and scores go through the one shared formatter, so the deck prints
// every figure exactly as the documents and the PDF do.

/** An amount as every artifact prints it: "$1,234,567", "$60.00", "$0.0036" (src/format/numbers.ts). */
export function money(value: number, currency: string): string {
  return createFormatter(currency).money(value);
}

/** One precision for a column of totals, as the documents' cost tables pick it. */
export function moneyColumn(values: readonly number[], currency: string): (value: number) => string {
  return createFormatter(currency).totals(values);
}

export function wholeNumber(value: number): string {
  return int(value);
}

/** A 0–10 weighted score or a score difference, one decimal. */
export function score(value: number): string {
  return oneDecimal(value);
}

export function percent(value: number): string {
  return sharedPercent(value);
}

/** Sentence case for a category or enum value: "infrastructure" → "Infrastructure". */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Per-request and per-transaction amounts, as the documents print them. */
export function moneyPrecise(value: number, currency: string): string {
  return createFormatter(currency).unitMoney(value);
}
