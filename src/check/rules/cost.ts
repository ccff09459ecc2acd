// Rules about money: budget, unit-cost targets and the age of prices.
// Every number comes from the model; this file only compares and formats.
import { createFormatter } from '../../format/numbers.js';
import { toPointer } from '../../spec/pointer.js';
import { finding } from '../context.js';
import { STALE_PRICE_DAYS, type Rule } from '../rule.js';
import { ruleEntry } from '../../diagnostics/codes.js';

export const overBudget: Rule = {
  ...ruleEntry('over-budget'),
  run(ctx) {
    const { budget, year1, currency } = ctx.model;
    if (budget.annual === null || budget.headroom === null || budget.headroom >= 0) return [];
    const f = createFormatter(currency);
    const used = budget.usedPercent === null ? '' : ` (${budget.usedPercent.toFixed(0)}% of budget)`;
    return [
      finding(
        ctx,
        this.id,
        this.severity,
        '/scenario/budget/annualUsd',
        `year-1 total ${f.money(year1.total)} exceeds the budget of ${f.money(budget.annual)} by ${f.money(-budget.headroom)}${used}`,
        'Add costs.optimizations, shift traffic to a smaller model in costs.models, or agree a larger budget.',
      ),
    ];
  },
};

export const targetMissed: Rule = {
  ...ruleEntry('target-missed'),
  run(ctx) {
    const f = createFormatter(ctx.model.currency);
    return ctx.model.transactions.flatMap((t, i) => {
      if (t.meetsTarget !== false || t.target === null) return [];
      const [cost, target] = f.pair(t.cost, t.target);
      return [
        finding(
          ctx,
          this.id,
          this.severity,
          toPointer(['costs', 'transactions', i, 'target']),
          `${t.scenario} costs ${cost} per transaction, above its target of ${target}`,
          'Route this transaction to a cheaper model, trim its tokens, or raise the target.',
        ),
      ];
    });
  },
};

export const priceStale: Rule = {
  ...ruleEntry('price-stale'),
  run(ctx) {
    return ctx.model.prices.flatMap((p, i) =>
      p.ageDays === null || p.ageDays <= STALE_PRICE_DAYS
        ? []
        : [
            finding(
              ctx,
              this.id,
              this.severity,
              toPointer(['costs', 'models', i]),
              `the price of ${p.name} is ${p.ageDays} days old at the spec's date (as of ${p.asOf ?? 'unknown'}, ${p.origin === 'spec' ? 'given in the spec' : 'from the catalog'})`,
              'Check the current list price and give it with a fresh asOf in costs.models (or catalog.platforms).',
            ),
          ],
    );
  },
};
