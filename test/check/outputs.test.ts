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

  it('ticks items from what the spec covers, naming the evidence', () => {
    const md = renderChecklist(reference.model);
    expect(md).toContain('- [x] WAF rules implemented (component waf (AWS WAF))');
    expect(md).toContain('- [x] DDoS protection enabled (/security/layers/network/2/control: "DDoS protection")');
    expect(md).toContain('- [x] Rollback procedure documented (3 rollback steps)');
    expect(md).toContain('- [x] Unit tests passing (/deployment/pipeline/2: "Unit tests")');
    expect(md).toContain('- [ ] Privacy impact assessment done');
    expect(md).toContain('- [ ] Load testing completed');
  });

  it('a minimal spec leaves most items open, and removing the WAF opens that item', () => {
    const md = renderChecklist(minimal.model);
    const ticked = md.split('\n').filter((l) => l.startsWith('- [x]'));
    expect(ticked).toEqual(['- [x] Architecture diagrams current (1 components drawn)']);
    const noWaf = edited('reference.yaml', [
      [['architecture', 'components', 1, 'kind'], 'cdn'],
      [['architecture', 'components', 1, 'name'], 'Edge cache'],
      [['security', 'layers', 'network', 2, 'implementation'], 'AWS Shield Standard + rate rules'],
    ]);
    expect(renderChecklist(checkText(noWaf).model)).toContain('- [ ] WAF rules implemented\n');
  });

  it('is deterministic', () => {
    expect(renderChecklist(reference.model)).toBe(renderChecklist(checkFixture('reference.yaml').model));
  });
});

describe('rubric.md', () => {
  it('shows the total, the table, evidence per criterion and no findings for the reference', () => {
    const md = renderRubric(reference.report, reference.model);
    expect(md).toMatch(/^# Evaluation Rubric: Northwind Health\n\n\*\*Total: 20\/20\*\*, passed with distinction \(minimum passing score 14\/20, distinction 18\/20\)\./);
    expect(md).toContain('| Security Architecture | 5/5 |');
    expect(md).toContain('- AI-specific controls: Prompt injection defense, Input limits, Output filtering, PII redaction, Anomaly alerts');
    expect(md).toContain('No red flags found.');
  });

  it('tells a minimal spec what to add for every missing point, with the line', () => {
    const md = renderRubric(minimal.report, minimal.model);
    expect(md).toContain('**Total: 0/20**, not yet passing');
    expect(md.split('\n').filter((l) => l.startsWith('- Point '))).toHaveLength(20);
    expect(md).toMatch(/- Point 1: weight and score at least 4 criteria .*\(`\/platforms\/weights`, line 8\)/);
    expect(md).toContain('- **Warning** `layer-empty`');
  });
});
