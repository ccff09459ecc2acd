// Rules about compliance and data residency: catalog facts of the recommended
// platform against the scenario, and the scenario against the control mapping.
import { LAYER_NAMES } from '../../spec/types.js';
import { toPointer } from '../../spec/pointer.js';
import { finding, type CheckContext } from '../context.js';
import { certification, sameFramework } from '../frameworks.js';
import type { Rule } from '../rule.js';
import { ruleEntry, type RuleId } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** One info finding saying a catalog rule cannot judge a platform the catalog does not know. */
function notApplicable(ctx: CheckContext, rule: RuleId, path: string, what: string): Diagnostic[] {
  const id = ctx.model.recommendation;
  return [
    finding(
      ctx,
      rule,
      'info',
      path,
      `${ctx.platformLabel} is not in the catalog, so its ${what} cannot be checked (rule does not apply)`,
      `Describe it under catalog.platforms.${id}.${what} to have it checked.`,
    ),
  ];
}

export const certificationMissing: Rule = {
  ...ruleEntry('certification-missing'),
  run(ctx) {
    const required = ctx.spec.scenario.compliance ?? [];
    if (required.length === 0) return [];
    const platform = ctx.platform;
    if (!platform) return notApplicable(ctx, this.id, '/scenario/compliance', 'certifications');
    return required.flatMap((framework, i) =>
      certification(platform, framework) !== null
        ? []
        : [
            finding(
              ctx,
              this.id,
              this.severity,
              toPointer(['scenario', 'compliance', i]),
              `${ctx.platformLabel} does not list a ${framework} certification`,
              `Choose a platform certified for ${framework}, or record the provider's attestation under catalog.platforms.${platform.id}.certifications.`,
            ),
          ],
    );
  },
};

export const residencyPartial: Rule = {
  ...ruleEntry('residency-partial'),
  run(ctx) {
    const zones = ctx.spec.scenario.dataResidency ?? [];
    if (zones.length === 0) return [];
    const platform = ctx.platform;
    if (!platform) return notApplicable(ctx, this.id, '/scenario/dataResidency', 'regions');
    return zones.flatMap((zone, i) => {
      const availability = platform.regions[zone] ?? 'absent';
      if (availability === 'available') return [];
      const unknown = platform.regions[zone] === undefined;
      return [
        finding(
          ctx,
          this.id,
          availability === 'limited' ? 'warning' : 'error',
          toPointer(['scenario', 'dataResidency', i]),
          unknown ? `the catalog lists no ${zone} region for ${ctx.platformLabel}` : `${ctx.platformLabel} is ${availability} in ${zone}`,
          `Confirm the models in the mix are served in ${zone}, or choose a platform available there.`,
        ),
      ];
    });
  },
};

export const complianceUnmapped: Rule = {
  ...ruleEntry('compliance-unmapped'),
  run(ctx) {
    const rows = ctx.spec.security?.compliance ?? [];
    return (ctx.spec.scenario.compliance ?? []).flatMap((framework, i) =>
      rows.some((r) => sameFramework(r.framework, framework))
        ? []
        : [
            finding(
              ctx,
              this.id,
              this.severity,
              toPointer(['scenario', 'compliance', i]),
              `${framework} is required but no security.compliance row maps it to a control`,
              `Add security.compliance rows { framework: ${framework}, requirement, control, evidence } for its key requirements.`,
            ),
          ],
    );
  },
};

export const layerEmpty: Rule = {
  ...ruleEntry('layer-empty'),
  run(ctx) {
    const layers = ctx.spec.security?.layers;
    return LAYER_NAMES.flatMap((layer) =>
      (layers?.[layer]?.length ?? 0) > 0
        ? []
        : [
            finding(
              ctx,
              this.id,
              this.severity,
              toPointer(['security', 'layers', layer]),
              `the ${layer} layer has no controls`,
              `Add at least one control to security.layers.${layer} ({ control, implementation, status }).`,
            ),
          ],
    );
  },
};

export const industryCertificationMissing: Rule = {
  ...ruleEntry('industry-certification-missing'),
  run(ctx) {
    const listed = ctx.spec.scenario.compliance ?? [];
    const industry = ctx.spec.client.industry ?? 'any';
    return ctx.required.flatMap((r) =>
      listed.some((f) => sameFramework(f, r.framework))
        ? []
        : [
            finding(
              ctx,
              this.id,
              this.severity,
              ctx.spec.scenario.compliance ? '/scenario/compliance' : ctx.spec.client.industry ? '/client/industry' : '/scenario',
              `${r.framework} is required but not in scenario.compliance: ${r.why} (industry ${industry}${ctx.spec.scenario.dataResidency ? `, data in ${ctx.spec.scenario.dataResidency.join(', ')}` : ''})`,
              `Add ${r.framework} to scenario.compliance, map its requirements to controls in security.compliance, and recommend a platform certified for it.`,
            ),
          ],
    );
  },
};
