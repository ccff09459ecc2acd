// Criterion 3, Cost & Operations: a projection, a detailed cost model,
// optimizations that save something, a runbook of real procedures, and a
// scaling plan of the client's own numbers that the load actually reaches.
import { createFormatter, requestRate } from '../../format/numbers.js';
import { toPointer } from '../../spec/pointer.js';
import type { CheckContext } from '../context.js';
import type { Judged } from '../substance/spec-text.js';
import { firstHollow, gap, hollowWhy, met, plural, usedText, usedValue, type Criterion, type Used } from './point.js';
import { escalationSteps } from '../../spec/escalation.js';

export const MIN_OPTIMIZATIONS = 2;
export const MIN_PROCEDURES = 2;
export const MIN_STEPS = 2;

/** The course's scaling configuration example (Deployment Patterns), field by field. */
export const COURSE_SCALING_EXAMPLE = { minInstances: 2, maxInstances: 50, targetCpuPercent: 70, requestsPerSecond: 100, queueDepth: 1000 } as const;

function copiedCourseScaling(ctx: CheckContext): boolean {
  const s = ctx.spec.deployment?.scaling;
  if (!s) return false;
  const keys = Object.keys(COURSE_SCALING_EXAMPLE) as (keyof typeof COURSE_SCALING_EXAMPLE)[];
  return keys.every((k) => s[k] === COURSE_SCALING_EXAMPLE[k]);
}

export const costOperations: Criterion = {
  id: 'cost-operations',
  name: 'Cost & Operations',
  points: [
    {
      requirement: 'a projection: 2 or more growth points and scenario.budget',
      evaluate({ spec, model }) {
        const n = spec.costs.growth.length;
        const used = [usedValue('/costs/growth', spec.costs.growth.map((g) => `month ${g.month}: ${g.users} users`).join(', '))];
        if (n < 2) return gap(`user growth has ${plural(n, 'point')}`, 'give user growth at 2 or more months in costs.growth', '/costs/growth', used);
        if (spec.scenario.budget === undefined)
          return gap('there is no budget to compare the projection with', 'state the annual budget in scenario.budget.annualUsd', '/scenario/budget', used);
        const budget = createFormatter(model.currency).moneyWhole(spec.scenario.budget.annualUsd);
        return met(`${plural(n, 'growth point')} projected over 24 months against an annual budget of ${budget}`, [
          ...used,
          usedValue('/scenario/budget/annualUsd', budget),
        ]);
      },
    },
    {
      requirement: 'a detailed cost model: infrastructure costs, operations items and 1 or more transaction scenarios',
      evaluate({ spec, model }) {
        const infra = model.lines.filter((l) => l.category === 'infrastructure');
        const where = (id: string | null) => {
          const i = spec.architecture.components.findIndex((c) => c.id === id);
          return i < 0 ? '/costs/infrastructure' : toPointer(['architecture', 'components', i, 'cost']);
        };
        const used: Used[] = infra.map((l) => usedValue(where(l.componentId), `${l.name} costed`));
        if (infra.length === 0)
          return gap('no infrastructure is costed', 'give component costs (architecture.components[].cost) or costs.infrastructure items', '/costs', used);
        const ops = spec.costs.operations?.length ?? 0;
        if (ops === 0)
          return gap('no operations costs are listed', 'list operations costs (tooling, support, DR) in costs.operations', '/costs/operations', used);
        const tx = spec.costs.transactions?.length ?? 0;
        if (tx === 0)
          return gap('no cost-per-transaction scenario is given', 'add cost-per-transaction scenarios in costs.transactions', '/costs/transactions', used);
        return met(`${plural(infra.length, 'infrastructure line')}, ${plural(ops, 'operations item')}, ${plural(tx, 'transaction scenario')}`, used);
      },
    },
    {
      requirement: `optimization strategies: ${MIN_OPTIMIZATIONS} or more distinct costs.optimizations that each save money in the first 24 months`,
      evaluate({ spec, model, text }) {
        const list = spec.costs.optimizations ?? [];
        const used: Used[] = [];
        let real = 0;
        let why = `the spec has ${plural(list.length, 'optimization')}`;
        let where = '/costs/optimizations';
        list.forEach((o, i) => {
          const path = toPointer(['costs', 'optimizations', i]);
          const name = text.judge(o.strategy, `${path}/strategy`);
          const effect = model.optimizations[i];
          const saves = (effect?.standaloneSavings24 ?? 0) > 0;
          used.push({
            label: `${usedText(name).label}, ${o.savingsPercent}% of ${o.appliesTo} from month ${o.startMonth ?? 1}${saves ? '' : ' (saves nothing)'}`,
            path,
          });
          if (name.hollow === null && saves) real += 1;
          else if (where === '/costs/optimizations') {
            why =
              name.hollow !== null ? hollowWhy(name) : `"${o.strategy}" saves nothing (${o.savingsPercent}% of ${o.appliesTo} from month ${o.startMonth ?? 1})`;
            where = path;
          }
        });
        return real >= MIN_OPTIMIZATIONS
          ? met(`${plural(real, 'optimization')} that save money`, used)
          : gap(why, `identify at least ${MIN_OPTIMIZATIONS} optimizations with a real saving (savingsPercent above 0 on a cost the spec has)`, where, used);
      },
    },
    {
      requirement: `a runbook: ${MIN_PROCEDURES} or more procedures of ${MIN_STEPS} or more real steps each, with a real verification, alert routing and an escalation path`,
      evaluate({ spec, text }) {
        const ops = spec.operations;
        const procedures = ops?.procedures ?? [];
        const judged: Judged[] = [];
        for (const [i, p] of procedures.entries()) {
          const path = toPointer(['operations', 'procedures', i]);
          judged.push(text.judge(p.name, `${path}/name`));
          p.steps.forEach((s, j) => judged.push(text.judge(s, `${path}/steps/${j}`)));
          judged.push(text.judge(p.verification, `${path}/verification`));
        }
        const used = judged.map((j) => usedText(j));
        if (procedures.length < MIN_PROCEDURES)
          return gap(
            `the runbook has ${plural(procedures.length, 'procedure')}`,
            `write at least ${MIN_PROCEDURES} operational procedures in operations.procedures`,
            '/operations/procedures',
            used,
          );
        const bad = firstHollow(judged);
        if (bad) return gap(hollowWhy(bad), 'write each step and its check so an on-call engineer can follow it', bad.path, used);
        const thin = procedures.findIndex((p) => p.steps.length < MIN_STEPS);
        if (thin >= 0)
          return gap(
            `"${procedures[thin]!.name}" has ${plural(procedures[thin]!.steps.length, 'step')}`,
            `give each procedure at least ${MIN_STEPS} steps`,
            toPointer(['operations', 'procedures', thin, 'steps']),
            used,
          );
        if ((ops?.alertRouting?.length ?? 0) === 0)
          return gap('alerts are not routed', 'route alerts by severity in operations.alertRouting', '/operations/alertRouting', used);
        const escalation = escalationSteps(spec).map((e, i) =>
          text.judge(e.who, typeof ops?.escalation?.[i] === 'string' ? `/operations/escalation/${i}` : `/operations/escalation/${i}/who`),
        );
        const badStep = firstHollow(escalation);
        if (escalation.length === 0 || badStep)
          return gap(
            badStep ? hollowWhy(badStep) : 'there is no escalation path',
            'give the escalation path in operations.escalation',
            badStep?.path ?? '/operations/escalation',
            used,
          );
        return met(`${plural(procedures.length, 'procedure')} with real steps and verification, alert routing and escalation`, used);
      },
    },
    {
      requirement:
        'a realistic scaling plan: min/max instances and a trigger the peak load reaches (not the course example copied unchanged), and metrics with warning and critical thresholds',
      evaluate(ctx) {
        const s = ctx.spec.deployment?.scaling;
        const peak = ctx.model.peak;
        const used: Used[] = [
          usedValue(
            '/deployment/scaling',
            s
              ? Object.entries(s)
                  .map(([k, v]) => `${k} ${String(v)}`)
                  .join(', ')
              : 'none',
          ),
          usedValue('/costs/usage/peak', `peak load ${requestRate(peak.requestsPerSecond)} in month ${peak.month} (from the cost model)`),
        ];
        if (s?.minInstances === undefined || s.maxInstances === undefined)
          return gap('the scaling range is not set', 'set deployment.scaling minInstances and maxInstances', '/deployment/scaling', used);
        if (s.targetCpuPercent === undefined && s.requestsPerSecond === undefined && s.queueDepth === undefined) {
          return gap(
            'nothing triggers scaling',
            'give a scaling trigger (targetCpuPercent, requestsPerSecond or queueDepth) in deployment.scaling',
            '/deployment/scaling',
            used,
          );
        }
        if (copiedCourseScaling(ctx)) {
          return gap(
            "the scaling numbers are the course's example (2-50 instances, 70% CPU, 100 requests/s, queue 1000) copied unchanged",
            `size the range and triggers from this client's load: peak ${requestRate(peak.requestsPerSecond)}`,
            '/deployment/scaling',
            used,
          );
        }
        if (s.requestsPerSecond !== undefined && s.minInstances * s.requestsPerSecond > peak.requestsPerSecond) {
          return gap(
            `the request trigger is never reached: ${s.minInstances} instances at ${s.requestsPerSecond} requests/s each absorb ${s.minInstances * s.requestsPerSecond} requests/s, the peak is ${requestRate(peak.requestsPerSecond)}`,
            'set requestsPerSecond per instance so the peak load needs more than the minimum instances, or lower minInstances',
            '/deployment/scaling/requestsPerSecond',
            used,
          );
        }
        const metrics = ctx.spec.operations?.metrics ?? [];
        if (metrics.length === 0)
          return gap(
            'no metrics are watched',
            'list the metrics to watch with warning and critical thresholds in operations.metrics',
            '/operations/metrics',
            used,
          );
        const i = metrics.findIndex((m) => m.warning === undefined || m.critical === undefined);
        if (i >= 0)
          return gap(
            `"${metrics[i]!.metric}" has no ${metrics[i]!.warning === undefined ? 'warning' : 'critical'} threshold`,
            'give warning and critical thresholds for every metric',
            toPointer(['operations', 'metrics', i]),
            used,
          );
        return met(
          `scaling ${s.minInstances}-${s.maxInstances} instances on triggers the peak of ${requestRate(peak.requestsPerSecond)} reaches, ${plural(metrics.length, 'metric')} with thresholds`,
          used,
        );
      },
    },
  ],
};
