// Deck formatting helpers over the shared number formatter.
import { createFormatter, int, oneDecimal, percent as sharedPercent } from '../../format/numbers.js';

// Money and scores go through the one shared formatter, so the deck prints
// every figure exactly as the documents and the PDF do.

/** Whole units of the currency with thousands separators: "$1,234,567". */
export function money(value: number, currency: string): string {
  return createFormatter(currency).moneyWhole(value);
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

/** A monthly or smaller amount: whole units from 100 up, cents below, so a small bill does not read "$1". */
export function moneySmall(value: number, currency: string): string {
  return createFormatter(currency).money(value);
}

/** A request rate in the unit that keeps it readable: "4.2 req/s", "0.7 req/min", "3 req/hour". */
export function requestRate(perSecond: number): string {
  if (perSecond >= 0.1 || perSecond === 0) return `${quantity(perSecond)} req/s`;
  const perMinute = perSecond * 60;
  if (perMinute >= 0.1) return `${quantity(perMinute)} req/min`;
  return `${quantity(perSecond * 3600)} req/hour`;
}

/** A rate or count: one decimal below 10, whole numbers above. */
export function quantity(value: number): string {
  return Math.abs(value) < 10 ? oneDecimal(value) : int(value);
}
