import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/check/checklist-items.js';
import { renderChecklist } from '../../src/check/checklist.js';
import { renderRubric } from '../../src/check/rubric-markdown.js';
import { checkFixture, checkText, edited } from './helpers.js';

const reference = checkFixture('reference.yaml');
const minimal = checkFixture('minimal.yaml');

describe('deployment-checklist.md', () => {
  it('lists every Appendix B item once, in its section and group', () => {
    const md = renderChecklist(reference.model);
    expect(CHECKLIST).toHaveLength(50);
    for (const item of CHECKLIST) expect(md.split('\n').filter((l) => l.includes(`] ${item.text}`))).toHaveLength(1);
    expect(md).toMatch(/^# Enterprise AI Deployment Checklist: Northwind Health\n/);
    expect(md.indexOf('## Pre-Deployment')).toBeLessThan(md.indexOf('### Infrastructure'));
    expect(md.indexOf('## Deployment\n')).toBeLessThan(md.indexOf('## Post-Deployment'));
  });

  it('ticks only what the spec shows done, and says what is planned, naming the evidence in words', () => {
    const md = renderChecklist(reference.model);
    expect(md).toContain('- [ ] WAF rules implemented (planned: the waf component "AWS WAF" is planned)');
    expect(md).toContain('- [ ] DDoS protection enabled (planned: the network control "DDoS protection" is planned)');
    expect(md).toContain('- [x] Rollback procedure documented (the rollback is documented in 3 steps)');
    expect(md).toContain('- [ ] Unit tests passing (planned: the pipeline will run "Unit tests"; no deployment phase is complete yet)');
    expect(md).toContain('- [x] Compliance controls mapped (3 requirements of HIPAA, SOC2 are mapped to controls)');
    expect(md).toContain('- [ ] Privacy impact assessment done\n');
    expect(md).toContain('- [ ] Load testing completed\n');
    expect(md).toMatch(/^10 of 50 items are done, 26 planned, 1 not applicable and 13 open\./m);
    // Evidence reads as words, never as JSON pointers.
    for (const line of md.split('\n').filter((l) => l.startsWith('- '))) expect(line).not.toMatch(/(^|[\s(])\/[a-z]+\/[\w/]+/i);
  });

  it('names the clouds in words: several clouds, not the spec\'s "multi"', () => {
    const md = renderChecklist(checkText(edited('reference.yaml', [[['scenario', 'existingCloud'], 'multi']])).model);
    expect(md).toContain('- [x] Cloud accounts and subscriptions created (the client already runs on several clouds, AWS among them)');
    expect(md).not.toContain('runs on multi');
  });

  it('a minimal spec leaves most items open, and removing the WAF opens that item', () => {
    const md = renderChecklist(minimal.model);
    const ticked = md.split('\n').filter((l) => l.startsWith('- [x]'));
    expect(ticked).toEqual(["- [x] Architecture diagrams current (aiarch draws the diagrams from the spec's 1 component)"]);
    const noWaf = edited('reference.yaml', [
      [['architecture', 'components', 1, 'kind'], 'cdn'],
      [['architecture', 'components', 1, 'name'], 'Edge cache'],
      [['security', 'layers', 'network', 2, 'implementation'], 'AWS Shield Standard + rate rules'],
    ]);
    expect(renderChecklist(checkText(noWaf).model)).toContain('- [ ] WAF rules implemented\n');
  });

  it('an implemented control or component, or a complete phase, ticks its items', () => {
    const md = renderChecklist(
      checkText(
        edited('reference.yaml', [
          [['security', 'layers', 'network', 2, 'status'], 'implemented'],
          [['architecture', 'components', 1, 'status'], 'implemented'],
          [['deployment', 'phases', 0, 'status'], 'complete'],
        ]),
      ).model,
    );
    expect(md).toContain('- [x] DDoS protection enabled (the network control "DDoS protection" is implemented)');
    expect(md).toContain('- [x] WAF rules implemented (the waf component "AWS WAF" is implemented)');
    expect(md).toContain('- [x] Unit tests passing (the pipeline runs "Unit tests", and the phase "Pilot" is complete)');
    expect(md).toContain('- [x] User acceptance verified (the phase "Pilot" with 10 users passed its success criteria)');
    // In progress is still planned.
    const inProgress = renderChecklist(checkText(edited('reference.yaml', [[['security', 'layers', 'network', 2, 'status'], 'in-progress']])).model);
    expect(inProgress).toContain('- [ ] DDoS protection enabled (planned: the network control "DDoS protection" is in progress)');
  });

  it('names the first escalation level written as { who, contact } (a crash found by the spec generator)', () => {
    const md = renderChecklist(
      checkText(
        edited('reference.yaml', [
          [['operations', 'alertRouting'], [{ severity: 'critical', channel: 'PagerDuty' }]],
          [
            ['operations', 'escalation'],
            [{ who: 'On-call engineer', contact: 'PagerDuty rota ai-platform' }, 'Platform lead'],
          ],
        ]),
      ).model,
    );
    expect(md).toContain('alerts page On-call engineer first');
  });

  it('cannot be filled by keywords: free text is never evidence, and stuffed labels do not count', () => {
    const before = renderChecklist(reference.model);
    // "CloudTrail configuration" (a compliance evidence note) does not externalize configuration.
    expect(before).toContain('- [ ] Configurations externalized\n');
    // A next step still to happen does not approve the security review.
    expect(before).toContain('- [ ] Security review approved (planned: the decision "Security sign-off" is still to be taken by CISO by 10 January 2027)');
    // A serverless design builds no container images.
    expect(before).toContain('- [ ] Container images built and scanned (not applicable: the serverless pattern deploys functions, not container images)');
    const stuffing =
      'DNS, TLS certificates, KMS, firewall, DDoS, PIA, audit, dashboards, on-call, health checks, load tests, smoke tests, API docs, user guides, training, retrospective, configuration';
    const stuffed = renderChecklist(
      checkText(
        edited('reference.yaml', [
          [['proposal', 'nextSteps', 3], stuffing],
          [['scenario', 'description'], stuffing],
          [['security', 'layers', 'monitoring', 2], { control: 'Dashboards, health checks and DNS', implementation: 'CloudWatch', status: 'implemented' }],
          [['deployment', 'pipeline', 9], 'Load tests, smoke tests, lint and security scan'],
        ]),
      ).model,
    );
    const done = (md: string) => md.split('\n').filter((l) => l.startsWith('- [x]'));
    expect(done(stuffed)).toEqual(done(before));
    expect(stuffed.replace(/^\d+ of 50.*$/m, '')).toBe(before.replace(/^\d+ of 50.*$/m, ''));
  });

  it('is deterministic', () => {
    expect(renderChecklist(reference.model)).toBe(renderChecklist(checkFixture('reference.yaml').model));
  });
});

describe('rubric.md', () => {
  it('shows the total, the table, evidence per criterion and no findings for the reference', () => {
    const md = renderRubric(reference.report, reference.model);
    expect(md).toMatch(
      /^# Evaluation Rubric: Northwind Health\n\n\*\*Total: 20\/20\*\*, passed with distinction \(minimum passing score 14\/20, distinction 18\/20\)\./,
    );
    expect(md).toContain('| Security Architecture | 5/5 |');
    expect(md).toContain('- AI-specific controls: Prompt injection defense, Input limits, Output filtering, PII redaction, Anomaly alerts');
    expect(md).toContain('No red flags found.');
  });

  it('tells a minimal spec what to add for every missing point, with the line', () => {
    const md = renderRubric(minimal.report, minimal.model);
    expect(md).toContain('**Total: 0/20**, not yet passing');
    expect(md.split('\n').filter((l) => l.startsWith('- Point '))).toHaveLength(20);
    expect(md).toMatch(/- Point 1: only 2 criteria weighted\. To earn it: weight and score at least 4 criteria .*\(platforms\.weights, line 8\)/);
    expect(md).toContain('- **Warning** `layer-empty`');
  });
});
