// Shared helpers for the deck tests: a model from the fixture spec, the deck
// unzipped, and strict checks on every XML part.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { loadCatalog } from '../../../src/catalog/load.js';
import { buildModel } from '../../../src/model/build.js';
import type { Model } from '../../../src/model/types.js';
import { loadSpec } from '../../../src/spec/load.js';
import type { Spec } from '../../../src/spec/types.js';

/** The fixture through the spec loader, as a build reads it: a fixture that does not validate fails the test. */
export function referenceSpec(): Spec {
  const source = loadSpec('fixtures/reference.yaml', readFileSync(new URL('./fixtures/reference.yaml', import.meta.url)));
  if (source.spec === null)
    throw new Error(`fixtures/reference.yaml does not validate: ${source.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`);
  return source.spec;
}

export function modelOf(spec: Spec): Model {
  return buildModel(spec, loadCatalog());
}

export interface Part {
  readonly name: string;
  readonly text: string;
}

export async function xmlParts(deck: Uint8Array): Promise<Part[]> {
  const zip = await JSZip.loadAsync(deck);
  const parts: Part[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    parts.push({ name: entry.name, text: await entry.async('string') });
  }
  return parts;
}

export async function entryNames(deck: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(deck);
  return Object.values(zip.files)
    .filter((e) => !e.dir)
    .map((e) => e.name);
}

// XML 1.0 Char production, as UTF-16 code units (a pair encodes #x10000–#x10FFFF).
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// A bare `&` not starting an entity or character reference.
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * Problems that make a part malformed XML. fast-xml-parser checks structure;
 * it accepts characters XML forbids, so the Char production and bare `&` are
 * checked here as well.
 */
export function xmlProblems(part: Part): string[] {
  const problems: string[] = [];
  const result = XMLValidator.validate(part.text, { allowBooleanAttributes: false });
  if (result !== true) problems.push(`${part.name}: ${result.err.code} ${result.err.msg} at ${result.err.line}:${result.err.col}`);
  const bad = NOT_XML_CHAR.exec(part.text);
  if (bad) problems.push(`${part.name}: character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad.index}`);
  const amp = BARE_AMPERSAND.exec(part.text);
  if (amp) problems.push(`${part.name}: bare & at ${amp.index}: ${part.text.slice(amp.index, amp.index + 20)}`);
  return problems;
}

export function slideNumber(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)?.[1] ?? NaN);
}

/** Slide parts in slide order. */
export function slides(parts: readonly Part[]): Part[] {
  return parts.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p.name)).sort((a, b) => slideNumber(a.name) - slideNumber(b.name));
}

export function notes(parts: readonly Part[]): Part[] {
  return parts.filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p.name)).sort((a, b) => slideNumber(a.name) - slideNumber(b.name));
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** The text runs of a slide or notes part, decoded, joined by spaces. */
export function textOf(part: Part): string {
  return [...part.text.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join(' ');
}

/** The title text of each slide (the first run on a content slide). */
export function firstRun(part: Part): string {
  return decode(/<a:t>([^<]*)<\/a:t>/.exec(part.text)?.[1] ?? '');
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid RGB PNG of the given size, built by hand (signature, IHDR, IDAT, IEND). */
export function tinyPng(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const EMU_PER_IN = 914_400;

/** A reference-architecture picture of the deck: the slide it is on, its placed width and the image it shows. */
export interface PlacedPicture {
  readonly slide: string;
  readonly widthIn: number;
  readonly png: Buffer;
  readonly alt: string;
}

/** Each picture of the deck described as the reference architecture: where it sits and which image it shows. */
export async function architecturePictures(deck: Uint8Array): Promise<PlacedPicture[]> {
  const zip = await JSZip.loadAsync(deck);
  const placed: PlacedPicture[] = [];
  const slides = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  for (const name of slides) {
    const xml = await zip.file(name)!.async('string');
    const rels = (await zip.file(name.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'))?.async('string')) ?? '';
    for (const [pic] of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
      const alt = /descr="([^"]*)"/.exec(pic)?.[1] ?? '';
      if (!alt.startsWith('Reference architecture')) continue;
      const embed = /r:embed="([^"]+)"/.exec(pic)![1]!;
      const target = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${embed}"`).exec(rels)![1]!;
      const png = Buffer.from(await zip.file(`ppt/${target.replace('../', '')}`)!.async('uint8array'));
      const cx = Number(/<a:ext cx="(\d+)"/.exec(pic)![1]);
      placed.push({ slide: name, widthIn: cx / EMU_PER_IN, png, alt });
    }
  }
  return placed;
}
