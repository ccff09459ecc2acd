// Percentages entered by hand must add up to 100; allow float noise only.
export const SUM_TOLERANCE = 1e-9;

export function sumsTo100(values: readonly number[]): boolean {
  return Math.abs(values.reduce((a, b) => a + b, 0) - 100) <= SUM_TOLERANCE;
}

/** Shows a sum without float noise: 99.99999999 → "100", 95 → "95", 33.3 + 33.3 → "66.6". */
export function formatSum(values: readonly number[]): string {
  return String(Number(values.reduce((a, b) => a + b, 0).toFixed(6)));
}
