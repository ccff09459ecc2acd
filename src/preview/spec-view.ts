// One prepared spec as the page's header card, findings, documents and source
// listing. Every number comes from the model or the check report; this only
// formats them.
import type { PreparedSpec } from '../compile/prepare.js';
import { DISTINCTION_SCORE, PASS_SCORE } from '../check/types.js';
import { createFormatter, oneDecimal } from '../format/numbers.js';
import { capitalize, createContext, patternName } from '../render/markdown/context.js';
import { documentHtml } from './markdown.js';
import { issueView, sourceViews } from './issues.js';
import type { HeaderView, SpecModelView } from './view-types.js';

function headerView(prepared: PreparedSpec): HeaderView {
  const { model, report } = prepared;
  const fmt = createFormatter(model.currency);
  const label = (id: string): string => model.scores.find((s) => s.platform === id)?.label ?? id;
  const { budget, roi, year1 } = model;
  const headroom = budget.headroom === null ? null : `${fmt.money(Math.abs(budget.headroom))} ${budget.headroom < 0 ? 'over' : 'under'} budget`;
  const { total, max } = report.rubric;
  return {
    client: model.spec.client.name,
    useCase: model.spec.scenario.useCase,
    pattern: capitalize(patternName(createContext(model, prepared.diagrams))),
    recommendation: label(model.recommendation),
    recommendationSource: model.recommendationSource === 'spec' ? 'set in the spec' : 'derived from the highest weighted score',
    scores: model.scores.map((s) => ({
      platform: s.platform,
      label: s.label,
      weighted: oneDecimal(s.weighted),
      rank: s.rank,
      recommended: s.platform === model.recommendation,
    })),
    year1: fmt.money(year1.total),
    budget: budget.annual === null ? null : fmt.money(budget.annual),
    headroom,
    overBudget: budget.headroom !== null && budget.headroom < 0,
    payback: roi.paybackMonth === null ? `not within ${model.months.length} months` : `month ${roi.paybackMonth}`,
    rubricTotal: total,
    rubricMax: max,
    rubricVerdict: total >= DISTINCTION_SCORE ? 'distinction' : total >= PASS_SCORE ? 'pass' : 'below pass',
    criteria: report.rubric.criteria.map((c) => ({ id: c.id, name: c.name, score: c.score, max: c.max })),
  };
}

export function specModelView(prepared: PreparedSpec): SpecModelView {
  const text = prepared.source.text;
  const sources = sourceViews(new Map([[prepared.file, text], ...(prepared.source.baseTexts ?? [])]));
  const names = prepared.documents.map((d) => d.name);
  return {
    file: prepared.file,
    header: headerView(prepared),
    findings: prepared.report.findings.map((f) => issueView(f, prepared.source.texts, sources)),
    warnings: prepared.warnings.map((d) => issueView(d, prepared.source.texts, sources)),
    documents: prepared.documents.map((d) => ({ name: d.name, title: d.title, html: documentHtml(d, prepared.diagrams, names) })),
    sources,
  };
}
