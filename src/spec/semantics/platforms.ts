// Platform evaluation rules: weights sum to 100, every weighted criterion is
// scored, the recommendation is a candidate, unknown platforms carry a label.
import { toPointer } from '../pointer.js';
import { didYouMean, suggest } from '../suggest.js';
import type { Rule } from './rule.js';
import { formatSum, sumsTo100 } from './sums.js';

export const platformRules: readonly Rule[] = [
  {
    needs: ['platforms'],
    check: ({ spec, out }) => {
      const weights = Object.values(spec.platforms.weights).map((w) => w ?? 0);
      if (!sumsTo100(weights)) {
        out.add({
          code: 'AIA304',
          path: '/platforms/weights',
          message: `platform weights sum to ${formatSum(weights)}, not 100`,
          hint: 'Adjust the weights (percent) so they add up to exactly 100.',
        });
      }
    },
  },
  {
    needs: ['platforms'],
    check: ({ spec, out }) => {
      const criteria = Object.keys(spec.platforms.weights);
      for (const [id, candidate] of Object.entries(spec.platforms.candidates)) {
        if (!candidate) continue;
        const scored = Object.keys(candidate.scores);
        const base = ['platforms', 'candidates', id, 'scores'];
        for (const criterion of criteria.filter((c) => !scored.includes(c))) {
          const typo = suggest(
            criterion,
            scored.filter((s) => !criteria.includes(s)),
          );
          out.add({
            code: 'AIA305',
            path: toPointer(base),
            message: `candidate "${id}" has no score for weighted criterion "${criterion}"${typo ? ` (it scores "${typo}" instead)` : ''}`,
            hint: typo ? `Rename "${typo}" to "${criterion}".` : `Add ${criterion}: <0-10> to ${id}'s scores.`,
          });
        }
        for (const criterion of scored.filter((s) => !criteria.includes(s))) {
          out.add({
            code: 'AIA306',
            severity: 'warning',
            path: toPointer([...base, criterion]),
            message: `candidate "${id}" scores "${criterion}", which has no weight and is ignored${didYouMean(criterion, criteria)}`,
            hint: `Give "${criterion}" a weight in platforms.weights, or remove the score.`,
          });
        }
      }
    },
  },
  {
    needs: ['platforms'],
    check: ({ spec, out }) => {
      const chosen = spec.platforms.recommendation;
      const ids = Object.keys(spec.platforms.candidates);
      if (chosen !== undefined && !ids.includes(chosen)) {
        out.add({
          code: 'AIA307',
          path: '/platforms/recommendation',
          message: `recommendation "${chosen}" is not one of the candidates${didYouMean(chosen, ids)}`,
          hint: `Use a key of platforms.candidates (${ids.join(', ')}), or leave recommendation out to take the top score.`,
        });
      }
    },
  },
  {
    needs: ['platforms'],
    uses: ['catalog'],
    check: ({ spec, out, catalog }) => {
      for (const [id, candidate] of Object.entries(spec.platforms.candidates)) {
        // A platform added through catalog.platforms carries its own label.
        if (!candidate || candidate.label !== undefined || Object.hasOwn(catalog, id)) continue;
        out.add({
          code: 'AIA308',
          path: toPointer(['platforms', 'candidates', id]),
          message: `candidate "${id}" is not in the platform catalog and has no label${didYouMean(id, Object.keys(catalog))}`,
          hint: `Add label: <display name> to "${id}", or use a catalog platform (${Object.keys(catalog).join(', ')}).`,
        });
      }
    },
  },
];
