import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/check/rubric/index.js';
import { checkFixture, checkText, edited } from './helpers.js';

describe('rubric', () => {
  it('the reference spec earns distinction with evidence for every point', () => {
    const { rubric } = checkFixture('reference.yaml').report;
    expect(rubric.total).toBeGreaterThanOrEqual(18);
    expect(rubric).toMatchObject({ max: 20, passed: true, distinction: true });
    expect(rubric.criteria.map((c) => [c.id, c.name, c.max])).toEqual([
      ['platform-analysis', 'Platform Analysis', 5],
      ['security-architecture', 'Security Architecture', 5],
      ['cost-operations', 'Cost & Operations', 5],
      ['proposal-quality', 'Enterprise Proposal Quality', 5],
    ]);
    for (const c of rubric.criteria) expect(c.evidence).toHaveLength(c.score);
    expect(rubric.criteria[1]!.evidence).toContain('all five defense-in-depth layers have real controls');
  });

  it('a minimal valid spec fails, with a located suggestion for each missing point', () => {
    const { report, source } = checkFixture('minimal.yaml');
    const { rubric } = report;
    expect(rubric.total).toBeLessThan(14);
    expect(rubric.criteria.map((c) => c.score)).toEqual([0, 0, 0, 0]);
    expect(rubric.passed).toBe(false);
    for (const c of rubric.criteria) {
      expect(c.score + c.toImprove.length).toBe(5);
      const points = c.toImprove.map((t) => t.point);
      expect([...new Set(points)].sort()).toEqual(points);
      for (const t of c.toImprove) {
        expect(t.line).toBeGreaterThan(0);
        expect({ line: t.line, column: t.column }).toEqual(source.locate(t.path));
        expect(t.message.length).toBeGreaterThan(10);
        expect(t.reason.length).toBeGreaterThan(5);
      }
    }
    const platform = rubric.criteria[0]!;
    expect(platform.toImprove[0]).toMatchObject({
      point: 1,
      path: '/platforms/weights',
      line: 8,
      reason: 'only 2 criteria weighted',
      message: expect.stringContaining('weight and score at least 4 criteria'),
    });
    const security = rubric.criteria[1]!;
    expect(security.toImprove.map((t) => t.path)).toEqual([
      '/security/layers',
      '/security/layers/network',
      '/security/compliance',
      '/security/layers',
      '/security/layers/application',
    ]);
  });

  it('each point is earned on its own: removing one thing costs exactly that point', () => {
    const cases: [readonly (string | number)[], string, number][] = [
      [['platforms', 'rationale'], 'platform-analysis', 2],
      [['platforms', 'candidates', 'azure-openai', 'limitations'], 'platform-analysis', 4],
      [['scenario', 'dataResidency'], 'platform-analysis', 5],
      [['security', 'roles'], 'security-architecture', 4],
      [['costs', 'optimizations'], 'cost-operations', 3],
      [['operations', 'escalation'], 'cost-operations', 4],
      [['deployment', 'scaling'], 'cost-operations', 5],
      [['proposal', 'executiveSummary'], 'proposal-quality', 1],
      [['scenario', 'successCriteria'], 'proposal-quality', 4],
      [['proposal', 'decisions'], 'proposal-quality', 5],
    ];
    for (const [path, criterion, point] of cases) {
      const { rubric } = checkText(edited('reference.yaml', [[path, undefined]])).report;
      expect(rubric.total, path.join('.')).toBe(19);
      const c = rubric.criteria.find((x) => x.id === criterion)!;
      expect(
        c.toImprove.map((t) => t.point),
        path.join('.'),
      ).toEqual([point]);
    }
  });

  it('an explicit recommendation that is not the top score loses the proposal point', () => {
    const { rubric } = checkText(edited('reference.yaml', [[['platforms', 'recommendation'], 'azure-openai']])).report;
    expect(rubric.criteria[3]!.toImprove).toMatchObject([{ point: 2, path: '/platforms/recommendation' }]);
  });

  it('AI-specific controls are recognised by what they defend against', () => {
    const only = (controls: object[]) =>
      edited('reference.yaml', [
        [['security', 'layers', 'application'], controls],
        [['security', 'layers', 'data'], [{ control: 'Encryption at rest', implementation: 'KMS' }]],
        [['security', 'layers', 'monitoring'], [{ control: 'Audit trail', implementation: 'CloudTrail' }]],
        [['security', 'layers', 'network', 2], undefined],
      ]);
    const score = (text: string) => checkText(text).report.rubric.criteria[1]!.score;
    expect(score(only([{ control: 'Input validation', implementation: 'JSON schema' }]))).toBe(4);
    expect(
      score(
        only([
          { control: 'Jailbreak detection', implementation: 'Classifier' },
          { control: 'Content filter', implementation: 'Azure AI Content Safety' },
        ]),
      ),
    ).toBe(5);
  });

  it('every criterion has exactly five documented points', () => {
    for (const c of CRITERIA) {
      expect(c.points).toHaveLength(5);
      for (const p of c.points) expect(p.requirement.length).toBeGreaterThan(10);
    }
  });
});
