// The class scoreboard: one row per spec of the folder, from each spec's last
// good model and check report. A spec whose latest save does not validate
// keeps its last numbers and says why it is stale.
import { createFormatter } from '../format/numbers.js';
import { capitalize, createContext, patternName } from '../render/markdown/context.js';
import type { SpecRunner } from './spec-runner.js';
import type { BoardRowView, BoardState } from './view-types.js';

export function boardState(folder: string, revision: number, runners: readonly SpecRunner[]): BoardState {
  const criteria = new Map<string, string>();
  for (const runner of runners) for (const c of runner.lastGood?.report.rubric.criteria ?? []) if (!criteria.has(c.id)) criteria.set(c.id, c.name);
  const rows = runners.map((runner): BoardRowView => {
    const prepared = runner.lastGood;
    const first = runner.problemList[0];
    const error = runner.failing
      ? `${runner.problemList.length} error${runner.problemList.length === 1 ? '' : 's'}; first: ${first?.where ?? ''} ${first?.code ?? ''} ${first?.message ?? ''}`.trim()
      : null;
    const href = `/spec/${runner.id}`;
    if (!prepared)
      return {
        id: runner.id,
        file: runner.name,
        href,
        client: null,
        platform: null,
        pattern: null,
        year1: null,
        year1Text: null,
        points: [...criteria.keys()].map(() => null),
        total: null,
        findings: null,
        error,
      };
    const { model, report } = prepared;
    const points = new Map(report.rubric.criteria.map((c) => [c.id, c.score]));
    return {
      id: runner.id,
      file: runner.name,
      href,
      client: model.spec.client.name,
      platform: model.scores.find((s) => s.platform === model.recommendation)?.label ?? model.recommendation,
      pattern: capitalize(patternName(createContext(model, prepared.diagrams))),
      year1: model.year1.total,
      year1Text: createFormatter(model.currency).money(model.year1.total),
      points: [...criteria.keys()].map((id) => points.get(id) ?? null),
      total: report.rubric.total,
      findings: report.findings.length,
      error,
    };
  });
  return { kind: 'board', folder, revision, criteria: [...criteria].map(([id, name]) => ({ id, name })), rows };
}
