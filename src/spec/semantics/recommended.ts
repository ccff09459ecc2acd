// Which platform prices the model mix: the spec's recommendation, else the
// highest weighted score (first in spec order on a tie). The model derives the
// same; validation needs it earlier, to know which catalog prices apply.
import type { Platforms } from '../types.js';

export function weightedScore(platforms: Platforms, candidate: string): number {
  const scores = platforms.candidates[candidate]?.scores ?? {};
  let total = 0;
  for (const [criterion, weight] of Object.entries(platforms.weights)) total += ((weight ?? 0) * (scores[criterion] ?? 0)) / 100;
  return total;
}

export function recommendedPlatform(platforms: Platforms): string | null {
  if (platforms.recommendation !== undefined) {
    return Object.hasOwn(platforms.candidates, platforms.recommendation) ? platforms.recommendation : null;
  }
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const id of Object.keys(platforms.candidates)) {
    const score = weightedScore(platforms, id);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
