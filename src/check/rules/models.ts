// Rules about the models the design runs and what they cost: deprecated or
// retired models, and prices that are undated or far from the catalog list.
import { loadCatalog } from '../../catalog/load.js';
import type { CatalogModel } from '../../catalog/types.js';
import { createFormatter } from '../../format/numbers.js';
import { toPointer } from '../../spec/pointer.js';
import { finding, type CheckContext } from '../context.js';
import { PRICE_FACTOR_ERROR, PRICE_FACTOR_WARNING, type Rule } from '../rule.js';
import { ruleEntry } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** The models the recommendation would run: the traffic mix, then the recommended candidate's list. */
function modelsInUse(ctx: CheckContext): { model: string; path: string }[] {
  const out = ctx.spec.costs.models.map((m, i) => ({ model: m.model, path: toPointer(['costs', 'models', i, 'model']) }));
  const candidate = ctx.spec.platforms.candidates[ctx.model.recommendation];
  (candidate?.models ?? []).forEach((m, i) => {
    if (!out.some((o) => o.model === m)) out.push({ model: m, path: toPointer(['platforms', 'candidates', ctx.model.recommendation, 'models', i]) });
  });
  return out;
}

export const modelDeprecated: Rule = {
  ...ruleEntry('model-deprecated'),
  run(ctx) {
    const platform = ctx.platform;
    if (!platform) return [];
    const date = ctx.spec.client.date;
    return modelsInUse(ctx).flatMap(({ model, path }): Diagnostic[] => {
      const entry = platform.models[model];
      if (entry?.deprecated === undefined) return [];
      const retired = date !== undefined && entry.deprecated <= date;
      return [
        finding(
          ctx,
          this.id,
          retired ? 'error' : 'warning',
          path,
          retired
            ? `${entry.name} was retired on ${platform.label} on ${entry.deprecated}, before the spec's date ${date}`
            : `${entry.name} is deprecated on ${platform.label} (retirement ${entry.deprecated})`,
          `Move its traffic to a current model (aiarch catalog ${platform.id} lists them) and re-run the evaluation set.`,
        ),
      ];
    });
  },
};

/** The shipped list price of a model: on the recommended platform first, else any platform that lists it. */
function listPrice(ctx: CheckContext, model: string): { entry: CatalogModel; platform: string } | null {
  const shipped = loadCatalog();
  const own = shipped[ctx.model.recommendation]?.models[model];
  if (own) return { entry: own, platform: shipped[ctx.model.recommendation]!.label };
  for (const p of Object.values(shipped)) if (p.models[model]) return { entry: p.models[model]!, platform: p.label };
  return null;
}

/** How many times apart two prices are (1 = equal), the worse of input and output. */
function factor(a: { inputPer1M: number; outputPer1M: number }, b: { inputPer1M: number; outputPer1M: number }): number {
  const ratio = (x: number, y: number) => (x === y ? 1 : x <= 0 || y <= 0 ? Infinity : Math.max(x / y, y / x));
  return Math.max(ratio(a.inputPer1M, b.inputPer1M), ratio(a.outputPer1M, b.outputPer1M));
}

export const priceUnclear: Rule = {
  ...ruleEntry('price-unclear'),
  run(ctx) {
    const f = createFormatter(ctx.model.currency);
    return ctx.model.prices.flatMap((p, i): Diagnostic[] => {
      const list = listPrice(ctx, p.model);
      const same = list !== null && list.entry.inputPer1M === p.inputPer1M && list.entry.outputPer1M === p.outputPer1M;
      if (same) return [];
      // A differing price comes from the spec: its traffic-mix entry, or a catalog override.
      const path = p.origin === 'spec' ? toPointer(['costs', 'models', i]) : toPointer(['catalog', 'platforms', ctx.model.recommendation, 'models', p.model]);
      const price = `${f.money(p.inputPer1M)}/${f.money(p.outputPer1M)} per 1M input/output tokens`;
      const off = list === null ? 1 : factor(p, list.entry);
      const undated = p.asOf === null || p.asOf === '';
      if (off < PRICE_FACTOR_WARNING && !undated) return [];
      const parts: string[] = [];
      if (off >= PRICE_FACTOR_WARNING && list) {
        const cheaper = p.inputPer1M + p.outputPer1M < list.entry.inputPer1M + list.entry.outputPer1M;
        parts.push(
          `${off === Infinity ? 'unlike' : `${cheaper ? `1/${Math.round(off)} of` : `${Math.round(off)}x`}`} the ${list.platform} list price (${f.money(list.entry.inputPer1M)}/${f.money(list.entry.outputPer1M)}, ${list.entry.asOf})`,
        );
      }
      if (undated) parts.push(list === null ? 'has no date and no list price to compare with' : 'has no date');
      return [
        finding(
          ctx,
          this.id,
          off >= PRICE_FACTOR_ERROR ? 'error' : 'warning',
          path,
          `the price of ${p.name} (${price}) is ${parts.join(', and ')}`,
          'Quote the current list price with its asOf date and source, or say in source why this client pays a different price (a negotiated rate, a commitment).',
        ),
      ];
    });
  },
};
