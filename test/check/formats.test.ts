import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatReports } from '../../src/check/format/index.js';
import { formatJson } from '../../src/check/format/json.js';
import { formatMarkdown } from '../../src/check/format/markdown.js';
import { formatSarif } from '../../src/check/format/sarif.js';
import { formatText } from '../../src/check/format/text.js';
import { RULES } from '../../src/check/rules/index.js';
import { checkFixture, checkText, edited, FIXTURES } from './helpers.js';

const flagged = checkText(
  edited('reference.yaml', [
    [['scenario', 'budget', 'annualUsd'], 50000],
    [['deployment', 'rollback'], undefined],
    [['client', 'date'], undefined],
    [['platforms', 'rationale'], undefined],
  ]),
  'specs/northwind | "health".yaml',
);
const minimal = checkFixture('minimal.yaml');
const reference = checkFixture('reference.yaml');

function sarifValidator() {
  // The schema's `language` pattern has a stray `]`, invalid under the u flag: compile patterns without it.
  // Both packages are CommonJS with the class on `.default` (NodeNext types see the namespace).
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL('sarif-schema-2.1.0.json', FIXTURES), 'utf8')) as object);
}

describe('json', () => {
  it('has exactly the documented shape and key order', () => {
    const json = JSON.parse(formatJson([flagged.report])) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['spec', 'rubric', 'findings']);
    const rubric = json.rubric as Record<string, unknown>;
    expect(Object.keys(rubric)).toEqual(['total', 'max', 'passed', 'distinction', 'criteria']);
    const criteria = rubric.criteria as Record<string, unknown>[];
    expect(Object.keys(criteria[0]!)).toEqual(['id', 'name', 'score', 'max', 'evidence', 'toImprove', 'points']);
    expect(criteria[0]!.toImprove).toEqual([
      {
        point: 2,
        reason: 'the rationale has 0 entries',
        message: 'give at least 2 reasons for the recommendation in platforms.rationale, in your own words (now 0 that count)',
        path: '/platforms/rationale',
        line: expect.any(Number),
        column: expect.any(Number),
      },
    ]);
    const points = criteria[0]!.points as Record<string, unknown>[];
    expect(points.map((p) => p.earned)).toEqual([true, false, true, true, true]);
    expect(Object.keys(points[0]!)).toEqual(['point', 'requirement', 'earned', 'summary', 'used']);
    expect(Object.keys((points[0]!.used as object[])[0]!)).toEqual(['label', 'path', 'line', 'column']);
    const capped = (criteria[2]!.points as Record<string, unknown>[]).filter((p) => p.cappedBy !== undefined);
    expect(capped.map((p) => [p.point, p.cappedBy])).toEqual([
      [4, 'over-budget'],
      [5, 'over-budget'],
    ]);
    const findings = json.findings as Record<string, unknown>[];
    expect(findings.map((f) => f.rule)).toEqual(['over-budget', 'rollback-missing', 'no-client-date']);
    expect(Object.keys(findings[0]!)).toEqual(['rule', 'severity', 'message', 'hint', 'file', 'line', 'column', 'path']);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'specs/northwind | "health".yaml', path: '/scenario/budget/annualUsd' });
  });

  it('several specs make an array', () => {
    const json = JSON.parse(formatJson([reference.report, minimal.report])) as { spec: string; rubric: { total: number } }[];
    expect(json.map((r) => [r.spec, r.rubric.total])).toEqual([
      ['test/fixtures/check/reference.yaml', 20],
      ['test/fixtures/check/minimal.yaml', 0],
    ]);
  });
});

describe('sarif', () => {
  const validate = sarifValidator();

  it('validates against the SARIF 2.1.0 schema, for findings and for none', () => {
    for (const reports of [[flagged.report], [reference.report], [flagged.report, minimal.report]]) {
      const log = JSON.parse(formatSarif(reports, '0.1.0')) as unknown;
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the schema check is real: a result without a message fails', () => {
    const log = JSON.parse(formatSarif([flagged.report], '0.1.0')) as { runs: { results: Record<string, unknown>[] }[] };
    delete log.runs[0]!.results[0]!.message;
    expect(validate(log)).toBe(false);
  });

  it('one run, every rule described, results located with relative URIs and levels', () => {
    const log = JSON.parse(formatSarif([flagged.report], '0.1.0')) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } }; results: Record<string, unknown>[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('aiarch');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const first = flagged.report.findings[0]!;
    expect(run.results[0]).toMatchObject({
      ruleId: 'over-budget',
      ruleIndex: RULES.findIndex((r) => r.id === 'over-budget'),
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'specs/northwind%20%7C%20%22health%22.yaml' },
            region: { startLine: first.line, startColumn: first.column },
          },
        },
      ],
    });
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
  });
});

describe('markdown', () => {
  it('is a score table plus the findings, with user text escaped', () => {
    const md = formatMarkdown([flagged.report]);
    expect(md).toContain('### aiarch check: `specs/northwind | "health".yaml`');
    expect(md).toContain('**Rubric 15/20** (passed; pass 14, distinction 18) · 1 error, 1 warning, 1 note');
    expect(md).toContain(
      '| Platform Analysis | 4/5 | the rationale has 0 entries: give at least 2 reasons for the recommendation in platforms.rationale, in your own words (now 0 that count) (line ',
    );
    expect(md).toContain('| Cost & Operations | 3/5 | capped at 3/5 by the error over-budget: year-1 total $58,720 exceeds the budget of $50,000');
    expect(md).toContain('| Security Architecture | 5/5 | complete |');
    expect(md).toContain('| **Total** | **15/20** | |');
    expect(md).not.toContain('Evidence per point');
    expect(md).toMatch(/^- \*\*Error\*\* `over-budget` line \d+: year-1 total \$58,720 exceeds the budget of \$50,000/m);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('a pipe in user text cannot break the table', () => {
    const text = edited('reference.yaml', [[['platforms', 'rationale'], ['tbd | tbd']]]);
    const md = formatMarkdown([checkText(text).report]);
    const row = md.split('\n').find((l) => l.startsWith('| Platform Analysis'))!;
    expect(row).toContain('tbd \\| tbd');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5);
  });
});

describe('text', () => {
  it('shows the score, each criterion, located suggestions and findings with code frames', () => {
    const text = formatText(flagged.report, flagged.source.texts);
    const lines = text.split('\n');
    expect(lines[0]).toBe('specs/northwind | "health".yaml  rubric 15/20 (passed), 1 error, 1 warning, 1 note');
    expect(lines[1]).toBe('  Platform Analysis            4/5');
    expect(text).toMatch(
      /To earn more points:\n {2}specs\/northwind \| "health"\.yaml:\d+:\d+ {2}Platform Analysis 2: the rationale has 0 entries; to earn it: give at least 2 reasons/,
    );
    expect(text).toMatch(/error over-budget {2}year-1 total/);
    expect(text).toContain('hint: Add costs.optimizations');
    expect(text).toContain('annualUsd: 50000');
  });

  it('several specs end with a score table', () => {
    const out = formatReports(
      'text',
      [
        { report: reference.report, texts: new Map() },
        { report: minimal.report, texts: new Map() },
      ],
      { toolVersion: '0', color: false },
    );
    expect(out.split('\n').slice(-3)).toEqual([
      'spec                                score',
      'test/fixtures/check/reference.yaml  20/20  distinction  0 findings',
      'test/fixtures/check/minimal.yaml     0/20  not passing  7 findings',
    ]);
  });
});

describe('--explain', () => {
  it('text prints every point with the evidence it was judged on, located by line', () => {
    const text = formatText(flagged.report, flagged.source.texts, { explain: true });
    const part = text.slice(text.indexOf('Evidence per point:'));
    expect(part.split('\n').filter((l) => /^ {2}\[[x ]\] \d\. /.test(l))).toHaveLength(20);
    expect(part).toMatch(/\[ \] 2\. a rationale of 2 or more distinct.*\n {8}not earned: the rationale has 0 entries\n {8}to earn it: give at least 2 reasons/);
    expect(part).toMatch(/\[x\] 5\. client-specific factors.*\n {8}earned: client factors: existing cloud aws/);
    expect(part).toMatch(/line +\d+ {2}security\.layers\.application\[0\]\.implementation: "Bedrock Guardrails \+ system prompt isolation"/);
    expect(part).toMatch(/\[ \] 4\. a runbook.*\n {8}not earned: capped at 3\/5 by the error over-budget/);
    expect(formatText(flagged.report, flagged.source.texts)).not.toContain('Evidence per point');
  });

  it('markdown adds the evidence per point only when asked', () => {
    const md = formatReports('markdown', [{ report: flagged.report, texts: new Map() }], { toolVersion: '0', color: false, explain: true });
    expect(md).toContain('#### Evidence per point');
    expect(md).toMatch(/- \[x\] 1\. 2 or more candidates scored .*: 3 candidates scored on 6 weighted criteria/);
    expect(md).toMatch(/ {2}- line \d+: platforms\.weights: modelFit 25%/);
  });
});
