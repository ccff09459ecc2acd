import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { buildModel } from '../../src/model/build.js';
import { usersAt } from '../../src/model/usage.js';
import type { Spec } from '../../src/spec/types.js';

const reference = (): Spec => parse(readFileSync(new URL('../../specs/northwind-health.yaml', import.meta.url), 'utf8')) as Spec;
const model = () => buildModel(reference(), loadCatalog());

describe('weighted scores', () => {
  it('weights each score and ranks the candidates (hand-computed)', () => {
    const m = model();
    // aws: (25·9 + 20·10 + 20·9 + 15·7 + 10·9 + 10·8) / 100
    expect(m.scores.map((s) => [s.platform, s.rank])).toEqual([
      ['aws-bedrock', 1],
      ['google-vertex', 2],
      ['azure-openai', 3],
    ]);
    expect(m.scores[0]!.weighted).toBeCloseTo(8.8, 12);
    expect(m.scores[1]!.weighted).toBeCloseTo(6.6, 12);
    expect(m.scores[2]!.weighted).toBeCloseTo(6.35, 12);
    expect(m.margin).toBeCloseTo(2.2, 12);
    expect(m.runnerUp).toBe('google-vertex');
    expect(m.recommendationSource).toBe('spec');
  });

  it('finds the smallest single-weight shift that changes the winner', () => {
    const spec = reference();
    spec.platforms = {
      weights: { a: 50, b: 50 },
      candidates: { p1: { label: 'P1', scores: { a: 10, b: 0 } }, p2: { label: 'P2', scores: { a: 0, b: 8 } } },
    };
    const m = buildModel(spec, { ...loadCatalog(), p1: loadCatalog()['aws-bedrock']! });
    // P1 = 10·w/100, P2 = 8·(100−w)/100 cross at w = 800/18 ≈ 44.44: a shift of 50 − 44.44 points.
    expect(m.sensitivity?.criterion).toBe('a');
    expect(m.sensitivity?.direction).toBe('decrease');
    expect(m.sensitivity?.newWinner).toBe('p2');
    expect(m.sensitivity?.shiftPoints).toBeCloseTo(50 - 800 / 18, 9);
  });

  it('derives the recommendation from the top score when the spec has none', () => {
    const spec = reference();
    delete spec.platforms.recommendation;
    const m = buildModel(spec, loadCatalog());
    expect(m.recommendation).toBe('aws-bedrock');
    expect(m.recommendationSource).toBe('derived');
  });
});

describe('usage and costs', () => {
  it('interpolates users linearly, flat outside the growth points', () => {
    const growth = reference().costs.growth;
    expect(usersAt(growth, 1)).toBe(40);
    expect(usersAt(growth, 3)).toBeCloseTo(40 + (560 * 2) / 5, 12);
    expect(usersAt(growth, 18)).toBeCloseTo(2500 + (1500 * 6) / 12, 12);
    expect(usersAt(growth, 24)).toBe(4000);
    expect(usersAt([{ month: 6, users: 10 }], 2)).toBe(10);
  });

  it('computes month 1 requests, tokens and costs by hand', () => {
    const m1 = model().months[0]!;
    expect(m1.requests).toBe(40 * 12 * 22);
    expect(m1.inputTokens).toBe(10560 * 1800);
    expect(m1.outputTokens).toBe(10560 * 350);
    // 70% haiku (1/5 per 1M) + 30% sonnet (3/15 per 1M)
    const perRequest = (0.7 * (1800 * 1 + 350 * 5)) / 1e6 + (0.3 * (1800 * 3 + 350 * 15)) / 1e6;
    expect(m1.ai).toBeCloseTo(10560 * perRequest, 9);
    // component fixed costs 60+40+700+180+90+20+450, per-million 0.60+3.50+12.00+1.25
    expect(m1.infrastructure).toBeCloseTo(1540 + (17.35 * 10560) / 1e6, 9);
    expect(m1.operations).toBe(2400);
  });

  it('compounds optimizations per category from their start month', () => {
    const m = model();
    const m12 = m.months[11]!;
    expect(m12.ai).toBeCloseTo(m12.aiBaseline * 0.8 * 0.85, 9);
    expect(m12.infrastructure).toBeCloseTo(m12.infrastructureBaseline * 0.9, 9);
    expect(m.months[1]!.ai).toBeCloseTo(m.months[1]!.aiBaseline * 0.85, 9);
    expect(m.months[4]!.infrastructure).toBe(m.months[4]!.infrastructureBaseline);
    const year1 = m.months.slice(0, 12).reduce((s, x) => s + x.total, 0);
    expect(m.year1.total).toBeCloseTo(year1, 6);
    expect(m.budget.headroom).toBeCloseTo(120000 - year1, 6);
  });

  it('prices transactions with the model mix plus per-request infrastructure', () => {
    const tx = model().transactions[0]!;
    const tokens = (0.7 * (400 * 1 + 100 * 5)) / 1e6 + (0.3 * (400 * 3 + 100 * 15)) / 1e6;
    expect(tx.cost).toBeCloseTo(tokens + 17.35 / 1e6, 12);
    expect(tx.meetsTarget).toBe(true);
  });

  it('computes peak load at the busiest month', () => {
    const peak = model().peak;
    expect(peak.month).toBe(24);
    expect(peak.requestsPerSecond).toBeCloseTo(((4000 * 12) / (8 * 3600)) * 2.5, 9);
    expect(peak.tokensPerMinute).toBeCloseTo(peak.requestsPerSecond * 60 * 2150, 6);
  });

  it('finds the payback month from cumulative benefits and costs', () => {
    const m = model();
    // Benefits of 140,000 a month start in month 4 and exceed 4 months of costs at once.
    expect(m.roi.paybackMonth).toBe(4);
    const spec = reference();
    spec.costs.benefits = [{ benefit: 'small', monthly: 1 }];
    expect(buildModel(spec, loadCatalog()).roi.paybackMonth).toBeNull();
  });

  it('uses a price from the spec over the catalog and dates its age', () => {
    const spec = reference();
    spec.costs.models = [{ model: 'in-house-llm', share: 100, inputPer1M: 2, outputPer1M: 4, asOf: '2026-01-01', source: 'vendor quote' }];
    const m = buildModel(spec, loadCatalog());
    expect(m.prices[0]).toMatchObject({ origin: 'spec', inputPer1M: 2, outputPer1M: 4, ageDays: 329 });
    expect(m.costPerRequest).toBeCloseTo((1800 * 2 + 350 * 4) / 1e6, 12);
    const catalogPrice = model().prices[0]!;
    expect(catalogPrice).toMatchObject({ origin: 'catalog', asOf: '2026-07-18', ageDays: 131 });
  });
});

describe('platform cost estimates', () => {
  const price = (platform: string, model: string) => loadCatalog()[platform]!.models[model]!;
  const perRequest = (input: number, output: number, mix: readonly (readonly [string, string, number])[]) =>
    mix.reduce(
      (sum, [platform, id, share]) => sum + (share / 100) * ((input * price(platform, id).inputPer1M + output * price(platform, id).outputPer1M) / 1e6),
      0,
    );

  it("prices the recommended platform at the spec's own mix", () => {
    const m = model();
    const rec = m.platformCosts.find((e) => e.platform === m.recommendation)!;
    expect(rec.basis).toBe('spec-mix');
    expect(rec.costPerRequest).toBeCloseTo(m.costPerRequest, 12);
    expect(rec.mix.every((x) => x.standsInFor === null)).toBe(true);
  });

  it('prices every other candidate with its own models of the same tier, naming what each stands in for', () => {
    // Northwind recommends Claude on Bedrock; Azure OpenAI offers Claude too in the catalog, but a
    // like-for-like comparison of Azure OpenAI prices its own GPT models of the same tiers.
    const spec = reference();
    delete spec.platforms.candidates['azure-openai']!.models;
    const m = buildModel(spec, loadCatalog());
    const azure = m.platformCosts.find((e) => e.platform === 'azure-openai')!;
    const tiers = loadCatalog()['azure-openai']!.tiers!;
    expect(azure.basis).toBe('tier-equivalent');
    expect(azure.mix).toEqual([
      { model: tiers.small, share: 70, standsInFor: 'claude-haiku-4-5', tier: 'small' },
      { model: tiers.medium, share: 30, standsInFor: 'claude-sonnet-4-5', tier: 'medium' },
    ]);
    const { input, output } = spec.costs.usage.tokensPerRequest;
    expect(azure.costPerRequest).toBeCloseTo(
      perRequest(input, output, [
        ['azure-openai', tiers.small!, 70],
        ['azure-openai', tiers.medium!, 30],
      ]),
      12,
    );
    expect(azure.costPerRequest).not.toBeCloseTo(m.costPerRequest, 6);
  });

  it('prefers the models the spec lists for a candidate, tier by tier, and keeps a listed model of the mix itself', () => {
    const spec = parse(readFileSync(new URL('../../specs/harbor-outfitters.yaml', import.meta.url), 'utf8')) as Spec;
    spec.platforms.candidates['aws-bedrock']!.models = ['claude-sonnet-4-5', 'amazon-nova-lite'];
    const m = buildModel(spec, loadCatalog());
    const aws = m.platformCosts.find((e) => e.platform === 'aws-bedrock')!;
    for (const x of aws.mix) {
      expect(loadCatalog()['aws-bedrock']!.models[x.model]!.tier).toBe(x.tier);
      expect(['claude-sonnet-4-5', 'amazon-nova-lite']).toContain(x.model);
    }
    expect(aws.mix.map((x) => x.share).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('leaves a candidate unpriced, naming the model, when no model of its tier is known', () => {
    const spec = reference();
    spec.costs.models = [{ model: 'in-house-llm', share: 100, inputPer1M: 2, outputPer1M: 4 }];
    const unpriced = buildModel(spec, loadCatalog()).platformCosts.filter((e) => e.platform !== spec.platforms.recommendation);
    expect(unpriced.length).toBeGreaterThan(0);
    for (const e of unpriced) expect(e).toMatchObject({ priced: false, missingModels: ['in-house-llm'], costPerRequest: null, monthlyAtScale: null });
    spec.costs.models = [{ model: 'in-house-llm', share: 100, inputPer1M: 2, outputPer1M: 4, tier: 'large' }];
    const vertex = buildModel(spec, loadCatalog()).platformCosts.find((e) => e.platform === 'google-vertex')!;
    expect(vertex.mix).toEqual([{ model: loadCatalog()['google-vertex']!.tiers!.large, share: 100, standsInFor: 'in-house-llm', tier: 'large' }]);
  });
});

describe('deployment phases', () => {
  it("places each phase on the week axis and finds the rollout's last week", () => {
    const m = model();
    expect(m.phases.map((p) => [p.name, p.startWeek, p.endWeek])).toEqual([
      ['Pilot', 1, 4],
      ['Limited availability', 5, 12],
      ['General availability', 13, 24],
    ]);
    expect(m.rolloutWeeks).toBe(24);
    // 11 components, one of them the clinicians (kind user).
    expect(m.systemComponents).toBe(10);
  });
});
