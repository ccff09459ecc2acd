// The runbook's operating defaults as data, for the runbook document and the
// deck alike. Each item is worked out from the proposal where it can be (the
// recommended platform, the components by kind, the thresholds, the escalation
// path, the cost model) and says so; what the proposal does not settle is an
// industry-practice default, marked as assumed with a sentence the client can
// read ("Assumed: …"), so no artifact passes a default off as the client's own.
import { createFormatter } from '../format/numbers.js';
import type { Model } from '../model/types.js';
import type { Component } from '../spec/types.js';
import { present } from './index.js';

/** Where an item comes from: the proposal's own facts, or an assumed industry default. */
export type Basis = 'derived' | 'assumed';

export interface Threshold {
  readonly metric: string;
  readonly warning: string | null;
  readonly critical: string | null;
}

export interface Routing {
  readonly severity: string;
  readonly channel: string;
  readonly responseTime: string | null;
}

export interface SeverityLevel {
  readonly level: string;
  readonly name: string;
  readonly definition: string;
  readonly examples: string;
  readonly basis: Basis;
}

export interface CommonIssue {
  readonly title: string;
  readonly symptoms: string;
  readonly causes: readonly string[];
  readonly resolution: readonly string[];
  readonly basis: Basis;
}

export interface DefaultProcedure {
  readonly name: string;
  readonly when: string;
  readonly steps: readonly string[];
  readonly verification: string;
}

export interface Runbook {
  readonly thresholds: { readonly items: readonly Threshold[]; readonly basis: Basis };
  readonly routing: { readonly items: readonly Routing[]; readonly basis: Basis };
  readonly severityLevels: readonly SeverityLevel[];
  readonly commonIssues: readonly CommonIssue[];
  /**
   * What the runbook assumes, one client-language sentence each ("Assumed: …"),
   * in the order the items appear; empty when the proposal settles everything.
   */
  readonly assumptions: readonly string[];
}

/** Industry-practice thresholds (Google SRE-style golden signals, as the course teaches them). */
export const DEFAULT_METRICS: readonly Threshold[] = [
  { metric: 'Response latency P95', warning: '>5s', critical: '>10s' },
  { metric: 'Error rate', warning: '>2%', critical: '>5%' },
  { metric: 'Token usage of quota', warning: '>70%', critical: '>90%' },
];

/** The queue-depth threshold, for designs with a queue. */
const DEFAULT_QUEUE_METRIC: Threshold = { metric: 'Queue depth', warning: '>1000', critical: '>5000' };

export const DEFAULT_ALERT_ROUTING: readonly Routing[] = [
  { severity: 'Critical', channel: 'PagerDuty + Slack', responseTime: '15 min' },
  { severity: 'Warning', channel: 'Slack #ai-alerts', responseTime: '1 hour' },
  { severity: 'Info', channel: 'Email', responseTime: 'Next business day' },
];

export const STANDARD_PROCEDURES: readonly DefaultProcedure[] = [
  {
    name: 'Scaling Up Manually',
    when: 'Anticipated high load event',
    steps: [
      'Raise the minimum instance count (or provisioned concurrency) ahead of the event',
      'Confirm the provider quota or provisioned throughput covers the expected tokens per minute',
      'Watch latency, throttling and error rate during the event, then restore the normal settings',
    ],
    verification: 'P95 latency and error rate stay below their warning thresholds throughout the event',
  },
  {
    name: 'Rotating API Keys',
    when: 'Scheduled or after suspected compromise',
    steps: ['Create a new key version in the secrets store', 'Roll every service onto the new version', 'Revoke the old key'],
    verification: 'No authentication errors in the logs for 30 minutes after revocation',
  },
  {
    name: 'Updating Model Version',
    when: 'New model version available',
    steps: [
      'Run the evaluation suite against the new version in staging',
      'Send a small share of production traffic to the new version and compare quality, latency and cost',
      'Promote the new version, keeping the previous one pinned for rollback',
    ],
    verification: 'Quality score, error rate and cost per request are on par with the previous version',
  },
  {
    name: 'Emergency Disable',
    when: 'Critical incident requiring immediate shutdown',
    steps: ['Switch off the AI feature flag (kill switch)', 'Confirm users fall back to the manual workflow', 'Notify the incident commander and stakeholders'],
    verification: 'Zero model invocations in the last 5 minutes',
  },
];

export const DEFAULT_MAINTENANCE = [
  ['Security patches', 'Weekly', '30 min', 'None (rolling)'],
  ['Model updates', 'Monthly', '1 hour', 'Degraded'],
  ['Infrastructure updates', 'Quarterly', '2 hours', 'Possible outage'],
] as const;

const QUEUE_KINDS: ReadonlySet<Component['kind']> = new Set(['queue', 'worker']);

function named(components: readonly Component[], kinds: readonly Component['kind'][]): string | null {
  return components.find((c) => kinds.includes(c.kind))?.name ?? null;
}

/** The first threshold whose metric name matches; null when the proposal sets none. */
function find(thresholds: readonly Threshold[], pattern: RegExp): Threshold | null {
  return thresholds.find((t) => pattern.test(t.metric)) ?? null;
}

/** ">5%" → "above 5%"; other wording as written. */
function above(value: string): string {
  const m = /^\s*(>=?|\u2265)\s*(.+)$/.exec(value); // \u2265 is ≥ (escaped, so the quick bundles stay ASCII)
  return m !== null ? `above ${m[2]}` : value;
}

const cache = new WeakMap<Model, Runbook>();

export function runbook(model: Model): Runbook {
  const known = cache.get(model);
  if (known !== undefined) return known;
  const p = present(model);
  const platform = p.platform;
  const components = model.spec.architecture.components;
  const ops = model.spec.operations;
  const money = createFormatter(model.currency).money;
  const assumptions: string[] = [];

  // Thresholds: the proposal's, else industry practice (queue depth only where there is a queue).
  const own = (ops?.metrics ?? []).map((m): Threshold => ({ metric: m.metric, warning: m.warning ?? null, critical: m.critical ?? null }));
  const hasQueue = components.some((c) => QUEUE_KINDS.has(c.kind)) || model.spec.deployment?.scaling?.queueDepth !== undefined;
  const queueDepth = model.spec.deployment?.scaling?.queueDepth;
  const queueMetric: Threshold =
    queueDepth !== undefined ? { metric: 'Queue depth', warning: `>${queueDepth}`, critical: `>${queueDepth * 5}` } : DEFAULT_QUEUE_METRIC;
  const thresholdsBasis: Basis = own.length > 0 ? 'derived' : 'assumed';
  const thresholds = own.length > 0 ? own : [...DEFAULT_METRICS, ...(hasQueue ? [queueMetric] : [])];
  if (thresholdsBasis === 'assumed')
    assumptions.push('Assumed: industry-practice alert thresholds (P95 latency, error rate, quota use) until service levels are agreed.');

  const ownRouting = (ops?.alertRouting ?? []).map((r): Routing => ({ severity: r.severity, channel: r.channel, responseTime: r.responseTime ?? null }));
  const routingBasis: Basis = ownRouting.length > 0 ? 'derived' : 'assumed';
  if (routingBasis === 'assumed')
    assumptions.push('Assumed: critical alerts page the on-call engineer within 15 minutes; warnings go to the team channel within an hour.');

  const error = find(own, /error/i);
  const latency = find(own, /latenc|response time|p9\d/i);
  const quota = find(own, /quota|token/i);
  const errorLine = error?.critical ?? error?.warning ?? null;
  const latencyWarn = latency?.warning ?? latency?.critical ?? null;
  const latencyCrit = latency?.critical ?? latency?.warning ?? null;
  const first = model.escalation[0]?.who ?? null;
  const second = model.escalation[1]?.who ?? null;
  const gateway = named(components, ['api-gateway', 'load-balancer', 'cdn']);
  const identity = named(components, ['identity']);
  const store = named(components, ['database', 'vector-db', 'cache']);
  const queue = named(components, ['queue', 'worker']);
  const compute = named(components, ['compute', 'orchestrator', 'worker']);
  const retrieval = named(components, ['vector-db']);

  const severityLevels: SeverityLevel[] = [
    {
      level: 'SEV1',
      name: 'Complete outage',
      definition: `No request to ${platform} succeeds; users fall back to the manual workflow`,
      examples: [gateway !== null ? `${gateway} down` : 'Entry point down', `${platform} unavailable`, identity !== null ? `${identity} sign-in failing` : '']
        .filter((part) => part.length > 0)
        .join('; '),
      basis: 'derived',
    },
    {
      level: 'SEV2',
      name: 'Partial outage',
      definition: `Error rate ${above(errorLine ?? '>5%')}, or one use case failing`,
      examples: [
        `${platform} throttling requests`,
        quota?.critical != null ? `quota use ${above(quota.critical)}` : '',
        store !== null ? `${store} errors` : '',
      ]
        .filter((part) => part.length > 0)
        .join('; '),
      basis: errorLine !== null ? 'derived' : 'assumed',
    },
    {
      level: 'SEV3',
      name: 'Degraded',
      definition: `P95 latency ${above(latencyWarn ?? '>5s')}; answers slow but correct`,
      examples: [`Slow responses from ${platform}`, queue !== null ? `${queue} backlog growing` : ''].filter((part) => part.length > 0).join('; '),
      basis: latencyWarn !== null ? 'derived' : 'assumed',
    },
    {
      level: 'SEV4',
      name: 'Minor',
      definition: 'Cosmetic or single-user issue; no service level at risk',
      examples: 'Formatting glitch in a generated answer; a dashboard panel missing',
      basis: 'assumed',
    },
  ];
  if (errorLine === null || latencyWarn === null)
    assumptions.push(
      `Assumed: severity lines at industry-practice values (partial outage above ${errorLine === null ? '5%' : above(errorLine).replace(/^above /, '')} errors, degraded above ${latencyWarn === null ? '5 s' : above(latencyWarn).replace(/^above /, '')} P95 latency).`,
    );
  assumptions.push('Assumed: minor incidents (SEV4) are cosmetic or affect a single user, as in common industry practice.');

  // The month-12 run rate sets what a cost spike is, in the proposal's currency.
  const month12 = model.months.find((m) => m.month === 12) ?? model.months[model.months.length - 1];
  const hourly = month12 !== undefined ? month12.total / (model.daysPerMonth * 24) : null;
  const escalate = first !== null ? `page ${first}${second !== null ? `, then ${second} if it is not contained within the hour` : ''}` : null;

  const commonIssues: CommonIssue[] = [
    {
      title: 'High Error Rate',
      symptoms: `Error rate ${above(errorLine ?? '>5%')}, alerts firing`,
      causes: [
        `${platform} service issue: check its status page`,
        `Rate limiting: check token usage against the ${platform} quota${quota?.warning != null ? ` (warning ${above(quota.warning)})` : ''}`,
        `Bad deployment: check recent changes${compute !== null ? ` to ${compute}` : ''}`,
      ],
      resolution: [
        `If ${platform} reports an incident, open a support ticket and enable the fallback path${escalate !== null ? `; ${escalate}` : ''}`,
        'If requests are throttled, shed or queue low-priority traffic and request a quota increase',
        'If a recent release correlates, roll it back using the rollback procedure',
      ],
      basis: errorLine !== null ? 'derived' : 'assumed',
    },
    {
      title: 'High Latency',
      symptoms: `P95 latency ${above(latencyCrit ?? '>10s')}`,
      causes: [
        `Model congestion: check ${platform} latency`,
        store !== null ? `Slow ${store}: check query performance` : 'Slow downstream service: check its response times',
        gateway !== null ? `Network issues between ${gateway} and the services: check connectivity` : 'Network issues: check connectivity',
      ],
      resolution: [
        'Compare model latency with end-to-end latency in the traces to locate the slow hop',
        'For model congestion, route eligible traffic to the smaller model or provisioned throughput',
        `For ${store ?? 'database'} or network causes, scale or fail over, then review slow queries`,
      ],
      basis: latencyCrit !== null ? 'derived' : 'assumed',
    },
    {
      title: 'Cost Spike',
      symptoms:
        hourly !== null && hourly > 0
          ? `Hourly cost above ${money(2 * hourly)}, twice the month-12 average of ${money(hourly)}`
          : 'Hourly cost above twice its normal level',
      causes: ['Traffic spike: check request volume', 'Prompt bloat: check token counts', 'Runaway loop: check for repeated requests'],
      resolution: [
        'Identify the caller or feature behind the increase from per-tenant usage metrics',
        'Apply usage caps or rate limits to that caller; stop any looping job',
        'Fix the prompt or client, then confirm hourly cost returns to its normal range',
      ],
      basis: hourly !== null && hourly > 0 ? 'derived' : 'assumed',
    },
  ];
  if (queue !== null) {
    const depth = find(thresholds, /queue/i);
    commonIssues.push({
      title: 'Queue Backlog',
      symptoms: `${queue} depth ${above(depth?.warning ?? '>1000')} and rising`,
      causes: ['Workers scaled in or failing: check worker health', `${platform} throttling: check quota use`, 'A burst of large jobs: check job sizes'],
      resolution: [
        'Scale workers out and confirm they drain the queue',
        'Move poison messages to the dead-letter queue and fix their cause',
        'If throttled, pace the workers to the quota until it is raised',
      ],
      basis: 'derived',
    });
  }
  if (retrieval !== null) {
    commonIssues.push({
      title: 'Poor Answer Quality',
      symptoms: 'Users report wrong or outdated answers; evaluation score drops',
      causes: [
        `Stale index in ${retrieval}: check the last ingestion run`,
        'Model version change: check recent updates',
        'Prompt change: check recent releases',
      ],
      resolution: [
        `Re-run ingestion into ${retrieval} and spot-check retrieved passages`,
        'Pin the previous model or prompt version if a change correlates',
        'Add the failing questions to the evaluation set',
      ],
      basis: 'derived',
    });
  }
  const result: Runbook = {
    thresholds: { items: thresholds, basis: thresholdsBasis },
    routing: { items: ownRouting.length > 0 ? ownRouting : DEFAULT_ALERT_ROUTING, basis: routingBasis },
    severityLevels,
    commonIssues,
    assumptions,
  };
  cache.set(model, result);
  return result;
}
