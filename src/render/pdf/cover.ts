// The cover: its own page, printed without header and footer and full-bleed,
// then swapped in as page 1 of the body PDF (see index.ts).
import type { Model } from '../../model/types.js';
import { present } from '../../present/index.js';
import { escapeHtml } from './escape.js';
import { FONT_STACK } from './fonts.js';
import type { PaperSize } from './paper.js';
import { ACCENT, INK, MUTED, NAVY } from './style.js';

export const PROPOSAL_TITLE = 'Enterprise AI Architecture Proposal';

function coverCss(paper: PaperSize): string {
  return `
* { font-family: ${FONT_STACK}; box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
.cover { position: relative; width: ${paper.widthMm}mm; height: ${paper.heightMm - 0.5}mm; overflow: hidden; }
.cover .band { background: ${NAVY}; color: #fff; height: 60%; padding: 30mm 22mm 0; position: relative; }
.cover .kicker { font-size: 9pt; font-weight: 600; letter-spacing: 0.18em; text-transform: uppercase; color: #8fd3cb; }
.cover .client { font-size: 15pt; font-weight: 600; margin-top: 4mm; color: #dbe6f3; }
.cover .title { font-size: 32pt; font-weight: 700; line-height: 1.12; margin-top: 22mm; max-width: 150mm;
  letter-spacing: -0.015em; }
.cover .usecase { font-size: 13pt; line-height: 1.4; margin-top: 8mm; max-width: 150mm; color: #c9d6e6; }
.cover .rule { height: 3mm; background: ${ACCENT}; }
.cover .details { padding: 14mm 22mm 0; display: grid; grid-template-columns: 45mm 1fr; row-gap: 5mm; column-gap: 6mm; }
.cover .label { font-size: 8pt; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; color: ${MUTED};
  padding-top: 0.8mm; }
.cover .value { font-size: 11.5pt; color: ${INK}; font-weight: 600; }
.cover .foot { position: absolute; left: 22mm; right: 22mm; bottom: 16mm; font-size: 8pt; color: ${MUTED};
  border-top: 0.3mm solid #d5dce6; padding-top: 3mm; }
`;
}

export function coverHtml(model: Model, paper: PaperSize): { css: string; html: string } {
  const { client, scenario } = model.spec;
  const p = present(model);
  const rows: [string, string][] = [['Prepared for', client.name]];
  if (client.preparedBy !== undefined && client.preparedBy.trim() !== '') rows.push(['Prepared by', client.preparedBy]);
  if (p.date !== null) rows.push(['Date', p.date]);
  rows.push(['Recommended platform', p.platform]);
  const details = rows.map(([label, value]) => `<div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div>`).join('');
  const html = `<div class="cover">
<div class="band">
<div class="kicker">Architecture proposal</div>
<div class="client">${escapeHtml(client.name)}</div>
<div class="title">${escapeHtml(PROPOSAL_TITLE)}</div>
<div class="usecase">${escapeHtml(scenario.useCase)}</div>
</div>
<div class="rule"></div>
<div class="details">${details}</div>
<div class="foot">Confidential — prepared for ${escapeHtml(client.name)}. Figures are estimates derived from the architecture specification.</div>
</div>`;
  return { css: coverCss(paper), html };
}
