// The numbers the check rules judge by; the rules' one-line summaries quote them.

/** A weight shift of at most this many points that changes the winner is "small". */
export const SENSITIVE_SHIFT_POINTS = 10;
/** A price older than this at the spec's date is stale. */
export const STALE_PRICE_DAYS = 180;
/** Weighted scores (0-10 scale) closer than this are a tie. */
export const TIE_POINTS = 0.05;
/** Weighted scores closer than this are a near-tie: the ranking rests on rounding-sized differences. */
export const NEAR_TIE_POINTS = 0.25;
/** A spec price this many times above or below the catalog list price is far from it. */
export const PRICE_FACTOR_WARNING = 2;
/** ... and this many times off distorts the whole cost model. */
export const PRICE_FACTOR_ERROR = 10;
/** An error finding holds its criterion to at most this many points. */
export const ERROR_CAP = 3;
