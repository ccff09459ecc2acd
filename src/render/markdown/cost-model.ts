// cost-model.md: Exercise 1.3 of the course.
import type { CostLine } from '../../model/types.js';
import { appendix, bullets, document, figure, ruled, section, table } from '../document/build.js';
import type { DocumentTree, Section, Table } from '../document/tree.js';
import { budgetSentence, savingsSentence } from './cost-sentences.js';
import { type RenderContext, assumedInline, omit } from './context.js';
import { text } from '../../format/markdown.js';
import { kindName as kindLabel } from '../../present/index.js';
import { priceSources } from '../../present/sources.js';
import { count, int, percent, requestRate } from '../../format/numbers.js';
import { optimizationSections, roiSection, transactionSection } from './cost-sections.js';

export const TITLE = 'Enterprise AI Cost Model';

const SNAPSHOT_MONTHS = [1, 6, 12, 24] as const;
const STORAGE_KINDS = new Set(['storage', 'vector-db']);

function pricing(money: (v: number) => string, unit: (v: number) => string, line: CostLine): string {
  const parts: string[] = [];
  if (line.monthly !== 0) parts.push(`${money(line.monthly)}/month`);
  if (line.perMillionRequests !== 0) parts.push(`${unit(line.perMillionRequests)} per 1M requests`);
  return parts.length > 0 ? parts.join(' + ') : 'No cost recorded';
}

function lineTable(ctx: RenderContext, lines: readonly CostLine[]): Table {
  const components = ctx.spec.architecture.components;
  const money = ctx.fmt.column(lines.flatMap((l) => [l.monthly, ...[0, 11, 23].map((i) => l.byMonth[i] ?? 0)]));
  const month = (line: CostLine, n: number) => money(line.byMonth[n - 1] ?? 0);
  // The storage and transfer template prices a volume: its column shows when any line gives one.
  const volumes = lines.some((l) => l.volume !== null);
  return table(
    ['Component', 'Service', ...(volumes ? ['Volume'] : []), 'Pricing', 'Month 1', 'Month 12', 'Month 24'],
    lines.map((line) => {
      const component = components.find((c) => c.id === line.componentId);
      return [
        text(line.name),
        component?.service ? text(component.service) : component ? kindLabel(component.kind) : 'Shared line item',
        ...(volumes ? [line.volume !== null ? text(line.volume) : '—'] : []),
        pricing(money, ctx.fmt.unitMoney, line),
        month(line, 1),
        month(line, 12),
        month(line, 24),
      ];
    }),
    ['l', 'l', ...(volumes ? ['r' as const] : []), 'l', 'r', 'r', 'r'],
  );
}

/** The dates and sources behind every token price, kept out of the tables that use them; in the PDF, an appendix of its own. */
function sources(ctx: RenderContext): Section {
  const { fmt } = ctx;
  const rows = priceSources(ctx.model);
  if (rows.length === 0) return section(2, 'Sources', []);
  return appendix(
    section(2, 'Sources', [
      `Token prices used in this proposal, per 1M tokens (input / output), with the date each was read:`,
      table(
        ['Platform', 'Model', 'Input / Output', 'Price date', 'Source'],
        rows.map((r) => [
          text(r.platform),
          text(r.model),
          `${fmt.unitMoney(r.inputPer1M)} / ${fmt.unitMoney(r.outputPer1M)}`,
          text(r.asOf),
          r.note === null ? text(r.source) : `${text(r.source)} (${text(r.note)})`,
        ]),
        ['l', 'l', 'r', 'l', 'l'],
      ),
    ]),
  );
}

function usageProfile(ctx: RenderContext): Section {
  const { spec, model } = ctx;
  const usage = spec.costs.usage;
  const first = model.months[0];
  const last = model.months[model.months.length - 1];
  const hours = usage.peak?.hours;
  const multiplier = usage.peak?.multiplier;
  return section(2, 'Baseline Assumptions', [
    section(3, 'Usage Profile', [
      bullets([
        `**Daily active users:** ${first ? int(first.users) : '0'} in month 1, growing to ${last ? int(last.users) : '0'} by month ${last?.month ?? 24}`,
        `**Requests per user per day:** ${int(usage.requestsPerUserPerDay)}, on ${int(model.daysPerMonth)} active days a month`,
        `**Average tokens per request:** ${int(usage.tokensPerRequest.input)} input / ${int(usage.tokensPerRequest.output)} output`,
        `**Peak hours:** ${hours === undefined ? `8 busy hours a day (assumed)${assumedInline(ctx, 'Busy hours assumed to be 8 a day', 'costs.usage.peak.hours')}` : `${int(hours)} busy hours a day`} at ${multiplier === undefined ? `1× (assumed)${assumedInline(ctx, 'Peak multiplier assumed to be 1×', 'costs.usage.peak.multiplier')}` : `${multiplier}×`} the average rate, peaking at ${requestRate(model.peak.requestsPerSecond)} and ${count(model.peak.tokensPerMinute)} tokens per minute in month ${model.peak.month}`,
      ]),
    ]),
    section(3, 'Growth Projections', [
      'Active users are interpolated linearly between the forecast growth points and held flat after the last one.',
      table(
        ['Period', 'Users', 'Requests/Month', 'Input Tokens', 'Output Tokens'],
        SNAPSHOT_MONTHS.flatMap((n) => {
          const m = model.months.find((x) => x.month === n);
          return m ? [[`Month ${n}`, int(m.users), int(m.requests), int(m.inputTokens), int(m.outputTokens)]] : [];
        }),
        ['l', 'r', 'r', 'r', 'r'],
      ),
    ]),
  ]);
}

function aiCosts(ctx: RenderContext): Section {
  const { model, fmt } = ctx;
  const stale = model.prices.filter((p) => p.ageDays !== null && p.ageDays > 180);
  // One precision for the table, as every totals table: not "$142" beside "$90.68".
  const aiMonth = fmt.totals(
    SNAPSHOT_MONTHS.flatMap((n) => {
      const m = model.months.find((x) => x.month === n);
      return m ? [m.aiBaseline, m.ai] : [];
    }),
  );
  return section(2, 'AI API Costs', [
    section(3, 'Model Pricing', [
      table(
        ['Model', 'Traffic Share', 'Input (per 1M tokens)', 'Output (per 1M tokens)'],
        model.prices.map((p) => [text(p.name), percent(p.share), fmt.unitMoney(p.inputPer1M), fmt.unitMoney(p.outputPer1M)]),
        ['l', 'r', 'r', 'r'],
      ),
      `${
        stale.length > 0
          ? `${stale.map((p) => `${text(p.name)} (${p.ageDays} days)`).join(', ')}: price older than 180 days at the proposal date, to be confirmed before sign-off.`
          : `At this mix an average request costs ${fmt.unitMoney(model.costPerRequest)} in tokens.`
      } The date and source of each price are listed under Sources.`,
    ]),
    section(3, 'Monthly Projections', [
      table(
        ['Period', 'Input Tokens', 'Output Tokens', 'AI Cost (baseline)', 'AI Cost (optimized)'],
        SNAPSHOT_MONTHS.flatMap((n) => {
          const m = model.months.find((x) => x.month === n);
          return m ? [[`Month ${n}`, int(m.inputTokens), int(m.outputTokens), aiMonth(m.aiBaseline), aiMonth(m.ai)]] : [];
        }),
        ['l', 'r', 'r', 'r', 'r'],
      ),
    ]),
  ]);
}

function infrastructure(ctx: RenderContext): Section {
  const { model, spec, fmt } = ctx;
  const infra = model.lines.filter((l) => l.category === 'infrastructure');
  const kind = (l: CostLine) => spec.architecture.components.find((c) => c.id === l.componentId)?.kind;
  const storage = infra.filter((l) => l.componentId === null || STORAGE_KINDS.has(kind(l) ?? ''));
  const compute = infra.filter((l) => !storage.includes(l));
  return section(2, 'Infrastructure Costs', [
    infra.length > 0
      ? `Infrastructure comes to ${fmt.money(model.year1.infrastructure)} in year 1 (${fmt.money(model.year1.infrastructureBaseline)} before optimizations). Monthly figures below are before optimizations.`
      : omit(ctx, 'No infrastructure costs yet', 'architecture.components[].cost'),
    section(3, 'Compute', [
      compute.length > 0 ? lineTable(ctx, compute) : omit(ctx, 'No compute, gateway or database costs yet', 'architecture.components[].cost'),
    ]),
    section(3, 'Storage & Transfer', [storage.length > 0 ? lineTable(ctx, storage) : omit(ctx, 'No storage or transfer costs yet', 'costs.infrastructure')]),
  ]);
}

function operational(ctx: RenderContext): Section {
  const { model, fmt } = ctx;
  const ops = model.lines.filter((l) => l.category === 'operations');
  return section(
    2,
    'Operational Costs',
    ops.length > 0
      ? [
          table(
            ['Category', 'Monthly Cost'],
            ops.map((l) => [text(l.name), fmt.column(ops.map((o) => o.monthly))(l.monthly)]),
            ['l', 'r'],
          ),
          `Operations total ${fmt.money(model.year1.operations)} in year 1.`,
        ]
      : [omit(ctx, 'No operational costs yet', 'costs.operations')],
  );
}

function totals(ctx: RenderContext): Section {
  const { model, fmt } = ctx;
  type Period = { ai: number; infrastructure: number; operations: number; total: number };
  const periods: [string, Period][] = [
    ...[1, 6, 12].flatMap((n): [string, Period][] => {
      const m = model.months.find((x) => x.month === n);
      return m ? [[`Month ${n}`, m]] : [];
    }),
    ['Year 1 Total', model.year1],
    ['Year 2 Total', model.year2],
  ];
  const money = fmt.totals(periods.flatMap(([, t]) => [t.ai, t.infrastructure, t.operations, t.total]));
  const row = (label: string, t: Period) => [label, money(t.ai), money(t.infrastructure), money(t.operations), money(t.total)];
  const snapshots = periods.slice(0, -2).map(([label, t]) => row(label, t));
  const bold = (cells: string[]) => cells.map((c) => `**${c}**`);
  const monthly = fmt.totals(model.months.flatMap((m) => [m.ai, m.infrastructure, m.operations, m.baselineTotal, m.total, m.cumulativeCost]));
  return section(2, 'Total Cost Summary', [
    [budgetSentence(ctx), savingsSentence(ctx)].filter((s) => s.length > 0).join(' '),
    table(
      ['Period', 'AI API', 'Infrastructure', 'Operations', 'Total'],
      [...snapshots, bold(row('Year 1 Total', model.year1)), row('Year 2 Total', model.year2)],
      ['l', 'r', 'r', 'r', 'r'],
    ),
    section(3, '24-Month Projection', [
      figure(ctx.diagrams, 'cost-projection', 'cost projection'),
      table(
        ['Month', 'Users', 'Requests', 'AI API', 'Infrastructure', 'Operations', 'Baseline Total', 'Total', 'Cumulative'],
        model.months.map((m) => [
          String(m.month),
          int(m.users),
          int(m.requests),
          monthly(m.ai),
          monthly(m.infrastructure),
          monthly(m.operations),
          monthly(m.baselineTotal),
          monthly(m.total),
          monthly(m.cumulativeCost),
        ]),
        ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    ]),
  ]);
}

export function buildCostModel(ctx: RenderContext): DocumentTree {
  return document('cost-model', TITLE, [
    `This model projects 24 months of AI, infrastructure and operations cost for ${text(ctx.spec.client.name)} on ${text(ctx.p.platform)}, in ${text(ctx.model.currency)}. Costs are optimized figures unless a column says baseline. ${budgetSentence(ctx)}`,
    usageProfile(ctx),
    ...[
      aiCosts(ctx),
      infrastructure(ctx),
      operational(ctx),
      totals(ctx),
      optimizationSections(ctx),
      transactionSection(ctx),
      roiSection(ctx),
      sources(ctx),
    ].map(ruled),
  ]);
}
