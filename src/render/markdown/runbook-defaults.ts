// The course's operations defaults (Exercise 2.2 and Week 2, Segment 3), used
// where the spec is silent. Each use is marked "(course default)".

export interface DefaultProcedure {
  readonly name: string;
  readonly when: string;
  readonly steps: readonly string[];
  readonly verification: string;
}

export const DEFAULT_METRICS = [
  { metric: 'Response latency P95', warning: '>5s', critical: '>10s' },
  { metric: 'Error rate', warning: '>2%', critical: '>5%' },
  { metric: 'Token usage of quota', warning: '>70%', critical: '>90%' },
  { metric: 'Queue depth', warning: '>1000', critical: '>5000' },
] as const;

export const DEFAULT_ALERT_ROUTING = [
  { severity: 'Critical', channel: 'PagerDuty + Slack', responseTime: '15 min' },
  { severity: 'Warning', channel: 'Slack #ai-alerts', responseTime: '1 hour' },
  { severity: 'Info', channel: 'Email', responseTime: 'Next business day' },
] as const;

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

export const SEVERITY_LEVELS = [
  ['SEV1', 'Complete outage', 'All requests failing'],
  ['SEV2', 'Partial outage', 'More than 20% errors'],
  ['SEV3', 'Degraded', 'High latency'],
  ['SEV4', 'Minor', 'Cosmetic issues'],
] as const;

export interface CommonIssue {
  readonly title: string;
  readonly symptoms: string;
  readonly causes: readonly string[];
  readonly resolution: readonly string[];
}

export const COMMON_ISSUES: readonly CommonIssue[] = [
  {
    title: 'High Error Rate',
    symptoms: 'Error rate >5%, alerts firing',
    causes: ['AI API issues: check the provider status page', 'Rate limiting: check token usage against quota', 'Bad deployment: check recent changes'],
    resolution: [
      'If the provider reports an incident, open a ticket and enable the fallback path',
      'If requests are throttled, shed or queue low-priority traffic and request a quota increase',
      'If a recent release correlates, roll it back using the rollback procedure',
    ],
  },
  {
    title: 'High Latency',
    symptoms: 'P95 >10s',
    causes: ['Model congestion: check the AI provider', 'Slow database: check query performance', 'Network issues: check connectivity'],
    resolution: [
      'Compare model latency with end-to-end latency in the traces to locate the slow hop',
      'For model congestion, route eligible traffic to the smaller model or provisioned throughput',
      'For database or network causes, scale the store or fail over, then review slow queries',
    ],
  },
  {
    title: 'Cost Spike',
    symptoms: 'Hourly cost >2x normal',
    causes: ['Traffic spike: check request volume', 'Prompt bloat: check token counts', 'Runaway loop: check for repeated requests'],
    resolution: [
      'Identify the caller or feature behind the increase from per-tenant usage metrics',
      'Apply usage caps or rate limits to that caller; stop any looping job',
      'Fix the prompt or client, then confirm hourly cost returns to its normal range',
    ],
  },
];

export const DEFAULT_MAINTENANCE = [
  ['Security patches', 'Weekly', '30 min', 'None (rolling)'],
  ['Model updates', 'Monthly', '1 hour', 'Degraded'],
  ['Infrastructure updates', 'Quarterly', '2 hours', 'Possible outage'],
] as const;
