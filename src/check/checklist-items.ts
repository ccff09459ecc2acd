// The course's Appendix B deployment checklist, item by item, with the
// structural evidence that ticks each one. The README's checklist table mirrors
// this list. An item is done only when a component, control or phase says it is
// (status implemented or complete) or when the spec itself is the deliverable
// (a documented rollback, a runbook); designed but not yet delivered is planned.
import { componentsText, displayDate } from '../present/index.js';
import { toPointer } from '../spec/pointer.js';
import {
  component,
  control,
  done,
  either,
  names,
  notApplicable,
  OPEN,
  planned,
  realEntries,
  shortList,
  stages,
  completePhase,
  type ChecklistContext,
  type Evaluate,
  type ItemResult,
} from './checklist-evidence.js';
import { sameFramework } from './frameworks.js';
import { escalationSteps } from '../spec/escalation.js';

export type { ChecklistContext, ItemResult, ItemState } from './checklist-evidence.js';

export interface ChecklistItem {
  readonly section: string;
  readonly group: string;
  readonly text: string;
  /** What ticks it, as documented in the README. */
  readonly rule: string;
  evaluate(ctx: ChecklistContext): ItemResult;
}

const PRE = 'Pre-Deployment';
const DEP = 'Deployment';
const POST = 'Post-Deployment';

function item(section: string, group: string, text: string, rule: string, evaluate: Evaluate): ChecklistItem {
  return { section, group, text, rule, evaluate };
}

// A Map: a catalog override can name any provider, and spec text is never an object key.
const PROVIDER_NAMES: ReadonlyMap<string, string> = new Map([
  ['aws', 'AWS'],
  ['azure', 'Azure'],
  ['gcp', 'Google Cloud'],
]);
const providerName = (id: string) => PROVIDER_NAMES.get(id) ?? id;

const cloudAccounts: Evaluate = ({ spec, model }) => {
  const existing = spec.scenario.existingCloud;
  const provider = model.catalog[model.recommendation]?.provider;
  if (existing === undefined || existing === 'none')
    return provider ? planned(`a new ${providerName(provider)} account is needed: the client has no cloud yet`) : OPEN;
  // "multi": several clouds, the recommended platform's among them (as the decision path reads it).
  if (existing === 'multi') return done(`the client already runs on several clouds${provider ? `, ${providerName(provider)} among them` : ''}`);
  if (provider === undefined || existing === provider) return done(`the client already runs on ${providerName(existing)}, the recommended platform's cloud`);
  return planned(`the client runs on ${providerName(existing)}; a ${providerName(provider)} account is still to create`);
};

const environments =
  (what: string): Evaluate =>
  ({ spec }) => {
    const envs = spec.deployment?.environments ?? [];
    return envs.length >= 2 ? planned(`${envs.length} environments are designed (${shortList(envs.map((e) => e.name))}); ${what}`) : OPEN;
  };

const roles: Evaluate = (ctx) => {
  const list = (ctx.spec.security?.roles ?? []).filter(
    (r, i) =>
      ctx.text.judge(r.name, toPointer(['security', 'roles', i, 'name'])).hollow === null &&
      realEntries(ctx, r.permissions ?? [], ['security', 'roles', i, 'permissions']).length > 0,
  );
  return list.length > 0 ? done(`${list.length} roles are defined with their permissions: ${shortList(list.map((r) => r.name))}`) : OPEN;
};

const secrets: Evaluate = either(component('secrets'), ({ spec }) =>
  spec.security?.secrets?.pattern ? planned(`the secrets pattern is ${spec.security.secrets.pattern}; no secrets component is implemented yet`) : OPEN,
);

const classified: Evaluate = ({ spec }) => (spec.scenario.dataSensitivity ? done(`the data is classified as ${spec.scenario.dataSensitivity}`) : OPEN);

const securityReview: Evaluate = (ctx) => {
  const decisions = ctx.spec.proposal?.decisions ?? [];
  const i = decisions.findIndex((d, j) => d.owner !== undefined && names(ctx, d.decision, toPointer(['proposal', 'decisions', j, 'decision']), 'security'));
  if (i < 0) return OPEN;
  const d = decisions[i]!;
  // A decision records who must take it, never that it was taken: it stays planned.
  return planned(`the decision "${d.decision}" is still to be taken by ${d.owner!}${d.deadline ? ` by ${displayDate(d.deadline)}` : ''}`);
};

const complianceMapped: Evaluate = (ctx) => {
  const rows = (ctx.spec.security?.compliance ?? []).filter(
    (r, i) =>
      ctx.text.judge(r.control, toPointer(['security', 'compliance', i, 'control'])).hollow === null &&
      ctx.text.judge(r.requirement, toPointer(['security', 'compliance', i, 'requirement'])).hollow === null,
  );
  const frameworks = ctx.spec.scenario.compliance ?? [];
  if (rows.length === 0) return OPEN;
  const unmapped = frameworks.filter((f) => !rows.some((r) => sameFramework(r.framework, f)));
  return unmapped.length === 0
    ? done(`${rows.length} requirements of ${shortList(frameworks)} are mapped to controls`)
    : planned(`${shortList(unmapped)} still to map to controls`);
};

const metricsConfigured: Evaluate = (ctx) => {
  const metrics = ctx.spec.operations?.metrics ?? [];
  if (metrics.length === 0) return OPEN;
  const monitoring = component('monitoring')(ctx);
  const what = `${metrics.length} metrics have thresholds (${shortList(
    metrics.map((m) => m.metric),
    2,
  )})`;
  return monitoring.state === 'done'
    ? done(`${what} and ${monitoring.evidence!}`)
    : planned(`${what}; ${monitoring.evidence ?? 'no monitoring component collects them yet'}`);
};

const alerts: Evaluate = ({ spec }) => {
  const routes = spec.operations?.alertRouting ?? [];
  return routes.length > 0
    ? planned(
        `alerts are routed by ${routes.length} severities (${shortList(
          routes.map((r) => `${r.severity} to ${r.channel}`),
          2,
        )}); testing them is still to do`,
      )
    : OPEN;
};

const onCall: Evaluate = ({ spec }) => {
  const routes = spec.operations?.alertRouting ?? [];
  const first = escalationSteps(spec)[0];
  return routes.length > 0 && first !== undefined ? planned(`alerts page ${first.who} first; the rotation is still to staff`) : OPEN;
};

const containers: Evaluate = (ctx) => {
  if (ctx.spec.architecture.pattern === 'serverless') return notApplicable('the serverless pattern deploys functions, not container images');
  return stages('build', 'scan')(ctx);
};

const configExternalized: Evaluate = either(control('config', ['application']), ({ spec }) =>
  spec.deployment?.strategy === 'feature-flags' ? planned('the rollout strategy is feature flags, set outside the code') : OPEN,
);

const latencyBaseline: Evaluate = (ctx) => {
  const metric = (ctx.spec.operations?.metrics ?? []).find((m) => /latency|p9[59]/i.test(m.metric) && m.warning !== undefined);
  if (!metric) return OPEN;
  const phase = completePhase(ctx.spec);
  return phase
    ? done(`the metric "${metric.metric}" has thresholds and the phase "${phase}" is complete`)
    : planned(`the metric "${metric.metric}" has thresholds; the baseline is measured in the first phase`);
};

const windowScheduled: Evaluate = ({ spec, model }) => {
  const phases = model.phases;
  if (phases.length > 0) return done(`${phases.length} phases are scheduled, weeks 1 to ${model.rolloutWeeks ?? phases[phases.length - 1]!.endWeek}`);
  const windows = spec.operations?.maintenance ?? [];
  return windows.length > 0 ? done(`maintenance window ${windows[0]!.window}`) : OPEN;
};

const stakeholders: Evaluate = ({ spec }) => {
  const owners = [...new Set((spec.proposal?.decisions ?? []).flatMap((d) => (d.owner ? [d.owner] : [])))];
  return owners.length > 0 ? planned(`the decision owners are named (${shortList(owners)}); notifying them is still to do`) : OPEN;
};

const rollback: Evaluate = (ctx) => {
  const steps = realEntries(ctx, ctx.spec.deployment?.rollback ?? [], ['deployment', 'rollback']);
  return steps.length >= 2 ? done(`the rollback is documented in ${steps.length} steps`) : OPEN;
};

const escalationReal = (ctx: ChecklistContext) =>
  realEntries(
    ctx,
    escalationSteps(ctx.spec).map((s) => s.who),
    ['operations', 'escalation'],
  );

const supportBriefed: Evaluate = (ctx) => {
  const levels = escalationReal(ctx);
  return levels.length > 0 ? planned(`the escalation path (${shortList(levels)}) is written; the briefing is still to do`) : OPEN;
};

const healthPassing: Evaluate = (ctx) => {
  const check = control('health')(ctx);
  if (check.state === 'open') return OPEN;
  const phase = completePhase(ctx.spec);
  return check.state === 'done' && phase ? done(`${check.evidence!}, and the phase "${phase}" is complete`) : planned(check.evidence!);
};

const metricsFlowing: Evaluate = (ctx) => ((ctx.spec.operations?.metrics?.length ?? 0) > 0 ? component('monitoring')(ctx) : OPEN);

const acceptance: Evaluate = ({ spec }) => {
  const phases = (spec.deployment?.phases ?? []).filter((p) => (p.users ?? 0) > 0 && (p.successCriteria?.length ?? 0) > 0);
  if (phases.length === 0) return OPEN;
  const complete = phases.find((p) => p.status === 'complete');
  return complete
    ? done(`the phase "${complete.name}" with ${complete.users!} users passed its success criteria`)
    : planned(`the phase "${phases[0]!.name}" will test with ${phases[0]!.users!} users against its success criteria`);
};

const procedures = (ctx: ChecklistContext) =>
  (ctx.spec.operations?.procedures ?? []).filter(
    (p, i) =>
      realEntries(ctx, p.steps, ['operations', 'procedures', i, 'steps']).length >= 2 &&
      ctx.text.judge(p.verification, toPointer(['operations', 'procedures', i, 'verification'])).hollow === null,
  );

const runbook: Evaluate = (ctx) => {
  const list = procedures(ctx);
  return list.length > 0
    ? done(
        `the runbook has ${list.length} procedures with steps and checks (${shortList(
          list.map((p) => p.name),
          2,
        )})`,
      )
    : OPEN;
};

const supportProcedures: Evaluate = (ctx) => {
  const list = procedures(ctx);
  return list.length > 0 && (ctx.spec.operations?.alertRouting?.length ?? 0) > 0 ? done(`${list.length} procedures and the alert routing are written`) : OPEN;
};

const escalationConfirmed: Evaluate = (ctx) => {
  const levels = escalationReal(ctx);
  return levels.length > 0 ? done(`the escalation path is written: ${levels.join(' → ')}`) : OPEN;
};

const diagrams: Evaluate = ({ model }) =>
  model.systemComponents > 0 ? done(`aiarch draws the diagrams from the spec's ${componentsText(model.systemComponents)}`) : OPEN;

const edgeExposed = (ctx: ChecklistContext) => ctx.spec.architecture.components.some((c) => c.zone === 'external' || c.zone === 'edge' || c.kind === 'user');
const exposed =
  (check: Evaluate): Evaluate =>
  (ctx) =>
    edgeExposed(ctx) ? check(ctx) : notApplicable('no component faces users or the internet');

/** Items the spec has no field to record; they stay open for the team to track. */
const untracked: Evaluate = () => OPEN;

const NO_FIELD = 'nothing in the spec records it: it stays open for the team to tick';

export const CHECKLIST: readonly ChecklistItem[] = [
  item(
    PRE,
    'Infrastructure',
    'Cloud accounts and subscriptions created',
    "done when scenario.existingCloud is the recommended platform's cloud; planned when another cloud or none",
    cloudAccounts,
  ),
  item(
    PRE,
    'Infrastructure',
    'Resource groups/projects organized',
    'planned when 2 or more deployment.environments are designed',
    environments('creating them is still to do'),
  ),
  item(
    PRE,
    'Infrastructure',
    'Networking configured (VPC, subnets, peering)',
    'a network component, or a network-layer control named for VPC, VNet, subnets, segmentation or peering (done when implemented)',
    either(component('network'), control('network', ['network'])),
  ),
  item(
    PRE,
    'Infrastructure',
    'Private endpoints established',
    'a network-layer control named for private endpoints, PrivateLink or Private Service Connect (done when implemented)',
    control('privateEndpoint', ['network']),
  ),
  item(PRE, 'Infrastructure', 'DNS configured', 'a network-layer control named for DNS or Route 53 (done when implemented)', control('dns', ['network'])),
  item(
    PRE,
    'Infrastructure',
    'SSL certificates provisioned',
    'a network- or data-layer control named for TLS, SSL, certificates or encryption in transit (done when implemented)',
    control('tls', ['network', 'data']),
  ),
  item(PRE, 'Security', 'IAM roles and policies defined', 'done when security.roles name roles with real permissions', roles),
  item(
    PRE,
    'Security',
    'Service accounts created with least privilege',
    'an identity-layer control named for service roles/accounts, workload or managed identity or least privilege (done when implemented)',
    control('serviceIdentity', ['identity']),
  ),
  item(
    PRE,
    'Security',
    'Secrets management configured',
    'a secrets component (done when implemented), else planned when security.secrets.pattern is set',
    secrets,
  ),
  item(
    PRE,
    'Security',
    'Encryption keys provisioned (KMS)',
    'a data-layer control named for KMS, Key Vault, key management, customer-managed keys or encryption at rest (done when implemented)',
    control('keys', ['data']),
  ),
  item(
    PRE,
    'Security',
    'Network security groups configured',
    'a network-layer control named for security groups, NSGs, firewalls or network policies (done when implemented)',
    control('firewall', ['network']),
  ),
  item(
    PRE,
    'Security',
    'WAF rules implemented',
    'a waf component, or a network-layer control named for a WAF (done when implemented); not applicable when nothing faces users',
    exposed(either(component('waf'), control('waf', ['network']))),
  ),
  item(
    PRE,
    'Security',
    'DDoS protection enabled',
    'a network-layer control named for DDoS, AWS Shield or Cloud Armor (done when implemented); not applicable when nothing faces users',
    exposed(control('ddos', ['network'])),
  ),
  item(PRE, 'Compliance', 'Data classification completed', 'done when scenario.dataSensitivity is set', classified),
  item(
    PRE,
    'Compliance',
    'Privacy impact assessment done',
    'a control named for a privacy impact assessment, PIA or DPIA (done when implemented)',
    control('privacy'),
  ),
  item(
    PRE,
    'Compliance',
    'Security review approved',
    'planned when a proposal decision about security has an owner; a decision never records approval, so it is never ticked',
    securityReview,
  ),
  item(
    PRE,
    'Compliance',
    'Compliance controls mapped',
    'done when real security.compliance rows cover every framework in scenario.compliance',
    complianceMapped,
  ),
  item(
    PRE,
    'Compliance',
    'Audit logging enabled',
    'a monitoring-layer control named for audit logs, CloudTrail or activity logs (done when implemented)',
    control('audit', ['monitoring']),
  ),
  item(PRE, 'Monitoring', 'Logging infrastructure ready', 'a monitoring component (done when implemented)', component('monitoring')),
  item(
    PRE,
    'Monitoring',
    'Metrics collection configured',
    'operations.metrics and a monitoring component (done when the component is implemented)',
    metricsConfigured,
  ),
  item(
    PRE,
    'Monitoring',
    'Dashboards created',
    'a monitoring-layer control named for dashboards (done when implemented)',
    control('dashboard', ['monitoring']),
  ),
  item(PRE, 'Monitoring', 'Alerts defined and tested', 'planned when operations.alertRouting routes alerts (the spec cannot show they were tested)', alerts),
  item(PRE, 'Monitoring', 'On-call rotation established', 'planned when operations.alertRouting and operations.escalation are given', onCall),
  item(
    DEP,
    'Application',
    'Container images built and scanned',
    'pipeline stages named for a build and a scan (done once a deployment phase is complete); not applicable to the serverless pattern',
    containers,
  ),
  item(
    DEP,
    'Application',
    'Configurations externalized',
    'an application-layer control named for configuration or feature flags (done when implemented), or planned with the feature-flags strategy',
    configExternalized,
  ),
  item(
    DEP,
    'Application',
    'Environment variables set',
    'planned when 2 or more deployment.environments are designed',
    environments('setting their variables is still to do'),
  ),
  item(DEP, 'Application', 'Health checks configured', 'a control named for health checks, readiness or liveness (done when implemented)', control('health')),
  item(
    DEP,
    'Application',
    'Deployment manifests validated',
    'a pipeline stage named for validation, linting or a plan (done once a deployment phase is complete)',
    stages('validate'),
  ),
  item(DEP, 'Testing', 'Unit tests passing', 'a pipeline stage named for unit tests (done once a deployment phase is complete)', stages('unit')),
  item(
    DEP,
    'Testing',
    'Integration tests passing',
    'a pipeline stage named for integration tests (done once a deployment phase is complete)',
    stages('integration'),
  ),
  item(
    DEP,
    'Testing',
    'Security scan clean',
    'a pipeline stage named for a security scan, SAST or DAST (done once a deployment phase is complete)',
    stages('securityScan'),
  ),
  item(
    DEP,
    'Testing',
    'Performance baseline established',
    'a latency metric with thresholds in operations.metrics (done once a deployment phase is complete)',
    latencyBaseline,
  ),
  item(
    DEP,
    'Testing',
    'Load testing completed',
    'a pipeline stage named for load, performance or stress tests (done once a deployment phase is complete)',
    stages('load'),
  ),
  item(DEP, 'Rollout', 'Deployment window scheduled', 'done when deployment.phases (or operations.maintenance windows) are scheduled', windowScheduled),
  item(DEP, 'Rollout', 'Stakeholders notified', 'planned when proposal.decisions name their owners', stakeholders),
  item(DEP, 'Rollout', 'Rollback procedure documented', 'done when deployment.rollback has 2 or more real steps', rollback),
  item(DEP, 'Rollout', 'Support team briefed', 'planned when operations.escalation names the support levels', supportBriefed),
  item(POST, 'Validation', 'Health checks passing', 'a health-check control that is implemented, and a complete deployment phase', healthPassing),
  item(POST, 'Validation', 'Smoke tests successful', 'a pipeline stage named for smoke tests (done once a deployment phase is complete)', stages('smoke')),
  item(POST, 'Validation', 'Metrics flowing', 'operations.metrics and a monitoring component (done when the component is implemented)', metricsFlowing),
  item(POST, 'Validation', 'Logs accessible', 'a monitoring component (done when implemented)', component('monitoring')),
  item(POST, 'Validation', 'User acceptance verified', 'a deployment phase with users and success criteria (done when its status is complete)', acceptance),
  item(POST, 'Documentation', 'Runbook updated', 'done when operations.procedures have 2 or more real steps and a verification', runbook),
  item(POST, 'Documentation', 'Architecture diagrams current', 'done when architecture.components exist (aiarch draws the diagrams from them)', diagrams),
  item(POST, 'Documentation', 'API documentation published', NO_FIELD, untracked),
  item(POST, 'Documentation', 'User guides available', NO_FIELD, untracked),
  item(POST, 'Handover', 'Operations team trained', NO_FIELD, untracked),
  item(POST, 'Handover', 'Support procedures documented', 'done when real operations.procedures and operations.alertRouting are written', supportProcedures),
  item(POST, 'Handover', 'Escalation path confirmed', 'done when operations.escalation names real levels', escalationConfirmed),
  item(POST, 'Handover', 'Post-deployment review scheduled', NO_FIELD, untracked),
];
