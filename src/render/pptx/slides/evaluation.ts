// Slide 4: platform evaluation — a native bar chart of the weighted scores and
// the scoring table (criteria × the leading candidates).
import { platformName } from '../../../present/index.js';
import { truncate } from '../clean.js';
import { percent, score } from '../format.js';
import { addLabel, addLead, addTable, bodyBelow, contentSlide, pageTitle, paginateRows, type Column, type DeckContext } from '../layout.js';
import type { PlatformScore } from '../../../model/types.js';

/** Candidates the table has room for; all of them are in the chart and the notes. */
const TABLE_CANDIDATES = 3;
const CHART_CANDIDATES = 10;
const ROW_H = 0.4;

/** The recommended platform first among equals, then the others by rank. */
function tableCandidates(scores: readonly PlatformScore[], recommended: string): PlatformScore[] {
  const chosen = scores.filter((s) => s.platform === recommended).slice(0, 1);
  for (const s of scores) {
    if (chosen.length >= TABLE_CANDIDATES) break;
    if (s.platform !== recommended) chosen.push(s);
  }
  return [...chosen].sort((a, b) => a.rank - b.rank);
}

export function labelOf(ctx: DeckContext, platform: string): string {
  return platformName(ctx.model, platform);
}

export function addEvaluation(ctx: DeckContext, title: string): void {
  const { model, theme } = ctx;
  const top = model.scores.find((s) => s.platform === model.topPlatform);
  const lead =
    top !== undefined
      ? `${top.label} scores highest: ${score(top.weighted)} of 10 across ${model.criteria.length} weighted criteria`
      : 'Weighted scores of the candidate platforms';
  const notes = [
    'Weighted score = sum of weight × score / 100, on a 0–10 scale.',
    ...model.scores.map(
      (s) =>
        `${s.rank}. ${s.label}: ${score(s.weighted)}` +
        ` (${s.criteria.map((c) => `${labelOfCriterion(ctx, c.criterion)} ${score(c.score)} × ${percent(c.weight)}`).join(', ')})`,
    ),
    ...model.scores.flatMap((s) => {
      const candidate = model.spec.platforms.candidates[s.platform];
      return [
        candidate?.strengths?.length ? `${s.label} strengths: ${candidate.strengths.join('; ')}.` : '',
        candidate?.limitations?.length ? `${s.label} limitations: ${candidate.limitations.join('; ')}.` : '',
      ];
    }),
  ];
  const shown = tableCandidates(model.scores, model.recommendation);
  const candidateW = shown.length > 0 ? (6.43 - 2.2 - 0.9) / shown.length : 1;
  const columns: Column[] = [
    { header: 'Criterion', w: 2.2 },
    { header: 'Weight', w: 0.9, align: 'center' },
    ...shown.map((s): Column => ({ header: s.label, w: candidateW, align: 'center' })),
  ];
  const rows = model.criteria.map((criterion) => [
    criterion.label,
    percent(criterion.weight),
    ...shown.map((s) => {
      const found = s.criteria.find((c) => c.criterion === criterion.id);
      return found !== undefined ? score(found.score) : '—';
    }),
  ]);
  // The weighted-score total closes the table, on whichever slide it ends.
  const total = ['Weighted score', '', ...shown.map((s) => score(s.weighted))];
  const criteriaPages = paginateRows([...rows, total], (row) => row, columns, { rowH: ROW_H, lines: 2 }, bodyBelow(lead).h - 0.5);
  criteriaPages.forEach((pageRows, page) => {
    const last = page === criteriaPages.length - 1;
    const slide = contentSlide(ctx, pageTitle(title, page), page === 0 ? notes : ['Scoring table continued; see the previous slide for the weighted scores.']);
    const body = addLead(ctx, slide, lead);
    const tableX = page === 0 ? body.x + body.w - 6.43 : body.x;
    if (page === 0) {
      addLabel(ctx, slide, 'Weighted score (0–10)', { x: body.x, y: body.y, w: 5.3, h: 0.35 });
      const charted = model.scores.slice(0, CHART_CANDIDATES);
      // Horizontal bars draw the first category at the bottom: reverse so rank 1 is on top.
      const ordered = [...charted].reverse();
      slide.addChart(
        ctx.pres.ChartType.bar,
        [{ name: 'Weighted score', labels: ordered.map((s) => truncate(s.label, 28)), values: ordered.map((s) => s.weighted) }],
        {
          x: body.x,
          y: body.y + 0.45,
          w: 5.3,
          h: body.h - 0.5,
          barDir: 'bar',
          chartColors: ordered.map((s) => (s.platform === model.recommendation ? theme.accent : theme.neutral)),
          valAxisMinVal: 0,
          valAxisMaxVal: 10,
          valAxisMajorUnit: 2,
          valAxisLabelColor: theme.muted,
          valAxisLabelFontFace: theme.font,
          valAxisLabelFontSize: 10,
          valGridLine: { color: theme.grid, size: 0.5 },
          catAxisLabelColor: theme.text,
          catAxisLabelFontFace: theme.font,
          catAxisLabelFontSize: 12,
          catGridLine: { style: 'none' },
          showValue: true,
          dataLabelFormatCode: '0.0',
          dataLabelColor: theme.text,
          dataLabelFontSize: 12,
          dataLabelFontBold: true,
          dataLabelPosition: 'outEnd',
          barGapWidthPct: 60,
          showLegend: false,
          altText: `Bar chart of weighted scores: ${charted.map((s) => `${s.label} ${score(s.weighted)}`).join(', ')}`,
        },
      );
    }
    const tableRows = pageRows;
    addLabel(
      ctx,
      slide,
      shown.length < model.scores.length ? `Scores of the top ${shown.length} of ${model.scores.length} candidates` : 'Scores by criterion (0–10)',
      {
        x: tableX,
        y: body.y,
        w: 6.43,
        h: 0.35,
      },
    );
    addTable(
      ctx,
      slide,
      columns,
      tableRows,
      { x: tableX, y: body.y + 0.5 },
      {
        rowH: ROW_H,
        lines: 2,
        fill: body.h - 0.5,
        emphasis: last ? new Set([tableRows.length - 1]) : new Set(),
      },
    );
  });
}

export function labelOfCriterion(ctx: DeckContext, id: string): string {
  return ctx.model.criteria.find((c) => c.id === id)?.label ?? id;
}
