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

const flagged = checkText(edited('reference.yaml', [
  [['scenario', 'budget', 'annualUsd'], 50000],
  [['deployment', 'rollback'], undefined],
  [['client', 'date'], undefined],
  [['platforms', 'rationale'], undefined],
]), 'specs/northwind | "health".yaml');
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
    expect(Object.keys(criteria[0]!)).toEqual(['id', 'name', 'score', 'max', 'evidence', 'toImprove']);
    expect(criteria[0]!.toImprove).toEqual([{ point: 2, message: 'give at least 2 reasons for the recommendation in platforms.rationale (now 0)', path: '/platforms/rationale', line: expect.any(Number), column: expect.any(Number) }]);
    const findings = json.findings as Record<string, unknown>[];
    expect(findings.map((f) => f.rule)).toEqual(['over-budget', 'rollback-missing', 'no-client-date']);
    expect(Object.keys(findings[0]!)).toEqual(['rule', 'severity', 'message', 'hint', 'file', 'line', 'column', 'path']);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'specs/northwind | "health".yaml', path: '/scenario/budget/annualUsd' });
  });

  it('several specs make an array', () => {
    const json = JSON.parse(formatJson([reference.report, minimal.report])) as { spec: string; rubric: { total: number } }[];
    expect(json.map((r) => [r.spec, r.rubric.total])).toEqual([['test/fixtures/check/reference.yaml', 20], ['test/fixtures/check/minimal.yaml', 0]]);
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
      locations: [{ physicalLocation: { artifactLocation: { uri: 'specs/northwind%20%7C%20%22health%22.yaml' }, region: { startLine: first.line, startColumn: first.column } } }],
    });
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
  });
});

describe('markdown', () => {
  it('is a score table plus the findings, with user text escaped', () => {
    const md = formatMarkdown([flagged.report]);
    expect(md).toContain('### aiarch check: `specs/northwind | "health".yaml`');
    expect(md).toContain('**Rubric 17/20** (passed; pass 14, distinction 18) · 1 error, 1 warning, 1 note');
    expect(md).toContain('| Platform Analysis | 4/5 | give at least 2 reasons for the recommendation in platforms.rationale (now 0) (line ');
    expect(md).toContain('| Security Architecture | 5/5 | complete |');
    expect(md).toContain('| **Total** | **17/20** | |');
    expect(md).toMatch(/^- \*\*Error\*\* `over-budget` line \d+: year-1 total \$58,720 exceeds the budget of \$50,000/m);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('a pipe in user text cannot break the table', () => {
    const text = edited('reference.yaml', [[['platforms', 'risks', 0, 'mitigation'], undefined], [['platforms', 'risks', 0, 'risk'], 'Lock | in']]);
    const md = formatMarkdown([checkText(text).report]);
    const row = md.split('\n').find((l) => l.startsWith('| Platform Analysis'))!;
    expect(row).toContain('Lock \\| in');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5);
  });
});

describe('text', () => {
  it('shows the score, each criterion, located suggestions and findings with code frames', () => {
    const text = formatText(flagged.report, flagged.source.text);
    const lines = text.split('\n');
    expect(lines[0]).toBe('specs/northwind | "health".yaml  rubric 17/20 (passed), 1 error, 1 warning, 1 note');
    expect(lines[1]).toBe('  Platform Analysis            4/5');
    expect(text).toMatch(/To earn more points:\n {2}specs\/northwind \| "health"\.yaml:\d+:\d+ {2}Platform Analysis 2: give at least 2 reasons/);
    expect(text).toMatch(/error over-budget {2}year-1 total/);
    expect(text).toContain('hint: Add costs.optimizations');
    expect(text).toContain('annualUsd: 50000');
  });

  it('several specs end with a score table', () => {
    const out = formatReports('text', [{ report: reference.report, text: '' }, { report: minimal.report, text: '' }], { toolVersion: '0', color: false });
    expect(out.split('\n').slice(-3)).toEqual([
      'spec                                score',
      'test/fixtures/check/reference.yaml  20/20  distinction  0 findings',
      'test/fixtures/check/minimal.yaml     0/20  not passing  7 findings',
    ]);
  });
});
