// Cheap rules a reviewer would flag at a glance: undated specs, unmitigated risks, no way back.
import { toPointer } from '../../spec/pointer.js';
import { finding } from '../context.js';
import type { Rule } from '../rule.js';
import type { Finding } from '../types.js';

export const noClientDate: Rule = {
  id: 'no-client-date',
  severity: 'info',
  criterion: 'proposal-quality',
  summary: 'client.date is missing, so price ages cannot be checked.',
  run(ctx) {
    if (ctx.spec.client.date !== undefined) return [];
    return [finding(ctx, this.id, this.severity, '/client',
      'the spec has no client.date, so the age of its prices cannot be checked',
      'Add client.date (YYYY-MM-DD): the date the proposal is made.')];
  },
};

export const riskUnmitigated: Rule = {
  id: 'risk-unmitigated',
  severity: 'warning',
  criterion: 'platform-analysis',
  summary: 'A platform or deployment risk has no mitigation.',
  run(ctx) {
    const out: Finding[] = [];
    const lists = [['platforms', ctx.spec.platforms.risks ?? []], ['deployment', ctx.spec.deployment?.risks ?? []]] as const;
    for (const [section, risks] of lists) {
      risks.forEach((r, i) => {
        if (r.mitigation !== undefined) return;
        out.push(finding(ctx, this.id, this.severity, toPointer([section, 'risks', i]),
          `risk "${r.risk}" has no mitigation`, `Add a mitigation to ${section}.risks[${i}].`));
      });
    }
    return out;
  },
};

export const rollbackMissing: Rule = {
  id: 'rollback-missing',
  severity: 'warning',
  criterion: 'proposal-quality',
  summary: 'The deployment plan has no rollback procedure.',
  run(ctx) {
    const deployment = ctx.spec.deployment;
    if ((deployment?.rollback?.length ?? 0) > 0) return [];
    return [finding(ctx, this.id, this.severity, deployment ? '/deployment/rollback' : '/deployment',
      'the deployment plan has no rollback procedure',
      'Add deployment.rollback: the steps that return users to the previous state.')];
  },
};
