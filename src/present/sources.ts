// Where every token price in the documents comes from, in words a client reads:
// the provider's published list and its date, or a price the proposal team
// supplied. The tables that use the prices carry none of this; the documents
// list it once, under Sources.
import type { Model } from '../model/types.js';
import { displayDate, platformName } from './index.js';

export interface PriceSource {
  /** The platform the price is for (display name). */
  readonly platform: string;
  /** The model's display name. */
  readonly model: string;
  readonly inputPer1M: number;
  readonly outputPer1M: number;
  /** "18 July 2026", or "Undated". */
  readonly asOf: string;
  /** "Amazon Web Services published list price (on demand)" or "Supplied by the proposal team". */
  readonly source: string;
}

const PROVIDERS: ReadonlyMap<string, string> = new Map([
  ['aws', 'Amazon Web Services'],
  ['azure', 'Microsoft Azure'],
  ['gcp', 'Google Cloud'],
]);

const SUPPLIED = 'Supplied by the proposal team';

/** A price the spec states: supplied by the team, with the source it names (spec text, escaped by the caller). */
function supplied(source: string | undefined): { readonly source: string; readonly note: string | null } {
  const note = source?.trim() ?? '';
  return { source: SUPPLIED, note: note === '' ? null : note };
}

/** One row per price the documents use: the recommended platform's mix, then each other candidate's stand-ins. */
export function priceSources(model: Model): (PriceSource & { readonly note: string | null })[] {
  const rows: (PriceSource & { readonly note: string | null })[] = [];
  const seen = new Set<string>();
  const add = (platformId: string, modelId: string): void => {
    const key = JSON.stringify([platformId, modelId]);
    if (seen.has(key)) return;
    seen.add(key);
    const platform = model.catalog[platformId];
    const entry = platform?.models[modelId];
    const specPrice = model.spec.costs.models.find((m) => m.model === modelId);
    const recommended = platformId === model.recommendation;
    // The spec's own price wins for the recommended platform (src/model/prices.ts).
    if (recommended && specPrice !== undefined && (specPrice.inputPer1M !== undefined || specPrice.outputPer1M !== undefined)) {
      const priced = model.prices.find((p) => p.model === modelId);
      if (priced === undefined) return;
      rows.push({
        platform: platformName(model, platformId),
        model: priced.name,
        inputPer1M: priced.inputPer1M,
        outputPer1M: priced.outputPer1M,
        asOf: displayDate(priced.asOf) ?? 'Undated',
        ...supplied(specPrice.source),
      });
      return;
    }
    if (platform === undefined || entry === undefined) return;
    const override = model.spec.catalog?.platforms?.[platformId]?.models?.[modelId];
    const repriced = override !== undefined && override !== null && (override.inputPer1M !== undefined || override.outputPer1M !== undefined);
    const provider = PROVIDERS.get(platform.provider) ?? platform.label;
    rows.push({
      platform: platformName(model, platformId),
      model: entry.name,
      inputPer1M: entry.inputPer1M,
      outputPer1M: entry.outputPer1M,
      asOf: displayDate(entry.asOf === '' ? null : entry.asOf) ?? 'Undated',
      ...(repriced ? supplied(override.source) : { source: `${provider} published list price, on demand`, note: null }),
    });
  };
  for (const p of model.prices) add(model.recommendation, p.model);
  for (const estimate of model.platformCosts) {
    if (estimate.platform === model.recommendation) continue;
    for (const m of estimate.mix) add(estimate.platform, m.model);
  }
  return rows;
}
