// Weighted platform scoring, ranking and weight sensitivity.
import type { Catalog } from '../catalog/types.js';
import type { Platforms } from '../spec/types.js';
import type { PlatformScore, Sensitivity } from './types.js';
import { lookupTable } from '../records.js';

const EPSILON = 1e-9;

const COURSE_LABELS = lookupTable({
  modelFit: 'Model availability',
  integration: 'Existing integration',
  compliance: 'Security/Compliance',
  cost: 'Cost structure',
  team: 'Team expertise',
  support: 'Support/SLAs',
});

export function criterionLabel(id: string): string {
  const known = COURSE_LABELS[id];
  if (known) return known;
  const words = id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface Criterion {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
}

export function criteriaOf(platforms: Platforms): Criterion[] {
  return Object.entries(platforms.weights).map(([id, weight]) => ({ id, label: criterionLabel(id), weight: weight ?? 0 }));
}

export function platformLabel(id: string, platforms: Platforms, catalog: Catalog): string {
  return platforms.candidates[id]?.label ?? catalog[id]?.label ?? id;
}

/** Scores in ranking order (weighted descending, spec order on ties); ties share a rank. */
export function scorePlatforms(platforms: Platforms, criteria: readonly Criterion[], catalog: Catalog): PlatformScore[] {
  const unranked = Object.entries(platforms.candidates).map(([platform, candidate]) => {
    const rows = criteria.map((c) => {
      const score = candidate?.scores[c.id] ?? 0;
      return { criterion: c.id, weight: c.weight, score, contribution: (c.weight * score) / 100 };
    });
    return {
      platform,
      label: platformLabel(platform, platforms, catalog),
      weighted: rows.reduce((sum, r) => sum + r.contribution, 0),
      criteria: rows,
      inCatalog: catalog[platform] !== undefined,
    };
  });
  const sorted = unranked
    .map((s, order) => ({ s, order }))
    .sort((a, b) => (Math.abs(b.s.weighted - a.s.weighted) > EPSILON ? b.s.weighted - a.s.weighted : a.order - b.order))
    .map(({ s }) => s);
  return sorted.map((s) => ({ ...s, rank: 1 + sorted.filter((o) => o.weighted - s.weighted > EPSILON).length }));
}

/**
 * The smallest shift of one criterion's weight (the others rescaled so weights
 * still sum to 100) after which another platform scores strictly above the winner.
 * Each platform's score is linear in the shifted weight, so each pair crosses once.
 */
export function weightSensitivity(scores: readonly PlatformScore[], criteria: readonly Criterion[]): Sensitivity | null {
  const winner = scores[0];
  if (!winner || scores.length < 2) return null;
  let best: Sensitivity | null = null;
  criteria.forEach((c, ci) => {
    const rest = 100 - c.weight;
    if (rest <= EPSILON) return;
    // S(w) = w·s/100 + (100−w)/rest · (S − wc·s/100): slope and value at w = 0.
    const line = (p: PlatformScore) => {
      const s = p.criteria[ci]?.score ?? 0;
      const others = p.weighted - (c.weight * s) / 100;
      return { at0: (100 * others) / rest, slope: s / 100 - others / rest };
    };
    const w = line(winner);
    for (const other of scores.slice(1)) {
      const o = line(other);
      const slopeDiff = o.slope - w.slope;
      if (Math.abs(slopeDiff) <= EPSILON) continue;
      const cross = (w.at0 - o.at0) / slopeDiff;
      if (cross < -EPSILON || cross > 100 + EPSILON) continue;
      // Past the crossing the other platform leads only on the side where its slope is steeper.
      const leadsAbove = slopeDiff > 0;
      if (leadsAbove ? cross >= 100 - EPSILON : cross <= EPSILON) continue;
      const shift = Math.abs(cross - c.weight);
      if (!best || shift < best.shiftPoints - EPSILON) {
        best = {
          criterion: c.id,
          shiftPoints: shift,
          direction: leadsAbove ? 'increase' : 'decrease',
          newWinner: other.platform,
        };
      }
    }
  });
  return best;
}
