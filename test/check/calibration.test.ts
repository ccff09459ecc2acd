// Calibration: the five example specs, and copies of them degraded the ways a
// learner games a rubric (placeholders, copied text, ties, hollow runbooks,
// optimizations that save nothing...). Every degradation must cost the points
// it targets on every spec that had earned them, and everything hollow at once
// must fail. When a change to the rubric lets a degradation keep its points,
// this suite fails and names the spec, the degradation and the point.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { CheckReport } from '../../src/check/types.js';
import { checkText } from './helpers.js';

type Doc = Record<string, any>;
type PointId = readonly [criterion: string, point: number];

interface Degradation {
  readonly name: string;
  apply(spec: Doc): void;
  /** Points it must take from any spec that earned them. */
  readonly costs: readonly PointId[];
  /** Findings it must cause on any spec (rule ids). */
  readonly findings?: readonly string[];
}

const SPECS_DIR = new URL('../../specs/', import.meta.url);
const GOOD = readdirSync(SPECS_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const each = <T>(list: T[] | undefined, fn: (x: T, i: number) => void) => (list ?? []).forEach(fn);
const layers = (spec: Doc): Doc[][] => Object.values(spec.security?.layers ?? {}) as Doc[][];
const FIVES = (spec: Doc) => Object.fromEntries(Object.keys(spec.platforms.weights).map((k) => [k, 5]));

const lorem = 'lorem ipsum';

export const DEGRADATIONS: readonly Degradation[] = [
  {
    name: 'every security implementation and compliance control set to "yes"',
    apply(spec) {
      for (const list of layers(spec)) for (const c of list) c.implementation = 'yes';
      each(spec.security?.compliance, (r: Doc) => {
        r.control = 'yes';
      });
    },
    costs: [
      ['security-architecture', 3],
      ['security-architecture', 4],
      ['security-architecture', 5],
    ],
  },
  {
    name: 'every control named "x" with implementation "yes"',
    apply(spec) {
      for (const list of layers(spec))
        for (const c of list) {
          c.control = 'x';
          c.implementation = 'yes';
        }
    },
    costs: [
      ['security-architecture', 1],
      ['security-architecture', 2],
      ['security-architecture', 4],
      ['security-architecture', 5],
    ],
  },
  {
    name: 'rationale, strengths, limitations, risks, executive summary, use cases and next steps replaced by "lorem ipsum"',
    apply(spec) {
      spec.platforms.rationale = [lorem, lorem, lorem];
      for (const c of Object.values(spec.platforms.candidates) as Doc[]) {
        c.strengths = [lorem];
        c.limitations = [lorem];
      }
      spec.platforms.risks = [{ risk: lorem, mitigation: lorem }];
      spec.proposal = {
        ...spec.proposal,
        executiveSummary: `${lorem} dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.`,
        nextSteps: [lorem, lorem],
      };
      each(spec.scenario.useCases, (u: Doc) => {
        u.name = lorem;
        u.description = lorem;
      });
    },
    costs: [
      ['platform-analysis', 2],
      ['platform-analysis', 3],
      ['platform-analysis', 4],
      ['proposal-quality', 1],
      ['proposal-quality', 4],
      ['proposal-quality', 5],
    ],
  },
  {
    name: 'every platform scored 5 on every criterion (a tie)',
    apply(spec) {
      for (const c of Object.values(spec.platforms.candidates) as Doc[]) c.scores = FIVES(spec);
    },
    costs: [
      ['platform-analysis', 1],
      ['proposal-quality', 2],
    ],
    findings: ['recommendation-tie'],
  },
  {
    name: 'procedures and rollback reduced to one step, "x"',
    apply(spec) {
      each(spec.operations?.procedures, (p: Doc) => {
        p.steps = ['x'];
      });
      if (spec.deployment) spec.deployment.rollback = ['x'];
    },
    costs: [
      ['cost-operations', 4],
      ['proposal-quality', 3],
    ],
  },
  {
    name: 'two optimizations that save 0%',
    apply(spec) {
      spec.costs.optimizations = [
        { strategy: 'Prompt caching of system prompts', appliesTo: 'ai', savingsPercent: 0, startMonth: 1 },
        { strategy: 'Route simple requests to the small model', appliesTo: 'ai', savingsPercent: 0, startMonth: 1 },
      ];
    },
    costs: [['cost-operations', 3]],
  },
  {
    name: 'rationale copied from the strengths, implementations repeating the control names',
    apply(spec) {
      const rec = spec.platforms.recommendation ?? Object.keys(spec.platforms.candidates)[0];
      const strengths = (spec.platforms.candidates[rec].strengths as string[]).map((s) => (s.split(' ').length >= 3 ? s : `${s} for this client`));
      spec.platforms.candidates[rec].strengths = strengths;
      spec.platforms.rationale = [...strengths];
      for (const list of layers(spec)) for (const c of list) c.implementation = c.control;
    },
    costs: [
      ['platform-analysis', 2],
      ['security-architecture', 4],
      ['security-architecture', 5],
    ],
  },
  {
    name: 'the course example scaling numbers copied unchanged',
    apply(spec) {
      spec.deployment ??= {};
      spec.deployment.scaling = {
        minInstances: 2,
        maxInstances: 50,
        targetCpuPercent: 70,
        requestsPerSecond: 100,
        queueDepth: 1000,
        scaleDownDelaySeconds: 300,
        scaleUpCooldownSeconds: 60,
      };
    },
    costs: [['cost-operations', 5]],
  },
  {
    name: 'a scaling trigger the peak load never reaches',
    apply(spec) {
      spec.deployment ??= {};
      spec.deployment.scaling = { ...spec.deployment.scaling, minInstances: 4, maxInstances: 40, requestsPerSecond: 5000 };
    },
    costs: [['cost-operations', 5]],
  },
  {
    name: 'executive summary of one word repeated',
    apply(spec) {
      spec.proposal = { ...spec.proposal, executiveSummary: Array.from({ length: 30 }, () => 'AI').join(' ') };
    },
    costs: [['proposal-quality', 1]],
  },
  {
    name: 'next steps and decisions that say nothing',
    apply(spec) {
      spec.proposal = { ...spec.proposal, nextSteps: ['tbd'], decisions: [{ decision: 'n/a', owner: 'tbd' }] };
    },
    costs: [['proposal-quality', 5]],
  },
  {
    name: 'a budget the design exceeds (error: caps Cost & Operations, no distinction)',
    apply(spec) {
      spec.scenario.budget = { annualUsd: 1000 };
    },
    costs: [],
    findings: ['over-budget'],
  },
];

function check(name: string, spec: Doc): CheckReport {
  return checkText(stringify(spec), name).report;
}

const earned = (report: CheckReport, [criterion, point]: PointId) =>
  report.rubric.criteria.find((c) => c.id === criterion)!.points.find((p) => p.point === point)!.earned;

function hollowAll(spec: Doc): void {
  for (const d of DEGRADATIONS) d.apply(spec);
}

const clone = (spec: Doc): Doc => structuredClone(spec);
const goodSpecs = GOOD.map((file) => ({ file, spec: parse(readFileSync(new URL(file, SPECS_DIR), 'utf8')) as Doc }));
const baseline = new Map(goodSpecs.map(({ file, spec }) => [file, check(file, spec)]));

describe('calibration: the example specs', () => {
  // Each example's score, and the points it does not earn with the reason: a
  // change here is a change in how the examples are judged, to be named.
  const EXPECTED: Readonly<Record<string, { total: number; missing: readonly string[] }>> = {
    'harbor-outfitters.yaml': {
      total: 16,
      missing: [
        'platform-analysis 3: the design relies on',
        'security-architecture 5:',
        'cost-operations 5: the request trigger is never reached',
        'proposal-quality 2: the spec does not state a recommendation',
      ],
    },
    'kestrel-drivetrain.yaml': { total: 19, missing: ['cost-operations 5: the request trigger is never reached'] },
    'meridian-bank.yaml': { total: 18, missing: ['security-architecture 5:', 'cost-operations 5: the request trigger is never reached'] },
    'northbridge-county.yaml': { total: 20, missing: [] },
    'northwind-health.yaml': {
      total: 18,
      missing: ["cost-operations 5: the scaling numbers are the course's example", 'proposal-quality 1: the executive summary is 1 distinct sentence'],
    },
  };

  it.each(GOOD)('%s keeps its score, losing points only for the named reasons', (file) => {
    const report = baseline.get(file)!;
    const want = EXPECTED[file]!;
    const missing = report.rubric.criteria.flatMap((c) => c.points.filter((p) => !p.earned).map((p) => `${c.id} ${p.point}: ${p.summary}`));
    expect(missing).toHaveLength(want.missing.length);
    want.missing.forEach((prefix, i) => expect(missing[i]).toContain(prefix));
    expect(report.rubric.total).toBe(want.total);
  });
});

describe('calibration: every degradation costs the points it targets, on every example', () => {
  const cases = goodSpecs.flatMap(({ file, spec }) => DEGRADATIONS.map((d) => ({ file, spec, d, label: `${file}: ${d.name}` })));

  it.each(cases)('$label', ({ file, spec, d }) => {
    const good = baseline.get(file)!;
    const copy = clone(spec);
    d.apply(copy);
    const bad = check(file, copy);
    const targeted = d.costs.filter((p) => earned(good, p));
    for (const p of targeted) expect(earned(bad, p), `${p[0]} point ${p[1]} should be lost`).toBe(false);
    // Nothing a degradation does may earn a point the good spec did not have.
    expect(bad.rubric.total).toBeLessThanOrEqual(good.rubric.total);
    if (targeted.length > 0) expect(bad.rubric.total).toBeLessThan(good.rubric.total);
    for (const rule of d.findings ?? []) expect(bad.findings.map((f) => f.code)).toContain(rule);
    if (bad.findings.some((f) => f.severity === 'error')) expect(bad.rubric.distinction).toBe(false);
    // Every lost point says why, what would earn it, and where.
    for (const c of bad.rubric.criteria) {
      for (const t of c.toImprove) {
        expect(t.reason.length, `${c.id} ${t.point}`).toBeGreaterThan(5);
        expect(t.message.length).toBeGreaterThan(10);
        expect(t.line).toBeGreaterThan(0);
      }
      expect(c.score + c.toImprove.length).toBe(5);
    }
  });
});

describe("calibration: the issue's table on northwind-health", () => {
  const northwind = goodSpecs.find((s) => s.file === 'northwind-health.yaml')!.spec;
  const score = (...names: string[]) => {
    const copy = clone(northwind);
    for (const d of DEGRADATIONS.filter((x) => names.some((n) => x.name.startsWith(n)))) d.apply(copy);
    return check('northwind-health.yaml', copy);
  };

  // [degradation, score band]: bands leave room for wording tweaks, not for a degradation to become free.
  const BANDS: readonly [string, number, number][] = [
    ['every security implementation', 14, 15],
    ['every control named', 13, 14],
    ['rationale, strengths', 12, 13],
    ['every platform scored 5', 14, 15],
    ['procedures and rollback', 15, 16],
    ['two optimizations', 16, 17],
  ];

  it.each(BANDS)('%s… scores %i to %i of 20 (northwind has 18)', (name, lo, hi) => {
    const { rubric } = score(name);
    expect(rubric.total).toBeGreaterThanOrEqual(lo);
    expect(rubric.total).toBeLessThanOrEqual(hi);
  });

  it('all of the above together does not pass, and is no distinction', () => {
    const report = score(...BANDS.map(([n]) => n));
    expect(report.rubric.total).toBeLessThan(14);
    expect(report.rubric).toMatchObject({ passed: false, distinction: false });
    expect(report.findings.map((f) => f.code)).toContain('recommendation-tie');
  });

  it('an error finding caps its criterion at 3 and rules out distinction', () => {
    const over = score('a budget the design exceeds');
    const cost = over.rubric.criteria.find((c) => c.id === 'cost-operations')!;
    expect(cost.score).toBeLessThanOrEqual(3);
    expect(cost.toImprove.some((t) => t.reason.startsWith('capped at 3/5 by the error over-budget'))).toBe(true);
    expect(over.rubric.distinction).toBe(false);
    const noHipaa = clone(northwind);
    noHipaa.scenario.compliance = ['SOC2'];
    const r = check('northwind-health.yaml', noHipaa);
    expect(r.findings.map((f) => [f.code, f.severity])).toContainEqual(['industry-certification-missing', 'error']);
    expect(r.rubric.criteria.find((c) => c.id === 'security-architecture')!.score).toBeLessThanOrEqual(3);
    expect(r.rubric.distinction).toBe(false);
  });
});

describe('calibration: everything hollow at once fails on every example', () => {
  it.each(GOOD)('%s', (file) => {
    const copy = clone(goodSpecs.find((s) => s.file === file)!.spec);
    hollowAll(copy);
    const { rubric } = check(file, copy);
    expect(rubric.total).toBeLessThan(14);
    expect(rubric.passed).toBe(false);
    expect(rubric.distinction).toBe(false);
  });
});
