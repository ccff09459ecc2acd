// Calendar dates: the spec writes YYYY-MM-DD (the schema checks only the shape);
// every artifact reads them through here and shows them in one format. Dates
// come from the spec, never the clock, so rebuilds stay identical.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const DAY_MS = 86_400_000;

/** Fixed date stamped into files (PDF, PPTX) when the spec has none. */
export const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1));

/** The date as UTC midnight, or null when it is not YYYY-MM-DD or not a real calendar day. */
export function parseIsoDate(value: string | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function isCalendarDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** YYYY-MM-DD of a UTC date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** YYYY-MM-DD `days` after another (the fallback date's when `iso` is not a date). */
export function shiftIsoDate(iso: string, days: number): string {
  return isoDate(addDays(parseIsoDate(iso) ?? FALLBACK_DATE, days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null when either is not a date. */
export function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  const a = parseIsoDate(from ?? undefined);
  const b = parseIsoDate(to ?? undefined);
  return a === null || b === null ? null : Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/** The one display format of a date in every document, the PDF and the deck: "26 November 2026". */
export function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}
