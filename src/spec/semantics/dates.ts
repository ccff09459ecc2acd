// Calendar dates (the schema only checks the YYYY-MM-DD shape) and phase order.
import type { Rule } from './rule.js';
import type { RuleContext } from './rule.js';
import { isCalendarDate } from '../../format/dates.js';

function checkDate(ctx: RuleContext, value: string | undefined, path: string, what: string): void {
  if (value === undefined || isCalendarDate(value)) return;
  ctx.out.add({
    code: 'AIA313',
    path,
    message: `${what} "${value}" is not a real calendar date`,
    hint: 'Use an existing date as YYYY-MM-DD (months 01-12, days within the month).',
  });
}

export const dateRules: readonly Rule[] = [
  { needs: ['client'], check: (ctx) => checkDate(ctx, ctx.spec.client.date, '/client/date', 'client.date') },
  {
    needs: [],
    uses: ['proposal'],
    check: (ctx) => ctx.spec.proposal?.decisions?.forEach((d, i) => checkDate(ctx, d.deadline, `/proposal/decisions/${i}/deadline`, 'deadline')),
  },
  {
    needs: ['costs'],
    check: (ctx) => ctx.spec.costs.models.forEach((m, i) => checkDate(ctx, m.asOf, `/costs/models/${i}/asOf`, 'price date asOf')),
  },
  {
    needs: [],
    uses: ['deployment'],
    check: ({ spec, out }) => {
      const phases = spec.deployment?.phases ?? [];
      phases.forEach((phase, i) => {
        const previous = phases[i - 1];
        if (previous === undefined || phase.startWeek >= previous.startWeek) return;
        out.add({
          code: 'AIA312',
          path: `/deployment/phases/${i}/startWeek`,
          message: `phase "${phase.name}" starts in week ${phase.startWeek}, before the previous phase "${previous.name}" (week ${previous.startWeek})`,
          hint: 'List phases in the order they start; phases may overlap but not go back in time.',
        });
      });
    },
  },
];
