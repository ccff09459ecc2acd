// platform-comparison-analysis.md: Exercise 1.1 of the course.
import type { PlatformScore, StandIn } from '../../model/types.js';
import { type Content, bullets, document, entry, figure, numbered, ruled, section, table } from '../document/build.js';
import type { DocumentTree, List, Section, Table } from '../document/tree.js';
import { catalogFacts } from './catalog-facts.js';
import { type RenderContext, catalogEntry, criterionLabel, joinAnd, omit, platformLabel, recommendedLabel } from './context.js';
import { prose, text } from '../../format/markdown.js';
import { int, oneDecimal, percent, score } from '../../format/numbers.js';
import { constraintsLine, existingInfrastructure, industry, scaleLine } from './scenario.js';

export const TITLE = 'Platform Comparison Analysis';

const modelName = (ctx: RenderContext, platform: string, model: string) =>
  text(ctx.model.catalog[platform]?.models[model]?.name ?? ctx.model.prices.find((p) => p.model === model)?.name ?? model);

/** "GPT-5 mini in place of Claude Haiku 4.5", or the model's own name when it is the recommended mix's. */
function standInLabel(ctx: RenderContext, platform: string, m: StandIn): string {
  const own = modelName(ctx, platform, m.model);
  return m.standsInFor === null ? own : `${own} in place of ${modelName(ctx, ctx.model.recommendation, m.standsInFor)}`;
}

/** The same traffic priced on every candidate, with the model that served each share. */
function estimateTable(ctx: RenderContext): Table {
  const month = ctx.model.platformCosts[0]?.scaleMonth ?? 1;
  const rows = ctx.model.scores.map((s) => {
    const e = ctx.model.platformCosts.find((c) => c.platform === s.platform);
    const priced = e && e.priced && e.costPerRequest !== null && e.monthlyAtScale !== null;
    return [
      text(s.label),
      e
        ? priced
          ? e.mix.map((m) => `${standInLabel(ctx, s.platform, m)} (${percent(m.share)})`).join('; ')
          : `No model of the same tier for ${joinAnd(e.missingModels.map(text))}`
        : '—',
      priced ? ctx.fmt.unitMoney(e.costPerRequest!) : 'not estimated',
      priced ? ctx.fmt.money(e.monthlyAtScale!) : 'not estimated',
    ];
  });
  return table(['Platform', 'Models priced (share of requests)', 'Per request', `AI tokens, month ${month}`], rows, ['l', 'l', 'r', 'r']);
}

function costEstimate(ctx: RenderContext, s: PlatformScore): List {
  const estimate = ctx.model.platformCosts.find((c) => c.platform === s.platform);
  const { input, output } = ctx.spec.costs.usage.tokensPerRequest;
  const hidden = `Hidden costs: infrastructure, operations and support are not in these figures; the [cost model](./cost-model.md) adds them for the recommended platform.`;
  if (!estimate || !estimate.priced || estimate.costPerRequest === null || estimate.monthlyAtScale === null) {
    const models = estimate?.missingModels.map((m) => text(m)) ?? [];
    const why = models.length > 0 ? `${text(s.label)} lists no model of the same tier as ${joinAnd(models)}` : `the model mix has no price on ${text(s.label)}`;
    return bullets([`Per-request pricing: not estimated, because ${why}`, `Monthly estimate at scale: not estimated for the same reason`, hidden]);
  }
  const basis =
    estimate.basis === 'spec-mix'
      ? 'with the recommended model mix'
      : `with this platform's own models of the same tier: ${joinAnd(
          estimate.mix.map((m) => `${standInLabel(ctx, s.platform, m)} (${percent(m.share)} of requests)`),
        )}`;
  return bullets([
    `Per-request pricing: ${ctx.fmt.unitMoney(estimate.costPerRequest)} for an average request of ${int(input)} input and ${int(output)} output tokens ${basis}`,
    `Monthly estimate at scale: ${ctx.fmt.money(estimate.monthlyAtScale)} in AI tokens in month ${estimate.scaleMonth}, the busiest month of the projection`,
    hidden,
  ]);
}

function candidateSection(ctx: RenderContext, s: PlatformScore): Section {
  const candidate = ctx.spec.platforms.candidates[s.platform];
  const path = `platforms.candidates.${s.platform}`;
  const strengths = (candidate?.strengths ?? []).map(text);
  const limitations = (candidate?.limitations ?? []).map(text);
  return section(3, text(s.label), [
    `Rank ${s.rank} of ${ctx.model.scores.length}, with a weighted score of ${oneDecimal(s.weighted)} out of 10.`,
    section(4, 'Strengths for This Scenario', [strengths.length > 0 ? numbered(strengths) : omit(ctx, 'No strengths recorded yet', `${path}.strengths`)]),
    section(4, 'Limitations for This Scenario', [
      limitations.length > 0 ? numbered(limitations) : omit(ctx, 'No limitations recorded yet', `${path}.limitations`),
    ]),
    section(4, 'Relevant Features', [bullets(catalogFacts(ctx, s.platform, catalogEntry(ctx, s.platform)))]),
    section(4, 'Cost Estimate', [costEstimate(ctx, s)]),
  ]);
}

function scoringTable(ctx: RenderContext): Table {
  const { scores, criteria } = ctx.model;
  const rows = criteria.map((c) => [
    criterionLabel(ctx, c.id),
    `${c.weight}%`,
    ...scores.map((s) => score(s.criteria.find((x) => x.criterion === c.id)?.score ?? 0)),
  ]);
  rows.push(['**Weighted Score**', '100%', ...scores.map((s) => `**${oneDecimal(s.weighted)}**`)]);
  return table(['Factor', 'Weight', ...scores.map((s) => text(s.label))], rows, ['l', 'r', ...scores.map(() => 'r' as const)]);
}

/** The lead as printed rounds to 0.0: the scores do not decide, whatever the ranking order says. */
export const isTied = (ctx: RenderContext) => ctx.model.runnerUp !== null && oneDecimal(Math.abs(ctx.model.margin)) === oneDecimal(0);

function sensitivitySentence(ctx: RenderContext): string {
  const sens = ctx.model.sensitivity;
  const top = platformLabel(ctx, ctx.model.topPlatform);
  if (isTied(ctx))
    return `The ranking is not decided by the scores: ${top} and ${platformLabel(ctx, ctx.model.runnerUp!)} are level, so any change of weights or scores can reorder them.`;
  if (!sens) return `The ranking is stable: no shift of a single criterion's weight, up to 100 points, moves ${top} off first place.`;
  const tone = sens.shiftPoints < 10 ? 'The ranking is sensitive to the weights' : 'The ranking is robust to the weights';
  return `${tone}: ${top} stays first unless the weight of ${criterionLabel(ctx, sens.criterion)} ${sens.direction === 'increase' ? 'rises' : 'falls'} by ${oneDecimal(sens.shiftPoints)} points (the other weights rescaled), after which ${platformLabel(ctx, sens.newWinner)} would lead.`;
}

function recommendation(ctx: RenderContext): Content[] {
  const { model, spec } = ctx;
  const rec = model.scores.find((s) => s.platform === model.recommendation);
  const runner = model.runnerUp ? model.scores.find((s) => s.platform === model.runnerUp) : undefined;
  const lead = rec
    ? `**${text(rec.label)}** is recommended with a weighted score of ${oneDecimal(rec.weighted)}` +
      (runner
        ? isTied(ctx)
          ? `, level with ${text(runner.label)} (${oneDecimal(runner.weighted)}): the scores do not decide between them, so the rationale below carries the decision.`
          : model.margin >= 0
            ? `, ${oneDecimal(model.margin)} points ahead of ${text(runner.label)} (${oneDecimal(runner.weighted)}).`
            : `, ${oneDecimal(-model.margin)} points behind ${text(runner.label)} (${oneDecimal(runner.weighted)}); it is recommended over the top score, so the rationale below carries the decision.`
        : '.')
    : `**${recommendedLabel(ctx)}** is recommended.`;
  const source =
    model.recommendationSource === 'derived'
      ? ` It is the highest weighted score.${omit(ctx, 'No recommendation of your own (the top score stands in)', 'platforms.recommendation')}`
      : '';
  const rationale = (spec.platforms.rationale ?? []).map(text);
  return [
    lead + source,
    ...(rationale.length > 0 ? ['Rationale:', numbered(rationale)] : [omit(ctx, 'No rationale recorded yet', 'platforms.rationale')]),
    sensitivitySentence(ctx),
  ];
}

function riskMitigation(ctx: RenderContext): Content[] {
  const risks = ctx.spec.platforms.risks ?? [];
  const rec = ctx.spec.platforms.candidates[ctx.model.recommendation];
  const limitations = (rec?.limitations ?? []).map(text);
  if (risks.length === 0) return [omit(ctx, 'No platform risks', 'platforms.risks')];
  return [
    `How the risks of choosing ${recommendedLabel(ctx)}${limitations.length > 0 ? ', including the limitations above,' : ''} are addressed:`,
    table(
      ['Risk', 'Mitigation'],
      risks.map((r) => [text(r.risk), r.mitigation ? text(r.mitigation) : 'No mitigation recorded']),
    ),
  ];
}

export function buildPlatformComparison(ctx: RenderContext): DocumentTree {
  const { model, spec } = ctx;
  const labels = model.scores.map((s) => text(s.label));
  return document('platform-comparison-analysis', TITLE, [
    `${text(spec.client.name)} evaluated ${model.scores.length} platforms (${joinAnd(labels)}) against ${model.criteria.length} weighted criteria. ${recommendedLabel(ctx)} is recommended.`,
    section(2, 'Client Scenario', [
      bullets([
        entry('Industry', industry(ctx)),
        `**Use Case:** ${text(spec.scenario.useCase)}`,
        `**Scale:** ${scaleLine(ctx)}`,
        entry('Existing Infrastructure', existingInfrastructure(ctx)),
        entry('Key Constraints', constraintsLine(ctx)),
      ]),
      ...(spec.scenario.description ? prose(spec.scenario.description) : []),
    ]),
    section(2, 'Platform Evaluation', [
      'A standard platform decision tree narrows the field before scoring. This client takes the highlighted path:',
      numbered(model.decisionPath.map((d) => `${text(d.question)} **${text(d.answer)}** → ${text(d.outcome)}.`)),
      figure(ctx.diagrams, 'decision-tree', 'platform decision tree'),
      // Candidates are ruled off from each other and from the scoring that follows.
      ...model.scores.map((s, i) => (i === 0 ? candidateSection(ctx, s) : ruled(candidateSection(ctx, s)))),
    ]),
    ruled(
      section(2, 'Weighted Scoring', [
        'Each criterion is scored from 0 to 10; the weighted score is the sum of weight times score.',
        scoringTable(ctx),
        figure(ctx.diagrams, 'weighted-scores', 'weighted scores'),
        section(3, 'Token Cost at the Same Traffic', [
          'Each platform is priced for the same requests. Where it does not offer the recommended models, its own model of the same tier (small, medium or large) serves that share.',
          estimateTable(ctx),
        ]),
      ]),
    ),
    section(2, 'Recommendation', recommendation(ctx)),
    section(2, 'Risk Mitigation', riskMitigation(ctx)),
  ]);
}
