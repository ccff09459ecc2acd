// Which platform prices the model mix: the spec's recommendation, else the
// highest weighted score. Validation needs this before the model exists, so it
// asks the model's own scoring rather than scoring a second way.
import { criteriaOf, scorePlatforms } from '../../scoring/platforms.js';
import type { Platforms } from '../types.js';

export function recommendedPlatform(platforms: Platforms): string | null {
  if (platforms.recommendation !== undefined) {
    return Object.hasOwn(platforms.candidates, platforms.recommendation) ? platforms.recommendation : null;
  }
  return scorePlatforms(platforms, criteriaOf(platforms), {})[0]?.platform ?? null;
}
