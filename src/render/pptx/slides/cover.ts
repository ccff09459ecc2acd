// Slide 1 (title) and slide 2 (agenda).
import { capitalise } from '../format.js';
import { CONTENT, MARGIN_X, MASTER_COVER, addNotes, clip, contentSlide, fitText, type DeckContext } from '../layout.js';

export function addCover(ctx: DeckContext): void {
  const { theme, model } = ctx;
  const { client, scenario } = model.spec;
  const slide = ctx.pres.addSlide({ masterName: MASTER_COVER });
  const x = MARGIN_X + 0.4;
  const w = 11.4;
  slide.addText('EXECUTIVE BRIEFING', {
    x,
    y: 1.2,
    w,
    h: 0.4,
    margin: 0,
    fontFace: theme.font,
    fontSize: 14,
    bold: true,
    charSpacing: 3,
    color: theme.accent,
  });
  // A long client name is set smaller, then over two lines, before it is ever
  // shortened; the use case starts below however many lines the name took, and
  // both end above the accent rule at 4.15 in.
  const top = 1.6;
  const name = fitText(client.name, { w, h: 1.6 }, { maxSize: 44, minSize: 28, bold: true, maxLines: 2 });
  const nameH = Math.max(0.8, name.height + 0.1);
  slide.addText(name.text, {
    x,
    y: top,
    w,
    h: nameH,
    margin: 0,
    valign: 'middle',
    fontFace: theme.headingFont,
    fontSize: name.fontSize,
    bold: true,
    color: theme.coverText,
  });
  const useCaseY = top + nameH + 0.1;
  const useCaseH = 4.0 - useCaseY;
  const useCase = fitText(scenario.useCase, { w, h: useCaseH }, { maxSize: 24, minSize: 14, maxLines: 3 });
  slide.addText(useCase.text, {
    x,
    y: useCaseY,
    w,
    h: useCaseH,
    margin: 0,
    valign: 'top',
    fontFace: theme.font,
    fontSize: useCase.fontSize,
    color: theme.coverMuted,
  });
  const byline = [client.preparedBy !== undefined && client.preparedBy.length > 0 ? `Prepared by ${client.preparedBy}` : '', ctx.p.date ?? ''].filter(
    (part) => part.length > 0,
  );
  slide.addText(clip(byline.join('  ·  ') || 'Enterprise AI architecture proposal', w, 18), {
    x,
    y: 4.45,
    w,
    h: 0.45,
    margin: 0,
    fontFace: theme.font,
    fontSize: 18,
    color: theme.coverText,
  });
  const tags = [
    client.industry !== undefined ? capitalise(client.industry.replace(/-/g, ' ')) : '',
    scenario.dataSensitivity !== undefined ? `${capitalise(scenario.dataSensitivity)} data` : '',
    scenario.compliance !== undefined && scenario.compliance.length > 0 ? scenario.compliance.join(', ') : '',
  ].filter((tag) => tag.length > 0);
  if (tags.length > 0) {
    slide.addText(clip(tags.join('  ·  '), w, 14), {
      x,
      y: 5.0,
      w,
      h: 0.4,
      margin: 0,
      fontFace: theme.font,
      fontSize: 14,
      color: theme.coverMuted,
    });
  }
  addNotes(slide, [
    `${client.name}: ${scenario.useCase}.`,
    scenario.description ?? '',
    model.spec.proposal?.executiveSummary ?? '',
    client.preparedBy !== undefined ? `Prepared by ${client.preparedBy}${ctx.p.date !== null ? ` on ${ctx.p.date}` : ''}.` : '',
  ]);
}

export function addAgenda(ctx: DeckContext, sections: readonly string[]): void {
  const { theme } = ctx;
  const slide = contentSlide(ctx, 'Agenda', ['What this briefing covers, in order:', ...sections.map((title, i) => `${i + 1}. ${title}`)]);
  // A short agenda is one column down the slide; a longer one splits in two.
  const columns = sections.length > 7 ? 2 : 1;
  const perColumn = Math.ceil(sections.length / columns);
  const rowH = Math.min(0.72, CONTENT.h / Math.max(1, perColumn));
  const columnW = columns === 2 ? (CONTENT.w - 0.5) / 2 : CONTENT.w * 0.6;
  sections.forEach((title, index) => {
    const column = index < perColumn ? 0 : 1;
    const row = index - column * perColumn;
    const x = CONTENT.x + column * (columnW + 0.5);
    const y = CONTENT.y + 0.1 + row * rowH;
    slide.addText(String(index + 1).padStart(2, '0'), {
      x,
      y,
      w: 0.7,
      h: rowH - 0.12,
      margin: 0,
      valign: 'middle',
      fontFace: theme.headingFont,
      fontSize: 22,
      bold: true,
      color: theme.accent,
    });
    slide.addText(clip(title, columnW - 0.8, 18), {
      x: x + 0.8,
      y,
      w: columnW - 0.8,
      h: rowH - 0.12,
      margin: 0,
      valign: 'middle',
      fontFace: theme.font,
      fontSize: 18,
      color: theme.text,
    });
    slide.addShape(ctx.pres.ShapeType.line, {
      x: x + 0.8,
      y: y + rowH - 0.08,
      w: columnW - 0.8,
      h: 0,
      line: { color: theme.grid, width: 0.75 },
    });
  });
}
