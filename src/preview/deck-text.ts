// The built deck's slides as titles and text, read back from the PPTX itself,
// so the strip on the page shows exactly what the file holds.
import JSZip from 'jszip';
import type { SlideView } from './view-types.js';

const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;
const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const RUN_TEXT = /<a:t>([^<]*)<\/a:t>/g;
/** Lines kept per slide: enough to recognise it, not the whole deck in the page. */
const MAX_LINES = 30;

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decode(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return NAMED.get(lower) ?? whole;
  });
}

/** Text of each paragraph of one slide's XML, in document order. */
export function slideParagraphs(xml: string): string[] {
  const out: string[] = [];
  for (const paragraph of xml.matchAll(PARAGRAPH)) {
    const text = [...(paragraph[1] ?? '').matchAll(RUN_TEXT)]
      .map((run) => decode(run[1] ?? ''))
      .join('')
      .trim();
    if (text.length > 0) out.push(text);
  }
  return out;
}

export async function deckSlides(pptx: Uint8Array): Promise<SlideView[]> {
  const zip = await JSZip.loadAsync(pptx);
  const entries = Object.keys(zip.files)
    .map((name) => ({ name, number: Number(SLIDE.exec(name)?.[1] ?? Number.NaN) }))
    .filter((e) => Number.isInteger(e.number))
    .sort((a, b) => a.number - b.number);
  const slides: SlideView[] = [];
  for (const { name, number } of entries) {
    const xml = await zip.file(name)?.async('string');
    if (xml === undefined) continue;
    const [title = `Slide ${number}`, ...lines] = slideParagraphs(xml);
    slides.push({ number, title, lines: lines.slice(0, MAX_LINES) });
  }
  return slides;
}
