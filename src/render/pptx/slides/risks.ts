// Slide 13: platform and delivery risks with their mitigations.
import { capitalise } from '../format.js';
import { addLead, addTable, bodyBelow, contentSlide, pageTitle, paginateRows, type Column, type DeckContext } from '../layout.js';

const ROW_H = 0.5;

interface RiskRow {
  readonly area: string;
  readonly risk: string;
  readonly likelihood: string;
  readonly impact: string;
  readonly mitigation: string;
}

export function addRisks(ctx: DeckContext, title: string): void {
  const { model } = ctx;
  const risks: RiskRow[] = [
    ...(model.spec.platforms.risks ?? []).map((r) => ({ area: 'Platform', risk: r.risk, likelihood: '—', impact: '—', mitigation: r.mitigation ?? '—' })),
    ...(model.spec.deployment?.risks ?? []).map((r) => ({
      area: 'Delivery',
      risk: r.risk,
      likelihood: r.likelihood !== undefined ? capitalise(r.likelihood) : '—',
      impact: r.impact !== undefined ? capitalise(r.impact) : '—',
      mitigation: r.mitigation ?? '—',
    })),
  ];
  const high = risks.filter((r) => r.impact === 'High').length;
  const lead =
    risks.length > 0
      ? `${risks.length} ${risks.length === 1 ? 'risk' : 'risks'} tracked${high > 0 ? `, ${high} with high impact` : ''}`
      : 'No risks recorded yet';
  const columns: Column[] = [
    { header: 'Risk', w: 3.3 },
    { header: 'Area', w: 1.2 },
    { header: 'Likelihood', w: 1.35, align: 'center' },
    { header: 'Impact', w: 1.15, align: 'center' },
    { header: 'Mitigation', w: 5.13 },
  ];
  const toRow = (r: RiskRow) => [r.risk, r.area, r.likelihood, r.impact, r.mitigation];
  // Rows grow to hold their text; what does not fit continues on the next slide.
  paginateRows(risks, toRow, columns, { rowH: ROW_H }, bodyBelow(lead).h).forEach((rows, page) => {
    const notes = rows.map((r) => `${r.area} risk "${r.risk}" (likelihood ${r.likelihood}, impact ${r.impact}). Mitigation: ${r.mitigation}.`);
    const slide = contentSlide(ctx, pageTitle(title, page), notes);
    const body = addLead(ctx, slide, lead);
    if (rows.length === 0) return;
    addTable(ctx, slide, columns, rows.map(toRow), { x: body.x, y: body.y }, { rowH: ROW_H, fill: body.h });
  });
}
