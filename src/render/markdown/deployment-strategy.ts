// deployment-strategy.md: Exercise 2.1 of the course.
import { lookupTable } from '../../records.js';
import type { Phase } from '../../spec/types.js';
import { type Content, bullets, checklist, code, document, entry, figure, numbered, ruled, section, table } from '../document/build.js';
import type { DocumentTree, Section } from '../document/tree.js';
import { budgetSentence } from './cost-sentences.js';
import { type RenderContext, capitalize, joinAnd, lowerFirst, omit, recommendedLabel } from './context.js';
import { prose, text } from '../../format/markdown.js';
import { count, int, requestRate } from '../../format/numbers.js';
import { phaseHeading, phaseWeeks } from './phases.js';

export const TITLE = 'Enterprise AI Deployment Strategy';

// The course's characterisation of each migration strategy (Week 2, Segment 4).
const STRATEGIES = lookupTable<{ label: string; risk: string; note: string }>({
  'big-bang': { label: 'Big bang', risk: 'High', note: 'one-time cutover: fast, but every user moves at once' },
  parallel: { label: 'Parallel run', risk: 'Low', note: 'both systems active: safe, but expensive while both run' },
  phased: { label: 'Phased', risk: 'Medium', note: 'gradual user migration: balances speed and exposure' },
  'feature-flags': { label: 'Feature flags', risk: 'Medium', note: 'toggled per feature or user: flexible, needs flag hygiene' },
});

// Key names follow the course's scaling configuration example.
function scalingJson(ctx: RenderContext): Content {
  const s = ctx.spec.deployment?.scaling;
  if (!s || Object.keys(s).length === 0) return omit(ctx, 'No auto-scaling rules yet', 'deployment.scaling');
  const threshold: Record<string, number> = {};
  if (s.requestsPerSecond !== undefined) threshold.requests_per_second = s.requestsPerSecond;
  if (s.queueDepth !== undefined) threshold.queue_depth = s.queueDepth;
  const rules: Record<string, unknown> = {};
  if (s.minInstances !== undefined) rules.min_instances = s.minInstances;
  if (s.maxInstances !== undefined) rules.max_instances = s.maxInstances;
  if (s.targetCpuPercent !== undefined) rules.target_cpu_utilization = s.targetCpuPercent;
  if (Object.keys(threshold).length > 0) rules.scale_up_threshold = threshold;
  if (s.scaleDownDelaySeconds !== undefined) rules.scale_down_delay_seconds = s.scaleDownDelaySeconds;
  if (s.scaleUpCooldownSeconds !== undefined) rules.scale_up_cooldown_seconds = s.scaleUpCooldownSeconds;
  return code('json', JSON.stringify({ auto_scaling: rules }, null, 2));
}

function phaseSection(ctx: RenderContext, phase: Phase, index: number, phases: readonly Phase[]): Section {
  const last = index === phases.length - 1;
  const criteria = (phase.successCriteria ?? []).map(text);
  const { end } = phaseWeeks(ctx, index);
  return section(4, phaseHeading(ctx, index), [
    bullets([
      entry('Scope', phase.scope ? text(phase.scope) : omit(ctx, `No scope for phase ${index + 1}`, `deployment.phases[${index}].scope`)),
      entry('Users', phase.users === undefined ? omit(ctx, `No user count for phase ${index + 1}`, `deployment.phases[${index}].users`) : int(phase.users)),
      criteria.length > 0
        ? { text: `**${last ? 'Ongoing metrics' : 'Success criteria'}:**`, list: checklist(criteria) }
        : omit(ctx, `No success criteria for phase ${index + 1}`, `deployment.phases[${index}].successCriteria`),
    ]),
    phase.scope || phase.users !== undefined || criteria.length > 0 ? '' : 'The scope, users and success criteria of this phase are to be agreed.',
    last ? '' : `**Go/No-Go decision point:** Week ${end}, before ${text(phases[index + 1]?.name ?? 'the next phase')} starts.`,
  ]);
}

function approach(ctx: RenderContext): Section {
  const d = ctx.spec.deployment;
  const strategy = d?.strategy ? STRATEGIES[d.strategy] : undefined;
  const phases = d?.phases ?? [];
  return section(2, 'Deployment Approach', [
    section(3, 'Strategy Selection', [
      strategy
        ? bullets([
            `**Chosen approach:** ${strategy.label} (${strategy.note})`,
            entry('Rationale', d?.rationale ? text(d.rationale) : omit(ctx, 'No rationale for the rollout strategy', 'deployment.rationale')),
            `**Risk level:** ${strategy.risk}`,
          ])
        : omit(ctx, 'No rollout strategy chosen yet', 'deployment.strategy'),
    ]),
    section(3, 'Phase Plan', [
      phases.length > 0
        ? `The rollout runs in ${phases.length} phases, each gated by its success criteria.`
        : omit(ctx, 'No phases planned yet', 'deployment.phases'),
      ...phases.map((p, i) => phaseSection(ctx, p, i, phases)),
    ]),
  ]);
}

function infrastructure(ctx: RenderContext): Section {
  const d = ctx.spec.deployment;
  const envs = d?.environments ?? [];
  const rollback = (d?.rollback ?? []).map(text);
  return section(2, 'Infrastructure Deployment', [
    section(3, 'Environment Strategy', [
      envs.length > 0
        ? table(
            ['Environment', 'Purpose', 'Refresh Frequency'],
            envs.map((e) => [text(e.name), e.purpose ? text(e.purpose) : 'Not described', e.refresh ? text(e.refresh) : 'Not set']),
          )
        : omit(ctx, 'No environments defined yet', 'deployment.environments'),
    ]),
    section(3, 'Deployment Pipeline', [
      d?.pipeline?.length
        ? `Every change passes ${d.pipeline.length} stages in order: ${d.pipeline.map(text).join(' → ')}.`
        : omit(ctx, 'No pipeline stages yet', 'deployment.pipeline'),
      figure(ctx.diagrams, 'deployment-pipeline', 'deployment pipeline'),
    ]),
    section(3, 'Rollback Procedure', [rollback.length > 0 ? numbered(rollback) : omit(ctx, 'No rollback steps yet', 'deployment.rollback')]),
  ]);
}

function scaling(ctx: RenderContext): Section {
  const { model } = ctx;
  const peak = ctx.spec.costs.usage.peak;
  const max = ctx.spec.deployment?.scaling?.maxInstances;
  return section(2, 'Scaling Configuration', [
    section(3, 'Auto-scaling Rules', [scalingJson(ctx)]),
    section(3, 'Capacity Reservations', [
      `Reservations are sized from the projected peak: ${requestRate(model.peak.requestsPerSecond)} and ${count(model.peak.tokensPerMinute)} tokens per minute in month ${model.peak.month}, over ${int(peak?.hours ?? 8)} busy hours a day.`,
      table(
        ['Time Period', 'Reserved Capacity', 'On-Demand Buffer'],
        [
          [
            'Business hours',
            `Provisioned throughput for ${int(model.peak.tokensPerMinute)} tokens/minute`,
            max === undefined ? 'Auto-scaling above the reservation' : `Auto-scaling up to ${int(max)} instances`,
          ],
          ['Off-hours', 'None: traffic runs on demand', 'On-demand pricing'],
          ['Peak events', `Peak rate of ${requestRate(model.peak.requestsPerSecond)}`, 'Scale-up rules above, with request caching'],
        ],
      ),
    ]),
  ]);
}

function risks(ctx: RenderContext): Section {
  const list = ctx.spec.deployment?.risks ?? [];
  return section(2, 'Risk Mitigation', [
    list.length > 0
      ? table(
          ['Risk', 'Likelihood', 'Impact', 'Mitigation'],
          list.map((r) => [
            text(r.risk),
            r.likelihood ? capitalize(r.likelihood) : 'Not rated',
            r.impact ? capitalize(r.impact) : 'Not rated',
            r.mitigation ? text(r.mitigation) : 'No mitigation recorded',
          ]),
        )
      : omit(ctx, 'No deployment risks recorded yet', 'deployment.risks'),
  ]);
}

function timeline(ctx: RenderContext): Section {
  const phases = ctx.spec.deployment?.phases ?? [];
  const rows = phases.flatMap((p, i) => {
    const { start, end } = phaseWeeks(ctx, i);
    const last = i === phases.length - 1;
    return [
      [String(start), `${text(p.name)} starts`, p.scope ? text(p.scope) : 'Scope not described'],
      [String(end), last ? `${text(p.name)} complete` : `${text(p.name)} review`, last ? 'Rollout complete' : 'Go/No-Go decision'],
    ];
  });
  return section(2, 'Timeline', [
    rows.length > 0 ? figure(ctx.diagrams, 'deployment-roadmap', 'deployment roadmap') : '',
    rows.length > 0 ? table(['Week', 'Milestone', 'Deliverable'], rows) : omit(ctx, 'No timeline yet', 'deployment.phases'),
  ]);
}

export function buildDeploymentStrategy(ctx: RenderContext): DocumentTree {
  const { spec } = ctx;
  const d = spec.deployment;
  const phases = d?.phases ?? [];
  const strategy = d?.strategy ? STRATEGIES[d.strategy] : undefined;
  const lastWeek = ctx.model.rolloutWeeks;
  const summary = [
    `${text(spec.client.name)} will deploy ${lowerFirst(text(spec.scenario.useCase))} on ${recommendedLabel(ctx)}${strategy ? ` with a ${strategy.label.toLowerCase()} rollout` : ''}${phases.length > 0 ? ` in ${phases.length} phases (${joinAnd(phases.map((p) => text(p.name)))}) over ${lastWeek} weeks` : ''}.`,
    ...(d?.rationale ? prose(d.rationale) : []),
    budgetSentence(ctx),
  ];
  return document('deployment-strategy', TITLE, [
    section(2, 'Executive Summary', [summary.join(' ')]),
    ...[approach(ctx), infrastructure(ctx), scaling(ctx), risks(ctx), timeline(ctx)].map(ruled),
  ]);
}
