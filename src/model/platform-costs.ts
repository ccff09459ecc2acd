// Prices the spec's traffic on every candidate at the busiest month, like
// against like (docs/model.md, "Estimates for the other candidates"): the
// recommended platform keeps the spec's own mix, and every other candidate
// serves each model's share with its own model of the same tier, so that a
// Claude mix is not priced on Azure OpenAI as if the client would buy Claude there.
import type { Catalog, CatalogPlatform, Tier } from '../catalog/types.js';
import type { Spec } from '../spec/types.js';
import { mixCost } from './prices.js';
import type { PlatformCostEstimate, PlatformScore, PricedModel, StandIn } from './types.js';
import type { Usage } from './usage.js';

/** The tier of a model of the spec's mix: the spec's own word, else the first catalog that lists the model (recommended platform first). */
export function tierOf(model: string, spec: Spec, catalog: Catalog, recommended: string): Tier | null {
  const stated = spec.costs.models.find((m) => m.model === model)?.tier;
  if (stated) return stated;
  const platforms = [
    recommended,
    ...Object.keys(catalog)
      .sort()
      .filter((id) => id !== recommended),
  ];
  for (const id of platforms) {
    const tier = catalog[id]?.models[model]?.tier;
    if (tier) return tier;
  }
  return null;
}

/** The candidate's model for a tier: one the spec lists for the candidate, else the catalog's choice for the platform. */
function standInFor(tier: Tier, platform: CatalogPlatform, listed: readonly string[]): string | null {
  const own = listed.find((id) => platform.models[id]?.tier === tier);
  if (own) return own;
  const chosen = platform.tiers?.[tier];
  return chosen !== undefined && platform.models[chosen] ? chosen : null;
}

function candidateMix(spec: Spec, platformId: string, catalog: Catalog, recommended: string): { mix: StandIn[]; missing: string[] } {
  const platform = catalog[platformId];
  const listed = spec.platforms.candidates[platformId]?.models ?? [];
  const mix: StandIn[] = [];
  const missing: string[] = [];
  for (const { model, share } of spec.costs.models) {
    // A model the candidate itself is listed with is already like for like.
    if (platform?.models[model] && listed.includes(model)) {
      mix.push({ model, share, standsInFor: null, tier: platform.models[model]?.tier ?? null });
      continue;
    }
    const tier = tierOf(model, spec, catalog, recommended);
    const standIn = platform && tier ? standInFor(tier, platform, listed) : null;
    if (standIn === null) missing.push(model);
    else mix.push({ model: standIn, share, standsInFor: standIn === model ? null : model, tier });
  }
  return { mix, missing };
}

export function platformCosts(
  spec: Spec,
  scores: readonly PlatformScore[],
  recommended: string,
  prices: readonly PricedModel[],
  catalog: Catalog,
  usage: readonly Usage[],
): PlatformCostEstimate[] {
  const scale = usage.reduce((best, u) => (u.requests > best.requests ? u : best), usage[0]!);
  const { input, output } = spec.costs.usage.tokensPerRequest;
  return scores.map(({ platform }) => {
    if (platform === recommended) {
      const costPerRequest = mixCost(prices, input, output);
      return {
        platform,
        basis: 'spec-mix',
        mix: prices.map((p) => ({ model: p.model, share: p.share, standsInFor: null, tier: tierOf(p.model, spec, catalog, recommended) })),
        priced: true,
        missingModels: [],
        costPerRequest,
        monthlyAtScale: costPerRequest * scale.requests,
        scaleMonth: scale.month,
      };
    }
    const { mix, missing } = candidateMix(spec, platform, catalog, recommended);
    const priced = missing.length === 0;
    const offered = catalog[platform]?.models;
    const costPerRequest = priced
      ? mixCost(
          mix.map((m) => ({ share: m.share, inputPer1M: offered?.[m.model]?.inputPer1M ?? 0, outputPer1M: offered?.[m.model]?.outputPer1M ?? 0 })),
          input,
          output,
        )
      : null;
    return {
      platform,
      basis: mix.some((m) => m.standsInFor !== null) ? 'tier-equivalent' : 'spec-mix',
      mix,
      priced,
      missingModels: missing,
      costPerRequest,
      monthlyAtScale: costPerRequest === null ? null : costPerRequest * scale.requests,
      scaleMonth: scale.month,
    };
  });
}
