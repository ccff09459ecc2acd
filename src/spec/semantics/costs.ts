// Cost model rules: model shares sum to 100, every model has a price (from the
// recommended platform's catalog entry or the spec), growth months ascend.
import { overrideProblems } from '../../catalog/merge.js';
import { didYouMean } from '../suggest.js';
import { recommendedPlatform } from './recommended.js';
import type { Rule } from './rule.js';
import { formatSum, sumsTo100 } from './sums.js';

export const costRules: readonly Rule[] = [
  {
    needs: ['catalog'],
    check: ({ spec, out, shippedCatalog }) => {
      for (const problem of overrideProblems(shippedCatalog, spec.catalog)) {
        out.add({
          code: 'AIA314',
          path: problem.path,
          message: problem.message,
          hint: 'A platform or model the shipped catalog lacks must be described in full: label for a platform, inputPer1M and outputPer1M for a model.',
        });
      }
    },
  },
  {
    needs: ['costs'],
    check: ({ spec, out }) => {
      const shares = spec.costs.models.map((m) => m.share);
      if (!sumsTo100(shares)) {
        out.add({
          code: 'AIA309',
          path: '/costs/models',
          message: `model shares sum to ${formatSum(shares)}, not 100`,
          hint: 'Adjust each share (percent of traffic) so they add up to exactly 100.',
        });
      }
    },
  },
  {
    needs: ['costs', 'platforms'],
    uses: ['catalog'],
    check: ({ spec, out, catalog }) => {
      const platform = recommendedPlatform(spec.platforms);
      // An invalid recommendation is already reported; which prices apply is then unknown.
      if (platform === null) return;
      // The catalog here already has the spec's overrides merged in.
      const known = Object.keys(catalog[platform]?.models ?? {});
      spec.costs.models.forEach((m, i) => {
        if (known.includes(m.model) || (m.inputPer1M !== undefined && m.outputPer1M !== undefined)) return;
        const onPlatform =
          known.length > 0
            ? `unknown model "${m.model}" on ${platform}${didYouMean(m.model, known)}`
            : `platform "${platform}" has no catalog prices, so model "${m.model}" needs its own`;
        out.add({
          code: 'AIA310',
          path: `/costs/models/${i}/model`,
          message: `${onPlatform}; or give inputPer1M and outputPer1M`,
          hint:
            known.length > 0
              ? `Use a model ${platform} offers (see \`aiarch catalog\`), or price it: inputPer1M and outputPer1M in USD per 1M tokens.`
              : 'Add inputPer1M and outputPer1M (USD per 1M tokens) to this entry.',
        });
      });
    },
  },
  {
    needs: ['costs'],
    check: ({ spec, out }) => {
      spec.costs.growth.forEach((point, i) => {
        const previous = spec.costs.growth[i - 1];
        if (previous === undefined || point.month > previous.month) return;
        out.add({
          code: 'AIA311',
          path: `/costs/growth/${i}/month`,
          message: `growth month ${point.month} does not come after month ${previous.month}`,
          hint: 'List growth points in strictly ascending month order, each month once.',
        });
      });
    },
  },
];
