// Slide 12: the deployment roadmap as a timeline of native bars on a week axis.
// Positions are layout arithmetic on the spec's weeks, not business numbers.
import type { Phase } from '../../../spec/types.js';
import { phaseWindow } from '../../../present/index.js';
import { capitalise, wholeNumber } from '../format.js';
import { addLead, clip, contentSlide, fitText, lineHeight, pageTitle, pages, type DeckContext } from '../layout.js';

const PHASES_PER_SLIDE = 5;
const TICK_STEPS = [1, 2, 4, 8, 13, 26, 52, 104];

function tickStep(span: number): number {
  return TICK_STEPS.find((step) => span / step <= 12) ?? Math.ceil(span / 12);
}

function weeksLabel(phase: Phase & { readonly endWeek: number }): string {
  return phaseWindow(phase);
}

export function addRoadmap(ctx: DeckContext, title: string): void {
  const { model, theme } = ctx;
  const deployment = model.spec.deployment;
  // Each phase with the model's week window (same index in deployment.phases), in start order.
  const phases = (deployment?.phases ?? [])
    .map((p, i) => ({ ...p, endWeek: model.phases[i]?.endWeek ?? p.startWeek }))
    .sort((a, b) => a.startWeek - b.startWeek);
  const strategy = deployment?.strategy !== undefined ? `${capitalise(deployment.strategy.replace(/-/g, ' '))} rollout` : 'Rollout';
  const lead = deployment?.rationale !== undefined ? `${strategy}: ${deployment.rationale}` : `${strategy} in ${phases.length} phases`;
  const first = phases.length > 0 ? Math.min(...phases.map((p) => p.startWeek)) : 1;
  const last = model.rolloutWeeks ?? 1;
  const span = last - first + 1;
  const step = tickStep(span);
  const colours = [theme.accent, theme.accent2, theme.neutral];
  pages(phases, PHASES_PER_SLIDE).forEach((pagePhases, page) => {
    const notes = [
      page === 0 ? `${lead}.` : '',
      ...pagePhases.map(
        (p) =>
          `${p.name}, ${weeksLabel(p).toLowerCase()} (${p.weeks} weeks)${p.users !== undefined ? `, ${wholeNumber(p.users)} users` : ''}: ${p.scope ?? 'scope not described'}.` +
          (p.successCriteria?.length ? ` Exit criteria: ${p.successCriteria.join('; ')}.` : ''),
      ),
      page === 0 && deployment?.rollback?.length ? `Rollback: ${deployment.rollback.join('; ')}.` : '',
    ];
    const slide = contentSlide(ctx, pageTitle(title, page), notes);
    const body = addLead(ctx, slide, lead);
    if (pagePhases.length === 0) return;
    const labelW = 3.1;
    const axisX = body.x + labelW + 0.2;
    const axisW = body.w - labelW - 0.2;
    const scale = axisW / span;
    const axisY = body.y;
    const rowsY = axisY + 0.5;
    // Few phases get taller rows, not a band of empty slide below them.
    const rowH = Math.min(1.2, (body.h - 0.55) / Math.max(4, pagePhases.length));
    const rowsH = rowH * pagePhases.length;
    // Week ticks and gridlines.
    for (let week = first; week <= last + 1; week += step) {
      const x = axisX + (week - first) * scale;
      slide.addShape(ctx.pres.ShapeType.line, { x, y: rowsY - 0.05, w: 0, h: rowsH + 0.05, line: { color: theme.grid, width: 0.75 } });
      if (week <= last) {
        slide.addText(`W${week}`, {
          x: x - 0.05,
          y: axisY,
          w: Math.max(0.45, step * scale),
          h: 0.35,
          margin: 0,
          valign: 'bottom',
          fontFace: theme.font,
          fontSize: 10,
          color: theme.muted,
        });
      }
    }
    slide.addShape(ctx.pres.ShapeType.line, { x: axisX, y: rowsY - 0.05, w: axisW, h: 0, line: { color: theme.border, width: 1 } });
    pagePhases.forEach((phase, i) => {
      const y = rowsY + i * rowH;
      const detail = [weeksLabel(phase), phase.users !== undefined ? `${wholeNumber(phase.users)} users` : ''].filter((s) => s.length > 0).join(' · ');
      const name = fitText(phase.name, { w: labelW, h: rowH - 0.12 - lineHeight(11) }, { maxSize: 15, minSize: 12, bold: true, maxLines: 2 });
      slide.addText(
        [
          { text: name.text, options: { bold: true, fontSize: name.fontSize, color: theme.text, breakLine: true } },
          { text: clip(detail, labelW, 11), options: { fontSize: 11, color: theme.muted } },
        ],
        { x: body.x, y: y + 0.04, w: labelW, h: rowH - 0.12, margin: 0, valign: 'middle', fontFace: theme.font },
      );
      const barX = axisX + (phase.startWeek - first) * scale;
      const barW = Math.max(0.08, Math.max(1, phase.weeks) * scale);
      const barH = Math.min(0.42, rowH * 0.45);
      const colour = colours[(page * PHASES_PER_SLIDE + i) % colours.length] ?? theme.accent;
      slide.addShape(ctx.pres.ShapeType.roundRect, {
        x: barX,
        y: y + 0.08,
        w: barW,
        h: barH,
        rectRadius: 0.08,
        fill: { color: colour },
        line: { color: colour, width: 0 },
      });
      const weeksText = `${phase.weeks} wk`;
      const inside = barW >= 0.8;
      slide.addText(weeksText, {
        x: inside ? barX : barX + barW + 0.08,
        y: y + 0.08,
        w: inside ? barW : 0.8,
        h: barH,
        margin: 0,
        align: inside ? 'center' : 'left',
        valign: 'middle',
        fontFace: theme.font,
        fontSize: 11,
        bold: true,
        color: inside ? 'FFFFFF' : theme.text,
      });
      if (phase.scope !== undefined) {
        // Under the bar: left-aligned from its start when the line has room, else right-aligned to its end.
        const room = axisX + axisW - barX;
        const fromStart = room >= 4;
        const scopeW = fromStart ? room : Math.min(axisW, Math.max(4, barX + barW - axisX));
        const scopeX = fromStart ? barX : barX + barW - scopeW;
        // As many lines as the row has below the bar.
        const scopeH = Math.max(lineHeight(11), rowH - 0.16 - barH);
        slide.addText(fitText(phase.scope, { w: scopeW, h: scopeH }, { maxSize: 11 }).text, {
          x: scopeX,
          y: y + 0.1 + barH,
          w: scopeW,
          h: scopeH,
          margin: 0,
          valign: 'top',
          align: fromStart ? 'left' : 'right',
          fontFace: theme.font,
          fontSize: 11,
          color: theme.muted,
        });
      }
    });
  });
}
