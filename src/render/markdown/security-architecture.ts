// security-architecture-design.md: Exercise 1.2 of the course.
import { lookupTable } from '../../records.js';
import type { Control, LayerName } from '../../spec/types.js';
import { type Content, bullets, document, entry, figure, ruled, section, table } from '../document/build.js';
import type { DocumentTree, Section, Table } from '../document/tree.js';
import { type RenderContext, assume, capitalize, joinAnd, lowerFirst, omit, recommendedLabel, patternName } from './context.js';
import { CONTROLS_TO_DEFINE, hasSecurityControls } from '../../present/security.js';
import { text } from '../../format/markdown.js';

export const TITLE = 'Security Architecture Design';

const STATUS = lookupTable({ planned: 'Planned', 'in-progress': 'In progress', implemented: 'Implemented' });

function controls(ctx: RenderContext, layer: LayerName): readonly Control[] {
  return ctx.spec.security?.layers?.[layer] ?? [];
}

function controlTable(list: readonly Control[]): Table {
  return table(
    ['Control', 'Implementation', 'Status'],
    list.map((c) => [text(c.control), c.implementation ? text(c.implementation) : 'Not described', STATUS[c.status ?? 'planned'] ?? 'Planned']),
  );
}

/** Controls of a layer split by a name/implementation pattern, for the template's sub-sections. */
function matching(list: readonly Control[], pattern: RegExp): Control[] {
  return list.filter((c) => pattern.test(`${c.control} ${c.implementation ?? ''}`));
}

function layerBlock(ctx: RenderContext, layer: LayerName, list: readonly Control[], what: string): Content {
  return list.length > 0 ? controlTable(list) : omit(ctx, `No ${what} controls yet`, `security.layers.${layer}`);
}

function identity(ctx: RenderContext): Section {
  const { spec } = ctx;
  const list = controls(ctx, 'identity');
  const user = matching(list, /user|sso|saml|oauth|oidc|mfa|login/i);
  const service = list.filter((c) => !user.includes(c));
  const idps = spec.architecture.components.filter((c) => c.kind === 'identity').map((c) => text(c.service ?? c.name));
  const secrets = spec.security?.secrets;
  const mfa = list.some((c) => /mfa|multi-factor/i.test(`${c.control} ${c.implementation ?? ''}`));
  const roles = spec.security?.roles ?? [];
  return section(2, 'Identity & Access Management', [
    section(3, 'Service Authentication', [
      ...serviceAuth(ctx),
      secrets
        ? `Secrets follow the ${text(secrets.pattern ?? 'managed')} pattern${secrets.implementation ? `: ${text(secrets.implementation)}.` : '.'}`
        : omit(ctx, 'No secrets management pattern yet', 'security.secrets'),
      service.length > 0 ? controlTable(service) : omit(ctx, 'No service authentication controls yet', 'security.layers.identity'),
    ]),
    section(3, 'User Authentication', [
      bullets([
        entry('Provider', idps.length > 0 ? joinAnd(idps) : omit(ctx, 'No identity provider (a component of kind identity)', 'architecture.components')),
        // Where no identity control exists at all, the MFA line would only restate that; the gap is noted once.
        entry('MFA', mfa ? 'required, as part of the controls below' : list.length > 0 ? 'not yet part of the identity controls' : ''),
        mfa ? '' : omit(ctx, 'No multi-factor authentication control', 'security.layers.identity'),
      ]),
      user.length > 0 ? controlTable(user) : omit(ctx, 'No user authentication controls yet', 'security.layers.identity'),
    ]),
    section(
      3,
      'Authorization Model',
      roles.length > 0
        ? [
            `Role-based access control (RBAC) with ${roles.length} roles:`,
            bullets(roles.map((r) => `**${text(r.name)}:** ${r.permissions?.length ? r.permissions.map(text).join(', ') : 'no permissions listed'}`)),
          ]
        : [omit(ctx, 'No roles defined yet', 'security.roles')],
    ),
  ]);
}

function dataProtection(ctx: RenderContext): Section {
  const list = controls(ctx, 'data');
  const encryption = matching(list, /encrypt|tls|kms|key/i);
  const handling = list.filter((c) => !encryption.includes(c));
  const retention = [...list, ...controls(ctx, 'monitoring')].filter((c) => /retention|delet|purge/i.test(`${c.control} ${c.implementation ?? ''}`));
  return section(2, 'Data Protection', [
    section(3, 'Encryption', [encryption.length > 0 ? controlTable(encryption) : omit(ctx, 'No encryption controls yet', 'security.layers.data')]),
    section(3, 'Data Handling', [
      handling.length > 0 ? controlTable(handling) : omit(ctx, 'No PII detection or redaction controls yet', 'security.layers.data'),
      retention.length > 0
        ? `Retention: ${retention.map((c) => `${text(c.control)} (${text(c.implementation ?? 'no detail')})`).join('; ')}.`
        : omit(ctx, 'No retention policy (a control that states it)', 'security.layers.data'),
    ]),
  ]);
}

function application(ctx: RenderContext): Section {
  const list = controls(ctx, 'application');
  const output = matching(list, /output|response/i);
  const input = list.filter((c) => !output.includes(c));
  return section(2, 'Application Security', [
    section(3, 'Input Validation', [input.length > 0 ? controlTable(input) : omit(ctx, 'No input validation controls yet', 'security.layers.application')]),
    section(3, 'Output Filtering', [output.length > 0 ? controlTable(output) : omit(ctx, 'No output filtering controls yet', 'security.layers.application')]),
  ]);
}

function monitoring(ctx: RenderContext): Section {
  const { spec } = ctx;
  const list = controls(ctx, 'monitoring');
  const logComponents = spec.architecture.components.filter((c) => c.kind === 'monitoring').map((c) => text(c.service ?? c.name));
  const metrics = spec.operations?.metrics ?? [];
  const routing = spec.operations?.alertRouting ?? [];
  const route = (severity: string) => routing.find((r) => r.severity.toLowerCase() === severity);
  const response = (severity: string) => {
    const r = route(severity);
    return r ? `${text(r.channel)}${r.responseTime ? ` within ${text(r.responseTime)}` : ''}` : 'No route recorded';
  };
  return section(2, 'Monitoring & Audit', [
    section(3, 'Logging Strategy', [
      logComponents.length > 0
        ? `Logs and audit events are collected in ${joinAnd(logComponents)}.`
        : omit(ctx, 'No logging component (a component of kind monitoring)', 'architecture.components'),
      ...logging(ctx),
      layerBlock(ctx, 'monitoring', list, 'monitoring or audit'),
    ]),
    section(3, 'Alerting', [
      ...securityAlerts(ctx),
      metrics.length > 0
        ? table(
            ['Alert', 'Condition', 'Response'],
            metrics.flatMap((m) => {
              const rows: string[][] = [];
              if (m.warning) rows.push([text(m.metric), `Warning at ${text(m.warning)}`, response('warning')]);
              if (m.critical) rows.push([text(m.metric), `Critical at ${text(m.critical)}`, response('critical')]);
              return rows.length > 0 ? rows : [[text(m.metric), 'No threshold recorded', response('warning')]];
            }),
          )
        : omit(ctx, 'No alert conditions yet', 'operations.metrics'),
    ]),
  ]);
}

/** The template's Service Authentication table, when the proposal gives it. */
function serviceAuth(ctx: RenderContext): Content[] {
  const rows = ctx.spec.security?.serviceAuth ?? [];
  if (rows.length === 0) return [];
  return [
    table(
      ['Service', 'Auth Method', 'Secret Storage'],
      rows.map((r) => [text(r.service), text(r.method), r.secretStorage ? text(r.secretStorage) : 'None (keyless)']),
    ),
  ];
}

/** Log types with their retention and storage. */
function logging(ctx: RenderContext): Content[] {
  const rows = ctx.spec.security?.logging ?? [];
  if (rows.length === 0) return [];
  return [
    table(
      ['Log Type', 'Retention', 'Storage'],
      rows.map((r) => [text(r.logType), r.retention ? text(r.retention) : 'Not set', r.storage ? text(r.storage) : 'Not set']),
    ),
  ];
}

/** Security alerts (unusual volume, authentication failures, cost anomaly), before the metric thresholds. */
function securityAlerts(ctx: RenderContext): Content[] {
  const rows = ctx.spec.security?.alerts ?? [];
  if (rows.length === 0) return [];
  return [
    table(
      ['Alert', 'Condition', 'Response'],
      rows.map((r) => [text(r.alert), text(r.condition), r.response ? text(r.response) : 'Routed by severity (Operations Runbook)']),
    ),
    'Metric thresholds also raise alerts:',
  ];
}

function complianceMapping(ctx: RenderContext): Section {
  const rows = ctx.spec.security?.compliance ?? [];
  const required = ctx.spec.scenario.compliance ?? [];
  const unmapped = required.filter((f) => !rows.some((r) => r.framework === f));
  const blocks: Content[] = [];
  if (rows.length === 0) return section(2, 'Compliance Mapping', [omit(ctx, 'No requirement-to-control mapping yet', 'security.compliance')]);
  blocks.push(
    table(
      ['Requirement', 'Control', 'Evidence'],
      rows.map((r) => [`${text(r.framework)}: ${text(r.requirement)}`, text(r.control), r.evidence ? text(r.evidence) : 'No evidence named']),
    ),
  );
  blocks.push(
    unmapped.length > 0
      ? `${joinAnd(unmapped.map(text))} ${unmapped.length === 1 ? 'has' : 'have'} no mapped control yet.${omit(ctx, `No controls mapped for ${joinAnd(unmapped)}`, 'security.compliance')}`
      : required.length > 0
        ? `Every required framework (${joinAnd(required.map(text))}) has at least one mapped control.`
        : '',
  );
  return section(2, 'Compliance Mapping', blocks);
}

export function buildSecurityArchitecture(ctx: RenderContext): DocumentTree {
  const { spec } = ctx;
  const sensitivity = spec.scenario.dataSensitivity;
  const network = controls(ctx, 'network');
  // With no control in any layer, the layers are not drawn as empty boxes: one assumption says what is to come.
  const layered = hasSecurityControls(spec);
  return document('security-architecture-design', TITLE, [
    `This design secures ${lowerFirst(text(spec.scenario.useCase))} for ${text(spec.client.name)}${layered ? ' in five layers of defense in depth' : ''}.`,
    layered ? '' : assume(ctx, CONTROLS_TO_DEFINE, 'No security controls in any layer', 'security.layers'),
    section(2, 'System Overview', [
      bullets([
        `**Platform:** ${recommendedLabel(ctx)}`,
        `**Deployment pattern:** ${capitalize(patternName(ctx))}`,
        entry('Data sensitivity', sensitivity ? capitalize(sensitivity) : omit(ctx, 'No data sensitivity', 'scenario.dataSensitivity')),
      ]),
      layered ? figure(ctx.diagrams, 'defense-in-depth', 'defense-in-depth') : '',
    ]),
    section(2, 'Network Security', [
      section(3, 'Architecture Diagram', [figure(ctx.diagrams, 'network-architecture', 'network architecture')]),
      section(3, 'Network Controls', [layerBlock(ctx, 'network', network, 'network')]),
    ]),
    ...[identity(ctx), dataProtection(ctx), application(ctx), monitoring(ctx), complianceMapping(ctx)].map(ruled),
  ]);
}
