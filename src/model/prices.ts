// Resolves the price of every model in the traffic mix: the spec's own price
// wins, else the catalog entry of the platform that will serve the traffic.
import type { Catalog } from '../catalog/types.js';
import type { Costs } from '../spec/types.js';
import type { PricedModel } from './types.js';
import { daysBetween } from '../format/dates.js';

export class UnpricedModelError extends Error {
  constructor(
    readonly model: string,
    readonly platform: string,
  ) {
    super(`model "${model}" has no price on ${platform}: give inputPer1M and outputPer1M in costs.models`);
  }
}

function ageInDays(asOf: string | null, specDate: string | undefined): number | null {
  return daysBetween(asOf, specDate);
}

export function priceModels(costs: Costs, platform: string, catalog: Catalog, specDate: string | undefined): PricedModel[] {
  return costs.models.map((m) => {
    const known = catalog[platform]?.models[m.model];
    const inputPer1M = m.inputPer1M ?? known?.inputPer1M;
    const outputPer1M = m.outputPer1M ?? known?.outputPer1M;
    if (inputPer1M === undefined || outputPer1M === undefined) throw new UnpricedModelError(m.model, platform);
    const fromSpec = m.inputPer1M !== undefined || m.outputPer1M !== undefined;
    const asOf = fromSpec ? (m.asOf ?? null) : (known?.asOf ?? null);
    return {
      model: m.model,
      name: known?.name ?? m.model,
      share: m.share,
      inputPer1M,
      outputPer1M,
      asOf,
      source: fromSpec ? (m.source ?? 'price given in the spec') : (known?.source ?? ''),
      origin: fromSpec ? 'spec' : 'catalog',
      ageDays: ageInDays(asOf, specDate),
    };
  });
}

/** Model-mix token cost of one request with the given token counts. */
export function mixCost(prices: readonly Pick<PricedModel, 'share' | 'inputPer1M' | 'outputPer1M'>[], input: number, output: number): number {
  return prices.reduce((sum, p) => sum + (p.share / 100) * ((input * p.inputPer1M + output * p.outputPer1M) / 1e6), 0);
}
