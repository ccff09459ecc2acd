// operations-runbook.md: Exercise 2.2 of the course.
import { document, figure, labelled, numbered, ruled, section, table } from '../document/build.js';
import type { DocumentTree, Section } from '../document/tree.js';
import { type RenderContext, assume, capitalize, catalogEntry, joinAnd, lowerFirst, omit, recommendedLabel, patternName } from './context.js';
import { text } from '../../format/markdown.js';
import { kindName as kindLabel, zoneName as zoneLabel } from '../../present/index.js';
import { DEFAULT_ALERT_ROUTING, DEFAULT_MAINTENANCE, DEFAULT_METRICS, STANDARD_PROCEDURES, runbook, type DefaultProcedure } from '../../present/runbook.js';

export const TITLE = 'AI System Operations Runbook';
/** Marks a procedure that stands in, as a labelled assumption, where the spec has none of that name. */
const STANDARD = '(standard)';

function overview(ctx: RenderContext): Section {
  const { spec } = ctx;
  const components = ctx.p.system;
  const entry = catalogEntry(ctx, ctx.model.recommendation);
  const external = spec.architecture.components.filter((c) => c.kind === 'external' || c.kind === 'identity');
  const sla = entry?.features.sla ? text(String(entry.features.sla)) : 'Not in the catalog';
  return section(2, 'System Overview', [
    section(3, 'Architecture Summary', [
      `The system serves ${lowerFirst(text(spec.scenario.useCase))} for ${text(spec.client.name)} as ${patternName(ctx, true)} deployment on ${recommendedLabel(ctx)}, with ${ctx.p.componentCount} (diagram below).`,
      figure(ctx.diagrams, 'reference-architecture', 'reference architecture'),
    ]),
    section(3, 'Key Components', [
      components.length > 0
        ? components.some((c) => c.owner !== undefined || c.support !== undefined)
          ? table(
              ['Component', 'Technology', 'Owner', 'Support'],
              components.map((c) => [
                text(c.name),
                text(c.service ?? c.name),
                c.owner ? text(c.owner) : 'Not assigned',
                c.support ? text(c.support) : 'Not assigned',
              ]),
            )
          : table(
              ['Component', 'Technology', 'Zone', 'Purpose'],
              components.map((c) => [text(c.name), text(c.service ?? c.name), zoneLabel(c.zone), c.purpose ? text(c.purpose) : kindLabel(c.kind)]),
            )
        : omit(ctx, 'No components beyond users yet', 'architecture.components'),
    ]),
    section(3, 'Dependencies', [
      table(
        ['External Service', 'Purpose', 'SLA', 'Fallback'],
        [
          [recommendedLabel(ctx), 'Model inference', sla, 'Emergency Disable procedure (manual workflow)'],
          ...external.map((c) => [text(c.service ?? c.name), c.purpose ? text(c.purpose) : kindLabel(c.kind), 'Not recorded', 'Not recorded']),
        ],
      ),
    ]),
  ]);
}

function monitoring(ctx: RenderContext): Section {
  const ops = ctx.spec.operations;
  const specMetrics = ops?.metrics ?? [];
  const metrics = specMetrics.length > 0 ? specMetrics : DEFAULT_METRICS;
  const routing = ops?.alertRouting ?? [];
  const monitors = ctx.spec.architecture.components.filter((c) => c.kind === 'monitoring').map((c) => text(c.service ?? c.name));
  return section(2, 'Monitoring', [
    section(3, 'Dashboard Links', [
      monitors.length > 0
        ? `Production, staging and cost dashboards live in ${joinAnd(monitors)}.`
        : omit(ctx, 'No monitoring component, so no dashboards (a component of kind monitoring)', 'architecture.components'),
    ]),
    section(3, 'Key Metrics & Thresholds', [
      specMetrics.length > 0
        ? ''
        : assume(ctx, 'industry-standard thresholds until the operations team sets its own.', 'Metric thresholds assumed', 'operations.metrics'),
      table(
        ['Metric', 'Warning', 'Critical'],
        metrics.map((m) => [text(m.metric), m.warning ? text(m.warning) : 'None', m.critical ? text(m.critical) : 'None']),
      ),
    ]),
    section(
      3,
      'Alert Routing',
      routing.length > 0
        ? [
            table(
              ['Severity', 'Channel', 'Response Time'],
              routing.map((r) => [capitalize(text(r.severity)), text(r.channel), r.responseTime ? text(r.responseTime) : 'Not set']),
            ),
          ]
        : [
            assume(ctx, 'industry-standard routing until the on-call channels are agreed.', 'Alert routing assumed', 'operations.alertRouting'),
            table(
              ['Severity', 'Channel', 'Response Time'],
              DEFAULT_ALERT_ROUTING.map((r) => [r.severity, text(r.channel), r.responseTime ?? 'Not set']),
            ),
          ],
    ),
  ]);
}

interface ProcedureView {
  readonly name: string;
  readonly when: string | undefined;
  readonly steps: readonly string[];
  readonly verification: string | undefined;
  readonly fromCourse: boolean;
}

/** The course's four procedures in template order (the spec's own version wins), then the spec's others. */
function procedures(ctx: RenderContext): ProcedureView[] {
  const own = ctx.spec.operations?.procedures ?? [];
  const key = (name: string) => name.trim().toLowerCase();
  const standard = STANDARD_PROCEDURES.map((d: DefaultProcedure): ProcedureView => {
    const match = own.find((p) => key(p.name) === key(d.name));
    return match ? { name: d.name, when: match.when, steps: match.steps, verification: match.verification, fromCourse: false } : { ...d, fromCourse: true };
  });
  const others = own
    .filter((p) => !STANDARD_PROCEDURES.some((d) => key(d.name) === key(p.name)))
    .map((p): ProcedureView => ({ name: p.name, when: p.when, steps: p.steps, verification: p.verification, fromCourse: false }));
  return [...standard, ...others];
}

function procedureSection(ctx: RenderContext): Section {
  const list = procedures(ctx);
  const defaults = list.filter((p) => p.fromCourse).length;
  return section(2, 'Common Procedures', [
    defaults > 0
      ? assume(
          ctx,
          `procedures marked ${STANDARD} follow industry-standard steps until the operations team adapts them to this system.`,
          `${defaults} standard procedure${defaults === 1 ? '' : 's'} assumed (add one of the same name to replace it)`,
          'operations.procedures',
        )
      : '',
    ...list.map((p, i) =>
      section(3, `Procedure ${i + 1}: ${p.fromCourse ? p.name : text(p.name)}${p.fromCourse ? ` ${STANDARD}` : ''}`, [
        labelled('When', p.when ? text(p.when) : 'Not recorded'),
        '**Steps:**',
        numbered(p.steps.map(text)),
        p.verification
          ? labelled('Verification', text(p.verification))
          : omit(ctx, `No verification for the procedure ${p.name}`, 'operations.procedures[].verification'),
      ]),
    ),
  ]);
}

function incidents(ctx: RenderContext): Section {
  const { severityLevels, commonIssues } = runbook(ctx.model);
  const assumedLevels = severityLevels.filter((s) => s.basis === 'assumed').map((s) => s.level);
  return section(2, 'Incident Response', [
    section(3, 'Severity Levels', [
      table(
        ['Level', 'Definition', 'Examples'],
        severityLevels.map((s) => [`${s.level} ${s.name}`, text(s.definition), text(s.examples)]),
      ),
      assumedLevels.length > 0
        ? `Assumed: ${joinAnd(assumedLevels)} follow${assumedLevels.length === 1 ? 's' : ''} common industry practice until agreed.`
        : '',
    ]),
    section(3, 'Incident Workflow', [
      'Detect, triage (AI or infrastructure), contain, investigate, resolve and review:',
      figure(ctx.diagrams, 'incident-workflow', 'incident workflow'),
    ]),
    section(
      3,
      'Common Issues & Resolutions',
      commonIssues.map((issue) =>
        section(4, `Issue: ${issue.title}`, [
          issue.basis === 'assumed' ? 'Assumed: thresholds from common industry practice.' : '',
          labelled('Symptoms', text(issue.symptoms)),
          '**Potential Causes:**',
          numbered(issue.causes.map(text)),
          '**Resolution Steps:**',
          numbered(issue.resolution.map(text)),
        ]),
      ),
    ),
  ]);
}

/** The maintenance windows and the contacts, two sections with no rule between them. */
function maintenanceAndContacts(ctx: RenderContext): [Section, Section] {
  const ops = ctx.spec.operations;
  const windows = ops?.maintenance ?? [];
  const escalation = ctx.model.escalation;
  const levels = ['L1', 'L2', 'L3'];
  const entry = catalogEntry(ctx, ctx.model.recommendation);
  return [
    section(
      2,
      'Maintenance Windows',
      windows.length > 0
        ? [
            table(
              ['Window', 'Purpose'],
              windows.map((w) => [text(w.window), w.purpose ? text(w.purpose) : 'Not described']),
            ),
          ]
        : [
            assume(
              ctx,
              'an industry-standard maintenance schedule until windows are agreed with the business.',
              'Maintenance windows assumed',
              'operations.maintenance',
            ),
            table(
              ['Activity', 'Frequency', 'Duration', 'Impact'],
              DEFAULT_MAINTENANCE.map((row) => [...row]),
            ),
          ],
    ),
    section(2, 'Contacts', [
      section(3, 'Escalation Path', [
        escalation.length > 0
          ? numbered(
              escalation.map(
                (step, i) =>
                  `**${levels[i] ?? (i === escalation.length - 1 ? 'Management' : `L${i + 1}`)}:** ${text(step.who)}${step.contact !== null ? ` (${text(step.contact)})` : ''}`,
              ),
            )
          : omit(ctx, 'No escalation path yet', 'operations.escalation'),
      ]),
      section(3, 'Vendor Support', [
        (ops?.vendorSupport ?? []).length > 0
          ? table(
              ['Vendor', 'Support Portal', 'Response Time'],
              (ops?.vendorSupport ?? []).map((v) => [
                text(v.vendor),
                v.portal ? text(v.portal) : 'Not recorded',
                v.responseTime ? text(v.responseTime) : 'Not recorded',
              ]),
            )
          : entry
            ? table(
                ['Vendor', 'Scope', 'Platform SLA'],
                [[text(entry.label), 'Model inference, platform incidents', entry.features.sla ? text(String(entry.features.sla)) : 'Not in the catalog']],
              )
            : `No vendor SLA is known yet for ${recommendedLabel(ctx)}.${omit(ctx, 'No vendor support contract', 'operations.vendorSupport')}`,
      ]),
    ]),
  ];
}

export function buildOperationsRunbook(ctx: RenderContext): DocumentTree {
  // Built in reading order, so the author's notes on gaps come in that order too.
  const parts = [overview(ctx), monitoring(ctx), procedureSection(ctx), incidents(ctx)] as const;
  const [maintenance, contacts] = maintenanceAndContacts(ctx);
  return document('operations-runbook', TITLE, [
    `How ${text(ctx.spec.client.name)} runs, monitors and recovers the system day to day.`,
    parts[0],
    ...[parts[1], parts[2], parts[3], maintenance].map(ruled),
    contacts,
  ]);
}
