// buildModel: the one place where numbers are computed. Pure and synchronous;
// money is never rounded here, only when formatted.
import type { Catalog } from '../catalog/types.js';
import type { Spec } from '../spec/types.js';
import { costLines, optimizationEffects, optimizationFactor, perMillionRequestsTotal } from './costs.js';
import { decisionPath } from './decision.js';
import { platformCosts } from './platform-costs.js';
import { mixCost, priceModels } from './prices.js';
import { criteriaOf, scorePlatforms, weightSensitivity } from '../scoring/platforms.js';
import { slugify } from './slug.js';
import type { CostCategory, Model, Month, Roi, Totals } from './types.js';
import { peakLoad, usageByMonth } from './usage.js';
import { escalationSteps } from '../spec/escalation.js';

export { UnpricedModelError } from './prices.js';

function totals(months: readonly Month[]): Totals {
  const sum = (pick: (m: Month) => number) => months.reduce((s, m) => s + pick(m), 0);
  return {
    ai: sum((m) => m.ai),
    infrastructure: sum((m) => m.infrastructure),
    operations: sum((m) => m.operations),
    aiBaseline: sum((m) => m.aiBaseline),
    infrastructureBaseline: sum((m) => m.infrastructureBaseline),
    operationsBaseline: sum((m) => m.operationsBaseline),
    baselineTotal: sum((m) => m.baselineTotal),
    total: sum((m) => m.total),
    savings: sum((m) => m.savings),
    benefits: sum((m) => m.benefits),
  };
}

function roi(months: readonly Month[], year1: Totals): Roi {
  const payback = months.find((m) => m.cumulativeBenefits > 0 && m.cumulativeBenefits >= m.cumulativeCost);
  const last = months[months.length - 1];
  const benefits24 = last?.cumulativeBenefits ?? 0;
  const cost24 = last?.cumulativeCost ?? 0;
  return {
    paybackMonth: payback?.month ?? null,
    year1Benefits: year1.benefits,
    year1Cost: year1.total,
    year1RoiPercent: year1.total > 0 ? ((year1.benefits - year1.total) / year1.total) * 100 : null,
    year1Net: year1.benefits - year1.total,
    benefits24,
    cost24,
    net24: benefits24 - cost24,
  };
}

export function buildModel(spec: Spec, catalog: Catalog): Model {
  const criteria = criteriaOf(spec.platforms);
  const scores = scorePlatforms(spec.platforms, criteria, catalog);
  const top = scores[0]!;
  const recommendation = spec.platforms.recommendation ?? top.platform;
  const recommended = scores.find((s) => s.platform === recommendation) ?? top;
  const others = scores.filter((s) => s.platform !== recommendation);
  const runnerUp = others[0] ?? null;

  const daysPerMonth = spec.costs.daysPerMonth ?? 30;
  const usage = usageByMonth(spec.costs, daysPerMonth);
  const prices = priceModels(spec.costs, recommendation, catalog, spec.client.date);
  const { input, output } = spec.costs.usage.tokensPerRequest;
  const costPerRequest = mixCost(prices, input, output);
  const lines = costLines(spec.architecture, spec.costs, usage);

  const baseline = (category: CostCategory, month: number): number => {
    if (category === 'ai') return (usage[month - 1]?.requests ?? 0) * costPerRequest;
    return lines.filter((l) => l.category === category).reduce((sum, l) => sum + (l.byMonth[month - 1] ?? 0), 0);
  };
  const benefitsAt = (month: number) => (spec.costs.benefits ?? []).filter((b) => (b.startMonth ?? 1) <= month).reduce((sum, b) => sum + b.monthly, 0);

  let cumulativeCost = 0;
  let cumulativeBenefits = 0;
  const months: Month[] = usage.map((u) => {
    const aiBaseline = baseline('ai', u.month);
    const infrastructureBaseline = baseline('infrastructure', u.month);
    const operationsBaseline = baseline('operations', u.month);
    const ai = aiBaseline * optimizationFactor(spec.costs, 'ai', u.month);
    const infrastructure = infrastructureBaseline * optimizationFactor(spec.costs, 'infrastructure', u.month);
    const operations = operationsBaseline * optimizationFactor(spec.costs, 'operations', u.month);
    const baselineTotal = aiBaseline + infrastructureBaseline + operationsBaseline;
    const total = ai + infrastructure + operations;
    const benefits = benefitsAt(u.month);
    cumulativeCost += total;
    cumulativeBenefits += benefits;
    return {
      ...u,
      ai,
      infrastructure,
      operations,
      aiBaseline,
      infrastructureBaseline,
      operationsBaseline,
      baselineTotal,
      total,
      savings: baselineTotal - total,
      benefits,
      cumulativeCost,
      cumulativeBenefits,
    };
  });

  const year1 = totals(months.slice(0, 12));
  const annual = spec.scenario.budget?.annualUsd ?? null;
  const perRequestInfra = perMillionRequestsTotal(lines) / 1e6;
  const phases = (spec.deployment?.phases ?? []).map((p) => ({ name: p.name, startWeek: p.startWeek, weeks: p.weeks, endWeek: p.startWeek + p.weeks - 1 }));

  return {
    spec,
    catalog,
    clientSlug: slugify(spec.client.name),
    currency: spec.costs.currency ?? 'USD',
    daysPerMonth,
    criteria,
    scores,
    recommendation,
    recommendationSource: spec.platforms.recommendation === undefined ? 'derived' : 'spec',
    topPlatform: top.platform,
    margin: runnerUp ? recommended.weighted - runnerUp.weighted : 0,
    runnerUp: runnerUp?.platform ?? null,
    sensitivity: weightSensitivity(scores, criteria),
    decisionPath: decisionPath(spec.scenario),
    prices,
    costPerRequest,
    months,
    year1,
    year2: totals(months.slice(12, 24)),
    budget: {
      annual,
      headroom: annual === null ? null : annual - year1.total,
      usedPercent: annual === null || annual === 0 ? null : (year1.total / annual) * 100,
    },
    lines,
    optimizations: optimizationEffects(spec.costs, baseline),
    transactions: (spec.costs.transactions ?? []).map((t) => {
      const tokenCost = mixCost(prices, t.input, t.output);
      const cost = tokenCost + perRequestInfra;
      const target = t.target ?? null;
      return {
        scenario: t.scenario,
        input: t.input,
        output: t.output,
        cost,
        tokenCost,
        infrastructureCost: perRequestInfra,
        target,
        meetsTarget: target === null ? null : cost <= target,
      };
    }),
    platformCosts: platformCosts(spec, scores, recommendation, prices, catalog, usage),
    peak: peakLoad(spec.costs, usage),
    roi: roi(months, year1),
    systemComponents: spec.architecture.components.filter((c) => c.kind !== 'user').length,
    phases,
    rolloutWeeks: phases.length > 0 ? Math.max(...phases.map((p) => p.endWeek)) : null,
    escalation: escalationSteps(spec),
  };
}
