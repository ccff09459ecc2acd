// The course's Appendix B deployment checklist, item by item, with the spec
// content that ticks each one. The README's checklist table mirrors this list.
import type { Model } from '../model/types.js';
import type { Spec } from '../spec/types.js';
import { sameFramework } from './frameworks.js';
import { firstMention, type Mention } from './mentions.js';

export interface ChecklistContext {
  readonly spec: Spec;
  readonly model: Model;
  readonly strings: readonly Mention[];
}

export interface ChecklistItem {
  readonly section: string;
  readonly group: string;
  readonly text: string;
  /** What ticks it, as documented. */
  readonly rule: string;
  /** Evidence when the spec covers the item, else null. */
  covered(ctx: ChecklistContext): string | null;
}

const quote = (m: Mention | undefined) => (m ? `${m.path}: "${m.text.length > 60 ? `${m.text.slice(0, 57)}...` : m.text}"` : null);
const mention = (pattern: RegExp, ...under: string[]) => (ctx: ChecklistContext) => quote(firstMention(ctx.strings, pattern, under));
const component = (kind: string) => (ctx: ChecklistContext) => {
  const c = ctx.spec.architecture.components.find((x) => x.kind === kind);
  return c ? `component ${c.id} (${c.name})` : null;
};
const either = (...checks: ((ctx: ChecklistContext) => string | null)[]) => (ctx: ChecklistContext) => {
  for (const check of checks) {
    const found = check(ctx);
    if (found !== null) return found;
  }
  return null;
};
const count = (n: number | undefined, what: string) => ((n ?? 0) > 0 ? `${n} ${what}` : null);
const step = (pattern: RegExp) => mention(pattern, '/deployment/pipeline');

const PRE = 'Pre-Deployment';
const DEP = 'Deployment';
const POST = 'Post-Deployment';

function item(section: string, group: string, text: string, rule: string, covered: ChecklistItem['covered']): ChecklistItem {
  return { section, group, text, rule, covered };
}

export const CHECKLIST: readonly ChecklistItem[] = [
  item(PRE, 'Infrastructure', 'Cloud accounts and subscriptions created', 'scenario.existingCloud is aws, azure, gcp or multi',
    ({ spec }) => (spec.scenario.existingCloud && spec.scenario.existingCloud !== 'none' ? `existing cloud: ${spec.scenario.existingCloud}` : null)),
  item(PRE, 'Infrastructure', 'Resource groups/projects organized', '2 or more deployment.environments',
    ({ spec }) => ((spec.deployment?.environments?.length ?? 0) >= 2 ? `${spec.deployment!.environments!.length} environments` : null)),
  item(PRE, 'Infrastructure', 'Networking configured (VPC, subnets, peering)', 'a component of kind network, or text mentioning VPC, VNet, subnet or peering',
    either(component('network'), mention(/\bv(pc|net)\b|subnet|peering/i))),
  item(PRE, 'Infrastructure', 'Private endpoints established', 'text mentioning private endpoints, PrivateLink or Private Service Connect',
    mention(/private ?(endpoint|link)|private service connect/i)),
  item(PRE, 'Infrastructure', 'DNS configured', 'text mentioning DNS or Route 53', mention(/\bdns\b|route ?53/i)),
  item(PRE, 'Infrastructure', 'SSL certificates provisioned', 'text mentioning TLS, SSL or certificates', mention(/\btls\b|\bssl\b|certificate/i)),
  item(PRE, 'Security', 'IAM roles and policies defined', '1 or more security.roles', ({ spec }) => count(spec.security?.roles?.length, 'roles')),
  item(PRE, 'Security', 'Service accounts created with least privilege', 'text mentioning least privilege, service roles/accounts or managed identity',
    mention(/least[- ]privilege|service (role|account)|managed[- ]identity/i)),
  item(PRE, 'Security', 'Secrets management configured', 'security.secrets.pattern set, or a component of kind secrets',
    either(({ spec }) => (spec.security?.secrets?.pattern ? `secrets pattern: ${spec.security.secrets.pattern}` : null), component('secrets'))),
  item(PRE, 'Security', 'Encryption keys provisioned (KMS)', 'text mentioning KMS, Key Vault, Cloud KMS or customer-managed keys',
    mention(/\bkms\b|key vault|customer[- ]managed key/i)),
  item(PRE, 'Security', 'Network security groups configured', 'text mentioning security groups, NSGs or firewalls', mention(/security group|\bnsg\b|firewall/i)),
  item(PRE, 'Security', 'WAF rules implemented', 'a component of kind waf, or text mentioning WAF', either(component('waf'), mention(/\bwaf\b/i))),
  item(PRE, 'Security', 'DDoS protection enabled', 'text mentioning DDoS, AWS Shield or Cloud Armor', mention(/ddos|\bshield\b|cloud armor/i)),
  item(PRE, 'Compliance', 'Data classification completed', 'scenario.dataSensitivity set',
    ({ spec }) => (spec.scenario.dataSensitivity ? `data sensitivity: ${spec.scenario.dataSensitivity}` : null)),
  item(PRE, 'Compliance', 'Privacy impact assessment done', 'text mentioning a privacy impact assessment, PIA or DPIA',
    mention(/privacy impact|\bd?pia\b/i)),
  item(PRE, 'Compliance', 'Security review approved', 'a proposal decision or next step mentioning security',
    mention(/security/i, '/proposal/decisions', '/proposal/nextSteps')),
  item(PRE, 'Compliance', 'Compliance controls mapped', 'security.compliance rows covering every framework in scenario.compliance',
    ({ spec }) => {
      const rows = spec.security?.compliance ?? [];
      const all = (spec.scenario.compliance ?? []).every((f) => rows.some((r) => sameFramework(r.framework, f)));
      return rows.length > 0 && all ? `${rows.length} compliance mapping rows` : null;
    }),
  item(PRE, 'Compliance', 'Audit logging enabled', 'text mentioning audit logs/trails or CloudTrail', mention(/audit|cloudtrail/i)),
  item(PRE, 'Monitoring', 'Logging infrastructure ready', 'a component of kind monitoring, or a monitoring-layer control',
    either(component('monitoring'), ({ spec }) => count(spec.security?.layers?.monitoring?.length, 'monitoring controls'))),
  item(PRE, 'Monitoring', 'Metrics collection configured', '1 or more operations.metrics', ({ spec }) => count(spec.operations?.metrics?.length, 'metrics')),
  item(PRE, 'Monitoring', 'Dashboards created', 'text mentioning dashboards', mention(/dashboard/i)),
  item(PRE, 'Monitoring', 'Alerts defined and tested', '1 or more operations.alertRouting entries', ({ spec }) => count(spec.operations?.alertRouting?.length, 'alert routes')),
  item(PRE, 'Monitoring', 'On-call rotation established', 'text mentioning on-call or PagerDuty', mention(/on-?call|pagerduty|opsgenie/i)),
  item(DEP, 'Application', 'Container images built and scanned', 'deployment.pipeline has a build step and a scan step',
    (ctx) => (step(/build/i)(ctx) !== null && step(/scan/i)(ctx) !== null ? 'pipeline builds and scans' : null)),
  item(DEP, 'Application', 'Configurations externalized', 'text mentioning configuration, parameters or feature flags',
    mention(/config|parameter store|feature[- ]flag|app configuration/i)),
  item(DEP, 'Application', 'Environment variables set', '1 or more deployment.environments', ({ spec }) => count(spec.deployment?.environments?.length, 'environments')),
  item(DEP, 'Application', 'Health checks configured', 'text mentioning health checks, readiness or liveness', mention(/health ?check|readiness|liveness/i)),
  item(DEP, 'Application', 'Deployment manifests validated', 'a pipeline step mentioning validation, linting or a plan', step(/validat|lint|\bplan\b/i)),
  item(DEP, 'Testing', 'Unit tests passing', 'a pipeline step mentioning unit tests', step(/unit test/i)),
  item(DEP, 'Testing', 'Integration tests passing', 'a pipeline step mentioning integration tests', step(/integration test/i)),
  item(DEP, 'Testing', 'Security scan clean', 'a pipeline step mentioning a security scan, SAST or DAST', step(/security scan|\bsast\b|\bdast\b/i)),
  item(DEP, 'Testing', 'Performance baseline established', 'an operations metric or phase success criterion about latency',
    mention(/latency|p9[59]/i, '/operations/metrics', '/deployment/phases')),
  item(DEP, 'Testing', 'Load testing completed', 'text mentioning load or performance testing', mention(/load test|performance test|stress test/i)),
  item(DEP, 'Rollout', 'Deployment window scheduled', '1 or more deployment.phases or operations.maintenance windows',
    either(({ spec }) => count(spec.deployment?.phases?.length, 'phases'), ({ spec }) => count(spec.operations?.maintenance?.length, 'maintenance windows'))),
  item(DEP, 'Rollout', 'Stakeholders notified', 'proposal.decisions with owners',
    ({ spec }) => count(spec.proposal?.decisions?.filter((d) => d.owner !== undefined).length, 'decisions with owners')),
  item(DEP, 'Rollout', 'Rollback procedure documented', '1 or more deployment.rollback steps', ({ spec }) => count(spec.deployment?.rollback?.length, 'rollback steps')),
  item(DEP, 'Rollout', 'Support team briefed', '1 or more operations.escalation levels', ({ spec }) => count(spec.operations?.escalation?.length, 'escalation levels')),
  item(POST, 'Validation', 'Health checks passing', 'text mentioning health checks, readiness or liveness', mention(/health ?check|readiness|liveness/i)),
  item(POST, 'Validation', 'Smoke tests successful', 'a pipeline step mentioning smoke tests', step(/smoke/i)),
  item(POST, 'Validation', 'Metrics flowing', 'operations.metrics and a component of kind monitoring',
    (ctx) => ((ctx.spec.operations?.metrics?.length ?? 0) > 0 ? component('monitoring')(ctx) : null)),
  item(POST, 'Validation', 'Logs accessible', 'text mentioning logs, CloudWatch, Log Analytics or Cloud Logging', mention(/\blogs?\b|logging|cloudwatch|log analytics/i)),
  item(POST, 'Validation', 'User acceptance verified', 'a phase success criterion mentioning acceptance or UAT', mention(/acceptance|\buat\b/i, '/deployment/phases')),
  item(POST, 'Documentation', 'Runbook updated', '1 or more operations.procedures', ({ spec }) => count(spec.operations?.procedures?.length, 'procedures')),
  item(POST, 'Documentation', 'Architecture diagrams current', 'architecture.components (aiarch draws the diagrams from them)',
    ({ spec }) => count(spec.architecture.components.length, 'components drawn')),
  item(POST, 'Documentation', 'API documentation published', 'text mentioning API docs, OpenAPI or Swagger', mention(/api doc|openapi|swagger/i)),
  item(POST, 'Documentation', 'User guides available', 'text mentioning user guides or training', mention(/user guide|training|playbook/i)),
  item(POST, 'Handover', 'Operations team trained', 'text mentioning training or trained staff', mention(/train(ing|ed)\b/i)),
  item(POST, 'Handover', 'Support procedures documented', 'operations.procedures and operations.alertRouting',
    ({ spec }) => ((spec.operations?.procedures?.length ?? 0) > 0 && (spec.operations?.alertRouting?.length ?? 0) > 0 ? 'procedures and alert routing' : null)),
  item(POST, 'Handover', 'Escalation path confirmed', '1 or more operations.escalation levels', ({ spec }) => count(spec.operations?.escalation?.length, 'escalation levels')),
  item(POST, 'Handover', 'Post-deployment review scheduled', 'text mentioning a post-deployment review, retrospective or lessons learned',
    mention(/post-?(deployment|implementation|launch) review|retrospective|lessons learned/i)),
];
