// Deep-merges a spec's `catalog.platforms` over the shipped catalog: a spec can
// correct a price, add a region or a model, or describe a whole new platform.
import type { Spec } from '../spec/types.js';
import { emptyRecord, recordOf } from '../records.js';
import type { Availability, Catalog, CatalogModel, CatalogPlatform } from './types.js';

export type CatalogOverride = NonNullable<Spec['catalog']>;
export type PlatformOverride = NonNullable<NonNullable<CatalogOverride['platforms']>[string]>;
type ModelOverride = NonNullable<NonNullable<PlatformOverride['models']>[string]>;

/** Source recorded for a price that a spec sets without naming its own source. */
export const OVERRIDE_SOURCE = 'spec catalog override';

function defined<T extends object>(record: T | undefined): Record<string, string> {
  const out = emptyRecord<string>();
  for (const [k, v] of Object.entries(record ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

function mergeModel(id: string, base: CatalogModel | undefined, o: ModelOverride): CatalogModel | undefined {
  const repriced = o.inputPer1M !== undefined || o.outputPer1M !== undefined;
  const inputPer1M = o.inputPer1M ?? base?.inputPer1M;
  const outputPer1M = o.outputPer1M ?? base?.outputPer1M;
  // A model nobody priced cannot be used; overrideProblems reports it.
  if (inputPer1M === undefined || outputPer1M === undefined) return undefined;
  const deprecated = o.deprecated ?? base?.deprecated;
  const tier = o.tier ?? base?.tier;
  return {
    name: o.name ?? base?.name ?? id,
    family: o.family ?? base?.family ?? 'other',
    ...(tier !== undefined ? { tier } : {}),
    inputPer1M,
    outputPer1M,
    // A new price keeps no date from the catalog: its age is unknown unless the spec says.
    asOf: o.asOf ?? (repriced ? '' : (base?.asOf ?? '')),
    source: o.source ?? (repriced || !base ? OVERRIDE_SOURCE : base.source),
    ...(deprecated !== undefined ? { deprecated } : {}),
  };
}

function mergePlatform(id: string, base: CatalogPlatform | undefined, o: PlatformOverride): CatalogPlatform {
  const models = recordOf<CatalogModel>(Object.entries(base?.models ?? {}));
  for (const [modelId, mo] of Object.entries(o.models ?? {})) {
    if (!mo) continue;
    const merged = mergeModel(modelId, base?.models[modelId], mo);
    if (merged) models[modelId] = merged;
  }
  const proprietary = [...(base?.proprietary ?? [])];
  for (const p of o.proprietary ?? []) if (!proprietary.includes(p)) proprietary.push(p);
  const tiers = { ...base?.tiers, ...o.tiers };
  return {
    id,
    label: o.label ?? base?.label ?? id,
    provider: o.provider ?? base?.provider ?? 'other',
    certifications: recordOf([...Object.entries(base?.certifications ?? {}), ...Object.entries(defined(o.certifications))]),
    regions: recordOf([...Object.entries(base?.regions ?? {}), ...Object.entries(defined(o.regions) as Record<string, Availability>)]),
    features: recordOf([...Object.entries(base?.features ?? {}), ...Object.entries(defined(o.features))]),
    proprietary,
    ...(Object.keys(tiers).length > 0 ? { tiers } : {}),
    models,
  };
}

export function mergeCatalog(base: Catalog, override: CatalogOverride | undefined): Catalog {
  const platforms = override?.platforms;
  if (!platforms || Object.keys(platforms).length === 0) return base;
  const merged = recordOf<CatalogPlatform>(Object.entries(base));
  for (const [id, o] of Object.entries(platforms)) {
    if (o) merged[id] = mergePlatform(id, base[id], o);
  }
  return Object.freeze(merged);
}

/** Override entries that cannot take effect, as JSON pointers into the spec with a message. */
export function overrideProblems(base: Catalog, override: CatalogOverride | undefined): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const [id, o] of Object.entries(override?.platforms ?? {})) {
    if (!o) continue;
    const at = `/catalog/platforms/${id}`;
    if (!base[id] && o.label === undefined) problems.push({ path: at, message: `new platform "${id}" needs a label` });
    for (const [modelId, mo] of Object.entries(o.models ?? {})) {
      if (!mo || base[id]?.models[modelId]) continue;
      if (mo.inputPer1M === undefined || mo.outputPer1M === undefined) {
        problems.push({ path: `${at}/models/${modelId}`, message: `new model "${modelId}" needs inputPer1M and outputPer1M` });
      }
    }
    for (const [tier, modelId] of Object.entries(o.tiers ?? {})) {
      if (modelId === undefined || base[id]?.models[modelId] || o.models?.[modelId]) continue;
      problems.push({ path: `${at}/tiers/${tier}`, message: `the ${tier} tier names "${modelId}", which is not one of this platform's models` });
    }
  }
  return problems;
}
