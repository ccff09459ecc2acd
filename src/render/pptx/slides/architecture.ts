// The reference architecture diagram, taken only from the tool's own renders
// (never a path or URL from the spec): one slide when its labels read at 9 pt
// or more there (src/render/images/slide-fit.ts), otherwise one slide per part.
import { Buffer } from 'node:buffer';
import { kindName, zoneName } from '../../../present/index.js';
import { altText, describeDiagram } from '../../mermaid/describe.js';
import { SLIDE_PICTURE } from '../../images/slide-fit.js';
import type { DiagramImage } from '../../types.js';
import { CONTENT, addEmpty, addTable, contentSlide, type Box, type Column, type DeckContext, type Slide } from '../layout.js';

export const ARCHITECTURE_DIAGRAM = 'reference-architecture' as const;
const MISSING = 'The architecture diagram needs a browser to render. Install Chromium — `npx aiarch doctor --fix` — and rebuild.';
const TABLE_ROWS = 7;

/** The largest box of the image's aspect ratio that fits `box`, centred. */
export function fitImage(width: number, height: number, box: Box): Box {
  if (!(width > 0) || !(height > 0)) return box;
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** One picture a slide shows: the whole diagram, or one of its parts. */
interface Picture {
  readonly title: string;
  readonly alt: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * The pictures of the architecture section: the whole diagram when its labels
 * read at SLIDE_LABEL_PT or more on a slide, otherwise its parts, one per
 * slide (the renderer draws them only in that case).
 */
export function architecturePictures(image: Pick<DiagramImage, 'png' | 'width' | 'height' | 'parts'>, title: string, alt: string): Picture[] {
  const parts = image.parts ?? [];
  if (parts.length === 0) return [{ title, alt, png: image.png, width: image.width, height: image.height }];
  return parts.map((part, index) => ({
    title: `${title} (${index + 1} of ${parts.length}): ${part.title}`,
    alt: altText({ title: 'Reference architecture', description: part.description }),
    png: part.png,
    width: part.width,
    height: part.height,
  }));
}

function addPicture(ctx: DeckContext, slide: Slide, picture: Picture): void {
  const box = fitImage(picture.width, picture.height, SLIDE_PICTURE);
  // A white sheet behind the diagram, so a transparent render stays legible on a dark theme.
  slide.addShape(ctx.pres.ShapeType.rect, { ...box, fill: { color: 'FFFFFF' }, line: { color: ctx.theme.border, width: 0.75 } });
  slide.addImage({ data: `image/png;base64,${Buffer.from(picture.png).toString('base64')}`, ...box, altText: picture.alt });
}

export function addArchitecture(ctx: DeckContext, title: string): void {
  const { model } = ctx;
  const components = model.spec.architecture.components;
  const notes = [
    `Pattern: ${ctx.p.pattern.name}. ${ctx.p.componentCount}.`,
    ...components.map((c) => {
      const detail = [c.service, c.purpose, c.sizing].filter((part): part is string => part !== undefined && part.length > 0).join('; ');
      return `${c.name} (${kindName(c.kind)}${c.zone !== undefined ? `, ${zoneName(c.zone)} zone` : ''})${detail.length > 0 ? `: ${detail}` : ''}.`;
    }),
  ];
  const image = ctx.images.get(ARCHITECTURE_DIAGRAM);
  if (image !== undefined) {
    const alt = altText({ title: 'Reference architecture', description: describeDiagram(ARCHITECTURE_DIAGRAM, model) });
    const pictures = architecturePictures(image, title, alt);
    for (const [index, picture] of pictures.entries()) {
      const partNote = pictures.length > 1 ? [`Part ${index + 1} of ${pictures.length}: ${picture.alt}`] : [];
      addPicture(ctx, contentSlide(ctx, picture.title, index === 0 ? [...partNote, ...notes] : partNote), picture);
    }
    return;
  }
  const slide = contentSlide(ctx, title, [MISSING, ...notes]);
  addEmpty(ctx, slide, MISSING, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 1.1 });
  const columns: Column[] = [
    { header: 'Component', w: 3.4 },
    { header: 'Kind', w: 1.8 },
    { header: 'Zone', w: 1.6 },
    { header: 'Service', w: 5.33 },
  ];
  const shown = components.slice(0, TABLE_ROWS);
  const rows = shown.map((c) => [c.name, kindName(c.kind), c.zone !== undefined ? zoneName(c.zone) : '—', c.service ?? '—']);
  if (components.length > TABLE_ROWS) rows.push([`+${components.length - TABLE_ROWS} more in the notes`, '', '', '']);
  addTable(ctx, slide, columns, rows, { x: CONTENT.x, y: CONTENT.y + 1.35 }, { rowH: 0.44, lines: 1 });
}
