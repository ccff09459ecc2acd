// enterprise-architecture-proposal.md: Exercise 2.3 of the course, the capstone.
import { bullets, byline, checklist, document, figure, numbered, ruled, section, table } from '../document/build.js';
import type { DocumentTree, Section } from '../document/tree.js';
import { budgetSentence, paybackSentence, savingsSentence } from './cost-sentences.js';
import { type RenderContext, capitalize, criterionLabel, joinAnd, lowerFirst, omit, recommendedLabel, patternName } from './context.js';

/** No entries: the gap was noted for the author. */
const none = (_noted: ''): [] => [];
import { prose, text } from '../../format/markdown.js';
import { oneDecimal, percent, score } from '../../format/numbers.js';
import { phaseWeeks } from './phases.js';
import { displayDate } from '../../present/index.js';
import { proposalArchitecture, proposalSecurity } from './proposal-sections.js';
import { scaleLine } from './scenario.js';
import { TITLE as COST_TITLE } from './cost-model.js';
import { TITLE as DEPLOYMENT_TITLE } from './deployment-strategy.js';
import { TITLE as RUNBOOK_TITLE } from './operations-runbook.js';
import { TITLE as COMPARISON_TITLE } from './platform-comparison.js';
import { TITLE as SECURITY_TITLE } from './security-architecture.js';
import { APPENDIX_ORDER } from '../types.js';

export const TITLE = 'Enterprise AI Architecture Proposal';

function executiveSummary(ctx: RenderContext): Section {
  const { spec, model, fmt } = ctx;
  const rec = model.scores.find((s) => s.platform === model.recommendation);
  const own = spec.proposal?.executiveSummary ? prose(spec.proposal.executiveSummary) : [];
  const phases = spec.deployment?.phases ?? [];
  const weeks = model.rolloutWeeks;
  return section(2, 'Executive Summary', [
    ...(own.length > 0
      ? own
      : [
          `${text(spec.client.name)} plans to use generative AI for ${lowerFirst(text(spec.scenario.useCase))}.`,
          omit(ctx, 'No executive summary in your own words (the business context)', 'proposal.executiveSummary'),
        ]),
    `We recommend **${recommendedLabel(ctx)}**${rec ? `, which scored ${oneDecimal(rec.weighted)} out of 10 on the weighted evaluation` : ''}, with ${patternName(ctx, true)} reference architecture of ${ctx.p.componentCount}.`,
    `${budgetSentence(ctx)}${model.roi.paybackMonth !== null ? ` Against ${fmt.money(model.roi.year1Benefits)} of year-1 benefits the investment pays back in month ${model.roi.paybackMonth}.` : ''}${weeks !== null ? ` The rollout runs in ${phases.length} phases over ${weeks} weeks.` : ''}`,
  ]);
}

function requirements(ctx: RenderContext): Section {
  const s = ctx.spec.scenario;
  const useCases = s.useCases ?? [];
  const criteria = s.successCriteria ?? [];
  return section(2, 'Business Requirements', [
    section(3, 'Primary Use Cases', [
      useCases.length > 0
        ? numbered(
            useCases.map(
              (u) =>
                `**${text(u.name)}:** ${[u.description ? text(u.description) : '', u.volume ? `Volume: ${text(u.volume)}.` : '', u.priority ? `Priority: ${u.priority}.` : ''].filter(Boolean).join(' ') || 'No description yet.'}`,
            ),
          )
        : `The use case is ${lowerFirst(text(s.useCase))}.${omit(ctx, 'No use-case breakdown', 'scenario.useCases')}`,
      `Expected scale: ${scaleLine(ctx)}.`,
    ]),
    section(3, 'Success Criteria', [
      criteria.length > 0
        ? table(
            ['Metric', 'Current State', 'Target', 'Timeline'],
            criteria.map((c) => [text(c.metric), c.current ? text(c.current) : 'Not measured', text(c.target), c.timeline ? text(c.timeline) : 'Not set']),
          )
        : omit(ctx, 'No success criteria yet', 'scenario.successCriteria'),
    ]),
    section(3, 'Constraints', [
      bullets([
        `**Budget:** ${s.budget ? `${ctx.fmt.money(s.budget.annualUsd)} for year 1` : `not yet set${omit(ctx, 'No budget', 'scenario.budget.annualUsd')}`}`,
        `**Timeline:** ${s.timeline ? `${s.timeline.months} months` : `not yet set${omit(ctx, 'No delivery timeline', 'scenario.timeline.months')}`}`,
        `**Compliance:** ${s.compliance?.length ? joinAnd(s.compliance.map(text)) : `none named${omit(ctx, 'No compliance frameworks named', 'scenario.compliance')}`}`,
        `**Data residency:** ${s.dataResidency?.length ? joinAnd(s.dataResidency.map((r) => text(r.toUpperCase()))) : 'no constraint recorded'}`,
        `**Data sensitivity:** ${s.dataSensitivity ? capitalize(s.dataSensitivity) : `not yet classified${omit(ctx, 'No data sensitivity', 'scenario.dataSensitivity')}`}`,
        ...(s.constraints ?? []).map((c) => `**Other:** ${text(c)}`),
      ]),
    ]),
  ]);
}

function platform(ctx: RenderContext): Section {
  const { model, spec } = ctx;
  const rec = model.scores.find((s) => s.platform === model.recommendation);
  const ordered = rec ? [rec, ...model.scores.filter((s) => s !== rec)] : [...model.scores];
  const rationale = (spec.platforms.rationale ?? []).map(text);
  const risks = spec.platforms.risks ?? [];
  const verdict = (i: number, r: number) => (i === 0 ? '**Recommended**' : r <= 2 ? 'Viable' : 'Not recommended');
  const runner = model.runnerUp ? model.scores.find((s) => s.platform === model.runnerUp) : undefined;
  return section(2, 'Platform Recommendation', [
    section(3, `Selected Platform: ${recommendedLabel(ctx)}`, [
      section(4, 'Rationale', [rationale.length > 0 ? numbered(rationale) : omit(ctx, 'No rationale recorded yet', 'platforms.rationale')]),
      section(4, 'Comparison Summary', [
        runner
          ? `${recommendedLabel(ctx)} leads ${text(runner.label)} by ${oneDecimal(model.margin)} points; the [platform comparison](./platform-comparison-analysis.md) has the full evaluation.`
          : '',
        table(
          ['Factor', 'Weight', ...ordered.map((s) => text(s.label))],
          [
            ...model.criteria.map((c) => [
              criterionLabel(ctx, c.id),
              percent(c.weight),
              ...ordered.map((s) => score(s.criteria.find((x) => x.criterion === c.id)?.score ?? 0)),
            ]),
            ['**Overall**', '100%', ...ordered.map((s) => `**${oneDecimal(s.weighted)}**`)],
            ['Verdict', '', ...ordered.map((s, i) => verdict(i, s.rank))],
          ],
        ),
        figure(ctx.diagrams, 'weighted-scores', 'weighted scores'),
      ]),
      section(4, 'Risks and Mitigations', [
        risks.length > 0
          ? table(
              ['Risk', 'Mitigation'],
              risks.map((r) => [text(r.risk), r.mitigation ? text(r.mitigation) : 'No mitigation recorded']),
            )
          : omit(ctx, 'No platform risks recorded yet', 'platforms.risks'),
      ]),
    ]),
  ]);
}

function costs(ctx: RenderContext): Section {
  const { model, fmt, spec } = ctx;
  const y = model.year1;
  const benefits = spec.costs.benefits ?? [];
  const opts = model.optimizations;
  // A category the proposal prices nothing in says so; "before optimizations" only where they change the figure.
  const lineCount = (category: 'infrastructure' | 'operations'): string => {
    const count = model.lines.filter((l) => l.category === category).length;
    return count === 0 ? 'Not estimated' : `${count} cost ${count === 1 ? 'line' : 'lines'}`;
  };
  const before = (value: number, baseline: number): string => (fmt.money(value) === fmt.money(baseline) ? '' : `${fmt.money(baseline)} before optimizations`);
  const year1 = fmt.totals([y.ai, y.infrastructure, y.operations, y.total]);
  const notes = (parts: readonly string[]): string => parts.filter((part) => part !== '').join('; ');
  return section(2, 'Cost Analysis', [
    section(3, '12-Month Projection', [
      [budgetSentence(ctx), savingsSentence(ctx)].filter(Boolean).join(' '),
      table(
        ['Category', 'Year 1', 'Notes'],
        [
          ['AI API costs', year1(y.ai), notes([model.prices.map((p) => `${text(p.name)} ${percent(p.share)}`).join(', '), before(y.ai, y.aiBaseline)])],
          ['Infrastructure', year1(y.infrastructure), notes([lineCount('infrastructure'), before(y.infrastructure, y.infrastructureBaseline)])],
          ['Operations', year1(y.operations), notes([lineCount('operations')])],
          ['**Total**', `**${year1(y.total)}**`, before(y.total, y.baselineTotal)],
        ],
        ['l', 'r', 'l'],
      ),
      figure(ctx.diagrams, 'cost-projection', 'cost projection'),
    ]),
    section(3, 'Cost Optimization Roadmap', [
      opts.length > 0
        ? table(
            ['Initiative', 'Savings (Year 1, alone)', 'Timeline'],
            opts.map((o) => [text(o.strategy), fmt.totals(opts.map((x) => x.standaloneSavingsYear1))(o.standaloneSavingsYear1), `Month ${o.startMonth}`]),
            ['l', 'r', 'l'],
          )
        : omit(ctx, 'No optimizations planned yet', 'costs.optimizations'),
    ]),
    section(3, 'ROI Analysis', [
      bullets([
        `**Investment:** ${fmt.money(model.roi.year1Cost)} (Year 1)`,
        ...(benefits.length > 0
          ? [
              `**Expected benefits:** ${fmt.money(model.roi.year1Benefits)} in year 1 (${joinAnd(benefits.map((b) => text(b.benefit)))})`,
              `**Payback period:** ${model.roi.paybackMonth === null ? 'not within 24 months' : `month ${model.roi.paybackMonth}`}`,
            ]
          : []),
      ]),
      paybackSentence(ctx),
    ]),
  ]);
}

function roadmap(ctx: RenderContext): Section {
  const phases = ctx.spec.deployment?.phases ?? [];
  return section(2, 'Implementation Roadmap', [
    // Without phases the roadmap chart has nothing to draw: the section goes, rather than a placeholder bar.
    section(3, 'Phase Timeline', [phases.length > 0 ? figure(ctx.diagrams, 'deployment-roadmap', 'deployment roadmap') : '']),
    section(3, 'Key Milestones', [
      phases.length > 0
        ? table(
            ['Milestone', 'Target Date', 'Dependencies'],
            phases.map((p, i) => [
              `${text(p.name)} complete`,
              `Week ${phaseWeeks(ctx, i).end}`,
              i === 0 ? 'Security sign-off; environments provisioned' : `${text(phases[i - 1]?.name ?? '')} go/no-go passed`,
            ]),
          )
        : omit(ctx, 'No phases planned yet', 'deployment.phases'),
    ]),
  ]);
}

function nextSteps(ctx: RenderContext): Section {
  const p = ctx.spec.proposal;
  const steps = (p?.nextSteps ?? []).map(text);
  const decisions = p?.decisions ?? [];
  return section(2, 'Next Steps', [
    section(3, 'Immediate Actions (Next 2 Weeks)', [steps.length > 0 ? checklist(steps) : omit(ctx, 'No next steps yet', 'proposal.nextSteps')]),
    section(3, 'Decision Points', [
      decisions.length > 0
        ? table(
            ['Decision', 'Owner', 'Deadline'],
            decisions.map((d) => [
              text(d.decision),
              d.owner ? text(d.owner) : 'Not assigned',
              d.deadline ? text(displayDate(d.deadline) ?? d.deadline) : 'Not set',
            ]),
          )
        : omit(ctx, 'No decisions listed yet', 'proposal.decisions'),
    ]),
  ]);
}

// The template's appendix headings; the letters follow APPENDIX_ORDER, which the PDF uses too.
const APPENDIX_HEADINGS: Readonly<Record<(typeof APPENDIX_ORDER)[number], readonly [string, string]>> = {
  'cost-model': ['Detailed Cost Model', COST_TITLE],
  'security-architecture-design': ['Security Architecture Details', SECURITY_TITLE],
  'platform-comparison-analysis': ['Platform Comparison Details', COMPARISON_TITLE],
  'deployment-strategy': ['Deployment Strategy', DEPLOYMENT_TITLE],
  'operations-runbook': ['Operations Runbook', RUNBOOK_TITLE],
};
const APPENDICES = APPENDIX_ORDER.map((name, i) => {
  const [heading, title] = APPENDIX_HEADINGS[name];
  return [`Appendix ${String.fromCharCode(65 + i)}: ${heading}`, name, title] as const;
});

export function buildProposal(ctx: RenderContext): DocumentTree {
  const c = ctx.spec.client;
  return document('enterprise-architecture-proposal', TITLE, [
    byline([
      { label: 'Client', value: text(c.name) },
      ...(c.preparedBy ? [{ label: 'Prepared by', value: text(c.preparedBy) }] : none(omit(ctx, 'No author named on the proposal', 'client.preparedBy'))),
      ...(ctx.p.date !== null ? [{ label: 'Date', value: text(ctx.p.date) }] : none(omit(ctx, 'No proposal date', 'client.date'))),
    ]),
    ...[
      executiveSummary(ctx),
      requirements(ctx),
      platform(ctx),
      proposalArchitecture(ctx),
      proposalSecurity(ctx),
      costs(ctx),
      roadmap(ctx),
      nextSteps(ctx),
      section(
        2,
        'Appendices',
        APPENDICES.map(([title, file, name]) => section(3, title, [`See [${name}](./${file}.md).`])),
      ),
    ].map(ruled),
  ]);
}
