// Criterion 2, Security Architecture: defense in depth, compliance mapping,
// practical implementation details and AI-specific controls.
import { LAYER_NAMES, type Control } from '../../spec/types.js';
import { toPointer } from '../../spec/pointer.js';
import type { CheckContext } from '../context.js';
import { sameFramework } from '../frameworks.js';
import { gap, met, plural, type Criterion } from './point.js';

/** Controls that address risks particular to AI systems. */
export const AI_CONTROL = /prompt[\s-]*injection|jailbreak|guardrail|content (?:filter|safety|moderation)|output (?:filter|validation)|\bpii\b|\bphi\b|redact|data leakage|model (?:abuse|access)|token (?:limit|cap|quota|usage)|request cap|hallucination|grounding/i;
export const MIN_AI_CONTROLS = 2;

function controls(ctx: CheckContext): { control: Control; path: string }[] {
  const layers = ctx.spec.security?.layers;
  return LAYER_NAMES.flatMap((layer) => (layers?.[layer] ?? []).map((control, i) => ({ control, path: toPointer(['security', 'layers', layer, i]) })));
}

const filled = (ctx: CheckContext) => LAYER_NAMES.filter((l) => (ctx.spec.security?.layers?.[l]?.length ?? 0) > 0);

export const securityArchitecture: Criterion = {
  id: 'security-architecture',
  name: 'Security Architecture',
  points: [
    {
      requirement: 'core controls: 3 or more defense-in-depth layers with controls',
      evaluate(ctx) {
        const layers = filled(ctx);
        return layers.length >= 3 ? met(`controls in ${plural(layers.length, 'layer')}: ${layers.join(', ')}`)
          : gap(`add controls to at least 3 of the layers ${LAYER_NAMES.join(', ')} (now ${layers.length})`, '/security/layers');
      },
    },
    {
      requirement: 'all five layers (network, identity, application, data, monitoring) have controls',
      evaluate(ctx) {
        const missing = LAYER_NAMES.find((l) => !filled(ctx).includes(l));
        return missing === undefined ? met('all five defense-in-depth layers have controls')
          : gap(`add controls to the ${missing} layer`, toPointer(['security', 'layers', missing]));
      },
    },
    {
      requirement: 'compliance mapped: security.compliance rows, covering every framework in scenario.compliance',
      evaluate({ spec }) {
        const rows = spec.security?.compliance ?? [];
        if (rows.length === 0) return gap('map requirements to controls in security.compliance', '/security/compliance');
        const i = (spec.scenario.compliance ?? []).findIndex((f) => !rows.some((r) => sameFramework(r.framework, f)));
        return i < 0 ? met(`${plural(rows.length, 'compliance mapping row')}, every required framework covered`)
          : gap(`map ${spec.scenario.compliance![i]!} to controls in security.compliance`, '/security/compliance');
      },
    },
    {
      requirement: 'implementation details: every control has an implementation, security.secrets.pattern and 1 or more roles',
      evaluate(ctx) {
        const all = controls(ctx);
        const bare = all.find((c) => c.control.implementation === undefined);
        if (all.length === 0) return gap('add controls with their implementation to security.layers', '/security/layers');
        if (bare) return gap(`say how "${bare.control.control}" is implemented`, bare.path);
        if (ctx.spec.security?.secrets?.pattern === undefined) return gap('choose a secrets pattern in security.secrets.pattern (vault, environment or managed-identity)', '/security/secrets');
        const roles = ctx.spec.security.roles?.length ?? 0;
        if (roles === 0) return gap('define access roles in security.roles', '/security/roles');
        return met(`${plural(all.length, 'control')} with implementations, secrets via ${ctx.spec.security.secrets.pattern}, ${plural(roles, 'role')}`);
      },
    },
    {
      requirement: `AI-specific security: ${MIN_AI_CONTROLS} or more controls for prompt injection, guardrails, output filtering, PII/PHI redaction or token limits`,
      evaluate(ctx) {
        const ai = controls(ctx).filter(({ control }) => AI_CONTROL.test(`${control.control} ${control.implementation ?? ''}`));
        return ai.length >= MIN_AI_CONTROLS ? met(`AI-specific controls: ${ai.map((c) => c.control.control).join(', ')}`)
          : gap(`add AI-specific controls (prompt injection defense, output filtering, PII redaction, token limits) to security.layers.application (now ${ai.length})`, '/security/layers/application');
      },
    },
  ],
};
