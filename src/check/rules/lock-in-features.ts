// What ties the design to one provider: provider-specific managed services named
// in the components, the recommended candidate's declared proprietary features
// and lock-in limitations, and the catalog's proprietary features named anywhere;
// and whether a platform risk with a real mitigation covers lock-in.
import type { CheckContext } from '../context.js';
import { PROVIDER_SERVICES } from './provider-services.js';

const LOCK_IN = /lock-?in/i;
const ABOUT_LOCK_IN = /lock-?in|portab|proprietary|vendor|exit|provider[- ]specific|switching/i;

export interface LockIn {
  readonly features: readonly string[];
  readonly mitigated: boolean;
}

/** Provider-specific services a component's name or service names, e.g. "Bedrock AgentCore" or "DynamoDB". */
export function componentServices(ctx: CheckContext): string[] {
  const found = new Set<string>();
  for (const c of ctx.spec.architecture.components) {
    if (c.kind === 'user' || c.kind === 'external') continue;
    const text = `${c.name} ${c.service ?? ''}`;
    for (const { pattern } of PROVIDER_SERVICES) {
      const m = text.match(pattern);
      if (m) found.add(c.service ?? c.name);
    }
  }
  return [...found];
}

export function lockInFeatures(ctx: CheckContext): LockIn {
  const { spec } = ctx;
  const candidate = spec.platforms.candidates[ctx.model.recommendation];
  const found = new Set<string>(candidate?.proprietaryFeatures ?? []);
  for (const l of candidate?.limitations ?? []) if (LOCK_IN.test(l)) found.add(l);
  // Search everything except the catalog overrides, where feature names appear as data.
  const { catalog: _omit, ...rest } = spec;
  const all = JSON.stringify(rest).toLowerCase();
  for (const feature of ctx.platform?.proprietary ?? []) if (all.includes(feature.toLowerCase())) found.add(feature);
  for (const s of componentServices(ctx)) found.add(s);
  const features = [...found];
  const mitigated = (spec.platforms.risks ?? []).some((r, i) => {
    if (r.mitigation === undefined) return false;
    if (ctx.text.judge(r.mitigation, `/platforms/risks/${i}/mitigation`, { text: r.risk, label: 'risk' }).hollow !== null) return false;
    return ABOUT_LOCK_IN.test(r.risk) || features.some((f) => r.risk.toLowerCase().includes(f.toLowerCase()));
  });
  return { features, mitigated };
}
