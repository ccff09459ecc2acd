// "Relevant Features" of a candidate: catalog facts (not scores) checked
// against what this client needs.
import type { CatalogPlatform } from '../../catalog/types.js';
import { type RenderContext, joinAnd, omit } from './context.js';
import { text } from '../../format/markdown.js';

const FEATURES: readonly (readonly [string, string])[] = [
  ['agents', 'agents'],
  ['rag', 'RAG'],
  ['privateEndpoints', 'private endpoints'],
  ['enterpriseSso', 'enterprise SSO'],
  ['customerManagedKeys', 'customer-managed keys'],
  ['fineTuning', 'fine-tuning'],
  ['batch', 'batch'],
  ['provisionedThroughput', 'provisioned throughput'],
  ['sla', 'SLA'],
];

export function catalogFacts(ctx: RenderContext, id: string, entry: CatalogPlatform | undefined): string[] {
  const candidate = ctx.spec.platforms.candidates[id];
  const models = (candidate?.models ?? []).map((m) => text(entry?.models[m]?.name ?? m));
  const lines = models.length > 0 ? [`Model options: ${joinAnd(models)}`] : [omit(ctx, `No model options for ${id}`, `platforms.candidates.${id}.models`)];
  const proprietary = [...(entry?.proprietary ?? []), ...(candidate?.proprietaryFeatures ?? [])].map(text);
  if (!entry) {
    lines.push('Integration points and compliance: the shipped catalog has no entry for this platform, so its features and certifications are unverified.');
  } else {
    const features = FEATURES.filter(([key]) => entry.features[key] !== undefined).map(([key, label]) => `${label}: ${text(String(entry.features[key]))}`);
    lines.push(`Integration points: ${features.length > 0 ? features.join('; ') : 'none listed in the catalog'}`);
    lines.push(`Compliance: ${compliance(ctx, entry)}`);
    const residency = ctx.spec.scenario.dataResidency ?? [];
    if (residency.length > 0) {
      lines.push(`Data residency: ${residency.map((r) => `${text(r.toUpperCase())} ${text(String(entry.regions[r] ?? 'not listed'))}`).join(', ')}`);
    }
  }
  if (proprietary.length > 0) lines.push(`Proprietary features (lock-in): ${joinAnd(proprietary)}`);
  return lines;
}

function compliance(ctx: RenderContext, entry: CatalogPlatform): string {
  const required = ctx.spec.scenario.compliance ?? [];
  const status = (framework: string) => String(entry.certifications[framework] ?? 'not listed');
  const others = Object.keys(entry.certifications).filter((f) => !required.includes(f));
  const requiredText = required.map((f) => `${text(f)} ${text(status(f))}`).join(', ');
  const otherText = others.map((f) => (status(f) === 'yes' ? text(f) : `${text(f)} (${text(status(f))})`)).join(', ');
  if (required.length === 0) return otherText.length > 0 ? `certified for ${otherText}` : 'no certifications listed';
  return otherText.length > 0 ? `required ${requiredText}; also ${otherText}` : `required ${requiredText}`;
}
