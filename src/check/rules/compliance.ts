// Rules about compliance and data residency: catalog facts of the recommended
// platform against the scenario, and the scenario against the control mapping.
import { LAYER_NAMES } from '../../spec/types.js';
import { toPointer } from '../../spec/pointer.js';
import { finding, type CheckContext } from '../context.js';
import { certification, sameFramework } from '../frameworks.js';
import type { Rule } from '../rule.js';
import type { Finding } from '../types.js';

/** One info finding saying a catalog rule cannot judge a platform the catalog does not know. */
function notApplicable(ctx: CheckContext, rule: string, path: string, what: string): Finding[] {
  const id = ctx.model.recommendation;
  return [finding(ctx, rule, 'info', path,
    `${ctx.platformLabel} is not in the catalog, so its ${what} cannot be checked (rule does not apply)`,
    `Describe it under catalog.platforms.${id}.${what} to have it checked.`)];
}

export const certificationMissing: Rule = {
  id: 'certification-missing',
  severity: 'error',
  criterion: 'platform-analysis',
  summary: 'The recommended platform lacks a certification the scenario requires.',
  run(ctx) {
    const required = ctx.spec.scenario.compliance ?? [];
    if (required.length === 0) return [];
    const platform = ctx.platform;
    if (!platform) return notApplicable(ctx, this.id, '/scenario/compliance', 'certifications');
    return required.flatMap((framework, i) => certification(platform, framework) !== null ? [] : [
      finding(ctx, this.id, this.severity, toPointer(['scenario', 'compliance', i]),
        `${ctx.platformLabel} does not list a ${framework} certification`,
        `Choose a platform certified for ${framework}, or record the provider's attestation under catalog.platforms.${platform.id}.certifications.`),
    ]);
  },
};

export const residencyPartial: Rule = {
  id: 'residency-partial',
  severity: 'warning',
  criterion: 'platform-analysis',
  summary: 'The recommended platform is limited or absent in a required data-residency zone.',
  run(ctx) {
    const zones = ctx.spec.scenario.dataResidency ?? [];
    if (zones.length === 0) return [];
    const platform = ctx.platform;
    if (!platform) return notApplicable(ctx, this.id, '/scenario/dataResidency', 'regions');
    return zones.flatMap((zone, i) => {
      const availability = platform.regions[zone] ?? 'absent';
      if (availability === 'available') return [];
      const unknown = platform.regions[zone] === undefined;
      return [finding(ctx, this.id, availability === 'limited' ? 'warning' : 'error', toPointer(['scenario', 'dataResidency', i]),
        unknown ? `the catalog lists no ${zone} region for ${ctx.platformLabel}` : `${ctx.platformLabel} is ${availability} in ${zone}`,
        `Confirm the models in the mix are served in ${zone}, or choose a platform available there.`)];
    });
  },
};

export const complianceUnmapped: Rule = {
  id: 'compliance-unmapped',
  severity: 'warning',
  criterion: 'security-architecture',
  summary: 'A required compliance framework has no requirement-to-control row in security.compliance.',
  run(ctx) {
    const rows = ctx.spec.security?.compliance ?? [];
    return (ctx.spec.scenario.compliance ?? []).flatMap((framework, i) =>
      rows.some((r) => sameFramework(r.framework, framework)) ? [] : [
        finding(ctx, this.id, this.severity, toPointer(['scenario', 'compliance', i]),
          `${framework} is required but no security.compliance row maps it to a control`,
          `Add security.compliance rows { framework: ${framework}, requirement, control, evidence } for its key requirements.`),
      ]);
  },
};

export const layerEmpty: Rule = {
  id: 'layer-empty',
  severity: 'warning',
  criterion: 'security-architecture',
  summary: 'A defense-in-depth layer is missing or has no controls.',
  run(ctx) {
    const layers = ctx.spec.security?.layers;
    return LAYER_NAMES.flatMap((layer) => (layers?.[layer]?.length ?? 0) > 0 ? [] : [
      finding(ctx, this.id, this.severity, toPointer(['security', 'layers', layer]),
        `the ${layer} layer has no controls`,
        `Add at least one control to security.layers.${layer} ({ control, implementation, status }).`),
    ]);
  },
};

export const industryCertificationMissing: Rule = {
  id: 'industry-certification-missing',
  severity: 'error',
  criterion: 'security-architecture',
  summary: 'The client\'s industry and data location require a certification that scenario.compliance does not list (healthcare: HIPAA, payments: PCI-DSS, US public sector: FedRAMP, EU/UK personal data: GDPR).',
  run(ctx) {
    const listed = ctx.spec.scenario.compliance ?? [];
    const industry = ctx.spec.client.industry ?? 'any';
    return ctx.required.flatMap((r) => listed.some((f) => sameFramework(f, r.framework)) ? [] : [
      finding(ctx, this.id, this.severity, ctx.spec.scenario.compliance ? '/scenario/compliance' : (ctx.spec.client.industry ? '/client/industry' : '/scenario'),
        `${r.framework} is required but not in scenario.compliance: ${r.why} (industry ${industry}${ctx.spec.scenario.dataResidency ? `, data in ${ctx.spec.scenario.dataResidency.join(', ')}` : ''})`,
        `Add ${r.framework} to scenario.compliance, map its requirements to controls in security.compliance, and recommend a platform certified for it.`),
    ]);
  },
};
