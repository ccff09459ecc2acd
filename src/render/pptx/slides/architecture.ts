// The reference architecture diagram, taken only from the tool's own renders
// (never a path or URL from the spec): one slide when its labels read at 9 pt
// or more there (src/render/images/slide-fit.ts), otherwise its parts, side by
// side where they still read at 9 pt, else one slide each.
import { Buffer } from 'node:buffer';
import { kindName, zoneName } from '../../../present/index.js';
import { altText, describeDiagram } from '../../mermaid/describe.js';
import { referencePartsTitle } from '../../mermaid/reference-parts.js';
import { LABEL_PX } from '../../images/config.js';
import { SLIDE_LABEL_PT, SLIDE_PICTURE } from '../../images/slide-fit.js';
import type { Model } from '../../../model/types.js';
import type { DiagramImage } from '../../types.js';
import { CONTENT, addEmpty, addTable, contentSlide, titleFits, type Box, type Column, type DeckContext, type Slide } from '../layout.js';

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
  /** The part's own title ("Edge: Store-and-forward buffer"); null for the whole diagram. */
  readonly part: string | null;
  /** The components the part shows, when the renderer said (a whole diagram: null). */
  readonly members: readonly string[] | null;
  readonly alt: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * The pictures of the architecture section: the whole diagram when its labels
 * read at SLIDE_LABEL_PT or more on a slide, otherwise its parts (the renderer
 * draws them only in that case).
 */
function architecturePictures(image: Pick<DiagramImage, 'png' | 'width' | 'height' | 'parts'>, alt: string): Picture[] {
  const parts = image.parts ?? [];
  if (parts.length === 0) return [{ part: null, members: null, alt, png: image.png, width: image.width, height: image.height }];
  return parts.map((part) => ({
    part: part.title,
    members: part.members ?? null,
    alt: altText({ title: 'Reference architecture', description: part.description }),
    png: part.png,
    width: part.width,
    height: part.height,
  }));
}

/** Space between pictures that share a slide, in inches. */
const GAP = 0.3;
const PARTS_PER_SLIDE = 3;

type Arrangement = 'row' | 'column';

/** Inches per drawing px when `pictures` sit side by side (a row) or one above the other (a column) in the picture area, all at one scale. */
function scaleOf(pictures: readonly Picture[], arrangement: Arrangement): number {
  const gaps = GAP * (pictures.length - 1);
  const sum = (size: (p: Picture) => number) => pictures.reduce((total, p) => total + size(p), 0);
  const most = (size: (p: Picture) => number) => Math.max(...pictures.map(size));
  return arrangement === 'row'
    ? Math.min((SLIDE_PICTURE.w - gaps) / sum((p) => p.width), SLIDE_PICTURE.h / most((p) => p.height))
    : Math.min(SLIDE_PICTURE.w / most((p) => p.width), (SLIDE_PICTURE.h - gaps) / sum((p) => p.height));
}

/** Wide, short parts stack; tall, narrow ones sit side by side: whichever prints them larger. */
function arrange(pictures: readonly Picture[]): { arrangement: Arrangement; scale: number } {
  const row = scaleOf(pictures, 'row');
  const column = scaleOf(pictures, 'column');
  return row >= column ? { arrangement: 'row', scale: row } : { arrangement: 'column', scale: column };
}

/**
 * The parts' titles as one: the title of a part showing all their components
 * ("On-premises, Edge" for on-premises beside the two halves of the edge
 * zone), or, for parts that did not say what they show, their own titles.
 */
function partsTitle(model: Pick<Model, 'spec'>, pictures: readonly Picture[]): string {
  const members = pictures.map((p) => p.members);
  if (members.every((list): list is readonly string[] => list !== null)) return referencePartsTitle(model, members.flat());
  return pictures.map((p) => p.part ?? '').join('; ');
}

const slideTitle = (model: Pick<Model, 'spec'>, title: string, pictures: readonly Picture[], index: number, count: number): string =>
  pictures[0]?.part === null || pictures[0]?.part === undefined ? title : `${title} (${index + 1} of ${count}): ${partsTitle(model, pictures)}`;

/**
 * Parts that read at SLIDE_LABEL_PT or more side by side share a slide, in
 * order, up to three and only while their titles still fit the title bar:
 * a small part (two boxes of Kestrel's edge site) no longer takes a slide alone.
 */
function slidesOf(model: Pick<Model, 'spec'>, pictures: readonly Picture[], title: string): Picture[][] {
  const slides: Picture[][] = [];
  for (const picture of pictures) {
    const current = slides.at(-1);
    const joined = current === undefined ? [] : [...current, picture];
    const fits =
      current !== undefined &&
      picture.part !== null &&
      joined.length <= PARTS_PER_SLIDE &&
      LABEL_PX[ARCHITECTURE_DIAGRAM] * arrange(joined).scale * 72 >= SLIDE_LABEL_PT &&
      titleFits(slideTitle(model, title, joined, pictures.length, pictures.length));
    if (fits) slides[slides.length - 1] = joined;
    else slides.push([picture]);
  }
  return slides;
}

function addPictures(ctx: DeckContext, slide: Slide, pictures: readonly Picture[]): void {
  const { arrangement, scale } = arrange(pictures);
  const size = (p: Picture) => ({ w: p.width * scale, h: p.height * scale });
  const boxes: Box[] = [];
  if (pictures.length === 1 && pictures[0] !== undefined) boxes.push(fitImage(pictures[0].width, pictures[0].height, SLIDE_PICTURE));
  else if (arrangement === 'row') {
    const across = pictures.reduce((sum, p) => sum + size(p).w, 0) + GAP * (pictures.length - 1);
    let x = SLIDE_PICTURE.x + (SLIDE_PICTURE.w - across) / 2;
    for (const p of pictures) {
      boxes.push({ x, y: SLIDE_PICTURE.y + (SLIDE_PICTURE.h - size(p).h) / 2, ...size(p) });
      x += size(p).w + GAP;
    }
  } else {
    const down = pictures.reduce((sum, p) => sum + size(p).h, 0) + GAP * (pictures.length - 1);
    let y = SLIDE_PICTURE.y + (SLIDE_PICTURE.h - down) / 2;
    for (const p of pictures) {
      boxes.push({ x: SLIDE_PICTURE.x + (SLIDE_PICTURE.w - size(p).w) / 2, y, ...size(p) });
      y += size(p).h + GAP;
    }
  }
  pictures.forEach((picture, i) => {
    const box = boxes[i];
    if (box === undefined) return;
    // A white sheet behind the diagram, so a transparent render stays legible on a dark theme.
    slide.addShape(ctx.pres.ShapeType.rect, { ...box, fill: { color: 'FFFFFF' }, line: { color: ctx.theme.border, width: 0.75 } });
    slide.addImage({ data: `image/png;base64,${Buffer.from(picture.png).toString('base64')}`, ...box, altText: picture.alt });
  });
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
    const pictures = architecturePictures(image, alt);
    const slides = slidesOf(model, pictures, title);
    let shown = 0;
    for (const [index, group] of slides.entries()) {
      const partNotes = pictures.length > 1 ? group.map((picture, i) => `Part ${shown + i + 1} of ${pictures.length}: ${picture.alt}`) : [];
      shown += group.length;
      addPictures(ctx, contentSlide(ctx, slideTitle(model, title, group, index, slides.length), index === 0 ? [...partNotes, ...notes] : partNotes), group);
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
