// Criterion 2, Security Architecture: defense in depth with real controls,
// compliance mapped for every required framework, implementations that name
// how (a service or a number), and AI-specific controls.
import { LAYER_NAMES, type Control, type LayerName } from '../../spec/types.js';
import { toPointer } from '../../spec/pointer.js';
import type { CheckContext } from '../context.js';
import { sameFramework } from '../frameworks.js';
import type { Judged } from '../substance/spec-text.js';
import { firstHollow, gap, hollowWhy, met, plural, usedText, type Criterion } from './point.js';

/** Controls that address risks particular to AI systems. */
export const AI_CONTROL =
  /prompt[\s-]*injection|jailbreak|guardrail|content (?:filter|safety|moderation)|output (?:filter|validation)|\bpii\b|\bphi\b|redact|data leakage|model (?:abuse|access)|token (?:limit|cap|quota|usage)|request cap|input limit|hallucination|grounding/i;
export const MIN_AI_CONTROLS = 2;

interface Judgedcontrol {
  readonly layer: LayerName;
  readonly control: Control;
  readonly name: Judged;
  readonly implementation: Judged;
}

function controls(ctx: CheckContext): Judgedcontrol[] {
  const layers = ctx.spec.security?.layers;
  return LAYER_NAMES.flatMap((layer) =>
    (layers?.[layer] ?? []).map((control, i) => {
      const path = toPointer(['security', 'layers', layer, i]);
      return {
        layer,
        control,
        name: ctx.text.judge(control.control, `${path}/control`),
        implementation: ctx.text.judge(control.implementation, `${path}/implementation`, { text: control.control, label: 'control name' }),
      };
    }),
  );
}

/** Layers with at least one control whose name says something. */
const realLayers = (all: readonly Judgedcontrol[]) => LAYER_NAMES.filter((l) => all.some((c) => c.layer === l && c.name.hollow === null));

export const securityArchitecture: Criterion = {
  id: 'security-architecture',
  name: 'Security Architecture',
  points: [
    {
      requirement: 'core controls: 3 or more defense-in-depth layers with real (non-placeholder) controls',
      evaluate(ctx) {
        const all = controls(ctx);
        const layers = realLayers(all);
        const used = all.map((c) => usedText(c.name));
        const bad = firstHollow(all.map((c) => c.name));
        return layers.length >= 3
          ? met(`real controls in ${plural(layers.length, 'layer')}: ${layers.join(', ')}`, used)
          : gap(
              bad ? hollowWhy(bad) : `only ${plural(layers.length, 'layer')} ${layers.length === 1 ? 'has' : 'have'} controls`,
              `name real controls in at least 3 of the layers ${LAYER_NAMES.join(', ')}`,
              bad?.path ?? '/security/layers',
              used,
            );
      },
    },
    {
      requirement: 'all five layers (network, identity, application, data, monitoring) have real controls',
      evaluate(ctx) {
        const all = controls(ctx);
        const layers = realLayers(all);
        const missing = LAYER_NAMES.find((l) => !layers.includes(l));
        return missing === undefined
          ? met(
              'all five defense-in-depth layers have real controls',
              all.map((c) => usedText(c.name)),
            )
          : gap(
              `the ${missing} layer has no real control`,
              `add a control to the ${missing} layer`,
              toPointer(['security', 'layers', missing]),
              all.filter((c) => c.layer === missing).map((c) => usedText(c.name)),
            );
      },
    },
    {
      requirement: 'compliance mapped: substantive requirement-to-control rows for every framework in scenario.compliance and every one the industry requires',
      evaluate({ spec, text, required }) {
        const rows = spec.security?.compliance ?? [];
        if (rows.length === 0)
          return gap(
            'no requirement is mapped to a control',
            "map each framework's key requirements to controls in security.compliance",
            '/security/compliance',
          );
        const judged = rows.flatMap((r, i) => {
          const path = toPointer(['security', 'compliance', i]);
          return [text.judge(r.requirement, `${path}/requirement`), text.judge(r.control, `${path}/control`, { text: r.requirement, label: 'requirement' })];
        });
        const used = judged.map((j) => usedText(j));
        const bad = firstHollow(judged);
        if (bad) return gap(hollowWhy(bad), 'name the requirement and the control that meets it', bad.path, used);
        const frameworks = [...(spec.scenario.compliance ?? []), ...required.map((r) => r.framework)];
        const unmapped = frameworks.find((f) => !rows.some((r) => sameFramework(r.framework, f)));
        return unmapped === undefined
          ? met(`${plural(rows.length, 'compliance mapping row')}, every required framework covered`, used)
          : gap(
              `${unmapped} is required but no row maps it to a control`,
              `map ${unmapped} requirements to controls in security.compliance`,
              '/security/compliance',
              used,
            );
      },
    },
    {
      requirement:
        'implementation details: every control has a real implementation, most name a service or a number, security.secrets.pattern and 1 or more roles',
      evaluate(ctx) {
        const all = controls(ctx);
        if (all.length === 0) return gap('there are no controls', 'add controls with their implementation to security.layers', '/security/layers');
        const used = all.map((c) => usedText(c.implementation, true));
        const bare = all.find((c) => c.implementation.hollow !== null);
        if (bare)
          return gap(
            `the implementation of "${bare.control.control}" ${bare.implementation.hollow!}`,
            'say how the control is implemented: the service, the setting, the number',
            bare.implementation.path === '' ? bare.name.path : bare.implementation.path,
            used,
          );
        const specific = all.filter((c) => c.implementation.specific).length;
        if (specific * 2 < all.length) {
          const vague = all.find((c) => !c.implementation.specific)!;
          return gap(
            `only ${specific} of ${all.length} implementations name a service or a number`,
            'name the service, setting or figure behind each control',
            vague.implementation.path,
            used,
          );
        }
        if (ctx.spec.security?.secrets?.pattern === undefined)
          return gap(
            'no secrets pattern is chosen',
            'choose a secrets pattern in security.secrets.pattern (vault, environment or managed-identity)',
            '/security/secrets',
            used,
          );
        const roles = ctx.spec.security.roles?.length ?? 0;
        if (roles === 0) return gap('no access roles are defined', 'define access roles in security.roles', '/security/roles', used);
        return met(
          `${plural(all.length, 'control')} with implementations (${specific} naming a service or number), secrets via ${ctx.spec.security.secrets.pattern}, ${plural(roles, 'role')}`,
          used,
        );
      },
    },
    {
      requirement: `AI-specific security: ${MIN_AI_CONTROLS} or more really implemented controls for prompt injection, guardrails, output filtering, PII/PHI redaction or token limits`,
      evaluate(ctx) {
        const ai = controls(ctx).filter((c) => c.name.hollow === null && AI_CONTROL.test(`${c.control.control} ${c.control.implementation ?? ''}`));
        const real = ai.filter((c) => c.implementation.hollow === null);
        const used = ai.map((c) => usedText(c.implementation));
        if (real.length >= MIN_AI_CONTROLS) return met(`AI-specific controls: ${real.map((c) => c.control.control).join(', ')}`, used);
        const hollow = ai.find((c) => c.implementation.hollow !== null);
        return gap(
          hollow
            ? `the AI control "${hollow.control.control}" has an implementation that ${hollow.implementation.hollow!}`
            : `${plural(real.length, 'AI-specific control')} found`,
          'add AI-specific controls (prompt injection defense, output filtering, PII redaction, token limits) with how each is implemented',
          hollow?.implementation.path ?? '/security/layers/application',
          used,
        );
      },
    },
  ],
};
