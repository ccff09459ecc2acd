// Deck formatting helpers over the shared number formatter.
import { AMOUNT_SCALES, createFormatter, int, oneDecimal, type ScaledAmounts, percent as sharedPercent } from '../../format/numbers.js';

export { quantity, requestRate, requestRateParts } from '../../format/numbers.js';

// Money and scores go through the one shared formatter, so the deck prints
// every figure exactly as the documents and the PDF do.

/** An amount as every artifact prints it: "$1,234,567", "$60.00", "$0.0036" (src/format/numbers.ts). */
export function money(value: number, currency: string): string {
  return createFormatter(currency).money(value);
}

/**
 * A column of amounts that always prints whole: as plain amounts when every one
 * `fits` its cell, else in the smallest of thousands, millions or billions
 * that fits, the unit then named in the header (`withUnit`).
 */
export function amountColumn(values: readonly number[], currency: string, fits: (text: string) => boolean): ScaledAmounts {
  const formatter = createFormatter(currency);
  const choices = AMOUNT_SCALES.map((scale) => formatter.scaled(values, scale));
  return choices.find((choice) => values.every((v) => fits(choice.format(v)))) ?? (choices.at(-1) as ScaledAmounts);
}

/** An amount as `money` prints it when that `fits`, else in words ("KWD 20.0 billion"), for a tile's large figure. */
export function moneyFitting(value: number, currency: string, fits: (text: string) => boolean): string {
  const whole = money(value, currency);
  return fits(whole) ? whole : createFormatter(currency).moneyInWords(value);
}

/** A column header with the unit its amounts are read in: "Baseline (KWD millions)". */
export function withUnit(header: string, column: ScaledAmounts): string {
  return column.unit === null ? header : `${header} (${column.unit})`;
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
