// Cheap rules a reviewer would flag at a glance: undated specs, unmitigated risks, no way back.
import { toPointer } from '../../spec/pointer.js';
import { finding } from '../context.js';
import type { Rule } from '../rule.js';
import { ruleEntry } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export const noClientDate: Rule = {
  ...ruleEntry('no-client-date'),
  run(ctx) {
    if (ctx.spec.client.date !== undefined) return [];
    return [
      finding(
        ctx,
        this.id,
        this.severity,
        '/client',
        'the spec has no client.date, so the age of its prices cannot be checked',
        'Add client.date (YYYY-MM-DD): the date the proposal is made.',
      ),
    ];
  },
};

export const riskUnmitigated: Rule = {
  ...ruleEntry('risk-unmitigated'),
  run(ctx) {
    const out: Diagnostic[] = [];
    const lists = [
      ['platforms', ctx.spec.platforms.risks ?? []],
      ['deployment', ctx.spec.deployment?.risks ?? []],
    ] as const;
    for (const [section, risks] of lists) {
      risks.forEach((r, i) => {
        if (r.mitigation !== undefined) return;
        out.push(
          finding(
            ctx,
            this.id,
            this.severity,
            toPointer([section, 'risks', i]),
            `risk "${r.risk}" has no mitigation`,
            `Add a mitigation to ${section}.risks[${i}].`,
          ),
        );
      });
    }
    return out;
  },
};

export const rollbackMissing: Rule = {
  ...ruleEntry('rollback-missing'),
  run(ctx) {
    const deployment = ctx.spec.deployment;
    if ((deployment?.rollback?.length ?? 0) > 0) return [];
    return [
      finding(
        ctx,
        this.id,
        this.severity,
        deployment ? '/deployment/rollback' : '/deployment',
        'the deployment plan has no rollback procedure',
        'Add deployment.rollback: the steps that return users to the previous state.',
      ),
    ];
  },
};
