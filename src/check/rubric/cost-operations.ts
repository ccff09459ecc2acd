// Criterion 3, Cost & Operations: cost model with projections, optimizations,
// runbook and a scaling plan.
import { toPointer } from '../../spec/pointer.js';
import { gap, met, plural, type Criterion } from './point.js';

export const costOperations: Criterion = {
  id: 'cost-operations',
  name: 'Cost & Operations',
  points: [
    {
      requirement: 'a projection: 2 or more growth points and scenario.budget',
      evaluate({ spec }) {
        const n = spec.costs.growth.length;
        if (n < 2) return gap(`give user growth at 2 or more months in costs.growth (now ${n})`, '/costs/growth');
        if (spec.scenario.budget === undefined) return gap('state the annual budget in scenario.budget.annualUsd', '/scenario/budget');
        return met(`${plural(n, 'growth point')} and an annual budget`);
      },
    },
    {
      requirement: 'a detailed cost model: infrastructure costs, operations items and 1 or more transaction scenarios',
      evaluate({ spec, model }) {
        const infra = model.lines.filter((l) => l.category === 'infrastructure').length;
        if (infra === 0) return gap('give component costs (architecture.components[].cost) or costs.infrastructure items', '/costs');
        const ops = spec.costs.operations?.length ?? 0;
        if (ops === 0) return gap('list operations costs (tooling, support, DR) in costs.operations', '/costs/operations');
        const tx = spec.costs.transactions?.length ?? 0;
        if (tx === 0) return gap('add cost-per-transaction scenarios in costs.transactions', '/costs/transactions');
        return met(`${plural(infra, 'infrastructure line')}, ${plural(ops, 'operations item')}, ${plural(tx, 'transaction scenario')}`);
      },
    },
    {
      requirement: 'optimization strategies: 2 or more costs.optimizations',
      evaluate({ spec }) {
        const n = spec.costs.optimizations?.length ?? 0;
        return n >= 2 ? met(`${plural(n, 'optimization strategy', 'optimization strategies')}`)
          : gap(`identify at least 2 cost optimizations in costs.optimizations (now ${n})`, '/costs/optimizations');
      },
    },
    {
      requirement: 'a runbook: 2 or more procedures with verification, alert routing and an escalation path',
      evaluate({ spec }) {
        const ops = spec.operations;
        const procedures = ops?.procedures ?? [];
        if (procedures.length < 2) return gap(`write at least 2 operational procedures in operations.procedures (now ${procedures.length})`, '/operations/procedures');
        const i = procedures.findIndex((p) => p.verification === undefined);
        if (i >= 0) return gap(`say how to verify "${procedures[i]!.name}"`, toPointer(['operations', 'procedures', i]));
        if ((ops?.alertRouting?.length ?? 0) === 0) return gap('route alerts by severity in operations.alertRouting', '/operations/alertRouting');
        if ((ops?.escalation?.length ?? 0) === 0) return gap('give the escalation path in operations.escalation', '/operations/escalation');
        return met(`${plural(procedures.length, 'procedure')} with verification, alert routing and escalation`);
      },
    },
    {
      requirement: 'a scaling plan: deployment.scaling min/max instances and a trigger, and metrics with warning and critical thresholds',
      evaluate({ spec }) {
        const s = spec.deployment?.scaling;
        if (s?.minInstances === undefined || s.maxInstances === undefined) return gap('set deployment.scaling minInstances and maxInstances', '/deployment/scaling');
        if (s.targetCpuPercent === undefined && s.requestsPerSecond === undefined && s.queueDepth === undefined) {
          return gap('give a scaling trigger (targetCpuPercent, requestsPerSecond or queueDepth) in deployment.scaling', '/deployment/scaling');
        }
        const metrics = spec.operations?.metrics ?? [];
        const i = metrics.findIndex((m) => m.warning === undefined || m.critical === undefined);
        if (metrics.length === 0) return gap('list the metrics to watch with warning and critical thresholds in operations.metrics', '/operations/metrics');
        if (i >= 0) return gap(`give warning and critical thresholds for "${metrics[i]!.metric}"`, toPointer(['operations', 'metrics', i]));
        return met(`scaling ${s.minInstances}-${s.maxInstances} instances with a trigger, ${plural(metrics.length, 'metric')} with thresholds`);
      },
    },
  ],
};
