// Monthly AI, infrastructure and operations costs, baseline and optimized.
import type { Architecture, Costs } from '../spec/types.js';
import type { CostCategory, CostLine, OptimizationEffect } from './types.js';
import type { Usage } from './usage.js';

export function costLines(architecture: Architecture, costs: Costs, usage: readonly Usage[]): CostLine[] {
  const line = (
    componentId: string | null,
    name: string,
    category: CostCategory,
    monthly: number,
    perMillionRequests: number,
    volume: string | null = null,
  ): CostLine => ({
    componentId,
    name,
    category,
    monthly,
    perMillionRequests,
    volume,
    byMonth: usage.map((u) => monthly + (perMillionRequests * u.requests) / 1e6),
  });
  return [
    ...architecture.components
      .filter((c) => c.cost !== undefined)
      .map((c) => line(c.id, c.name, 'infrastructure', c.cost?.monthly ?? 0, c.cost?.perMillionRequests ?? 0)),
    ...(costs.infrastructure ?? []).map((i) => line(null, i.item, 'infrastructure', i.monthly ?? 0, i.perMillionRequests ?? 0, i.volume ?? null)),
    ...(costs.operations ?? []).map((o) => line(null, o.item, 'operations', o.monthly, 0)),
  ];
}

/** Σ perMillionRequests of every line: the per-request infrastructure cost × 1e6. */
export function perMillionRequestsTotal(lines: readonly CostLine[]): number {
  return lines.reduce((sum, l) => sum + l.perMillionRequests, 0);
}

/** Optimizations on one category compound multiplicatively from their start month. */
export function optimizationFactor(costs: Costs, category: CostCategory, month: number): number {
  return (costs.optimizations ?? [])
    .filter((o) => o.appliesTo === category && o.startMonth <= month)
    .reduce((factor, o) => factor * (1 - o.savingsPercent / 100), 1);
}

export function optimizationEffects(costs: Costs, baseline: (category: CostCategory, month: number) => number): OptimizationEffect[] {
  return (costs.optimizations ?? []).map((o) => {
    const saved = (to: number) => {
      let sum = 0;
      for (let m = o.startMonth; m <= to; m++) sum += (baseline(o.appliesTo, m) * o.savingsPercent) / 100;
      return sum;
    };
    return {
      strategy: o.strategy,
      appliesTo: o.appliesTo,
      savingsPercent: o.savingsPercent,
      startMonth: o.startMonth,
      effort: o.effort ?? null,
      standaloneSavingsYear1: saved(12),
      standaloneSavings24: saved(24),
    };
  });
}
