// Shared inputs and poppler/qpdf wrappers for the PDF tests. Chromium must be
// present: findBrowser returning null fails the suite instead of skipping it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll } from 'vitest';
import { findBrowser } from '../../../src/browser/find.js';
import { type BrowserSession, openBrowser } from '../../../src/browser/session.js';
import { loadCatalog } from '../../../src/catalog/load.js';
import { buildModel } from '../../../src/model/build.js';
import type { Model } from '../../../src/model/types.js';
import { renderDiagramImages } from '../../../src/render/images/index.js';
import { openDiagramRenderer, type DiagramRenderer } from '../../../src/render/images/render.js';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { type ProposalPdfInput, renderProposalPdf } from '../../../src/render/pdf/index.js';
import type { Spec } from '../../../src/spec/types.js';
import type { CourseDocument, DiagramImage, DiagramSource } from '../../../src/render/types.js';
import { smallDiagramWords } from '../../fuzz/diagram-print.js';
import { printedWords } from './word-sizes.js';

export function referenceSpec(): Spec {
  return parse(readFileSync(new URL('../../../specs/northwind-health.yaml', import.meta.url), 'utf8')) as Spec;
}

export async function openTestSession(): Promise<BrowserSession> {
  const found = findBrowser({ env: process.env });
  if (found === null) throw new Error('Chromium is required for the PDF tests (npx aiarch doctor --fix)');
  return openBrowser(found);
}

/** A browser session and a warm diagram page shared by a test file's tests. */
export interface WarmRenderer {
  readonly session: BrowserSession;
  readonly renderer: DiagramRenderer;
}

/** Opens the session and the diagram page before the file's tests and closes them after; read them inside a test. */
export function diagramRendererForFile(): WarmRenderer {
  let session: BrowserSession | undefined;
  let renderer: DiagramRenderer | undefined;
  beforeAll(async () => {
    session = await openTestSession();
    renderer = await openDiagramRenderer(session);
  });
  afterAll(async () => {
    await renderer?.close();
    await session?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session opens in beforeAll: read it inside a test');
    return value;
  };
  return {
    get session() {
      return opened(session);
    },
    get renderer() {
      return opened(renderer);
    },
  };
}

export interface Inputs {
  readonly model: Model;
  /** The six documents, markdown and tree. */
  readonly documents: readonly CourseDocument[];
  readonly input: ProposalPdfInput;
}

/** Everything the pipeline would hand the PDF renderer for this spec. */
export async function pdfInputs(
  session: BrowserSession,
  spec: Spec,
  options: { images: boolean; paper?: 'a4' | 'letter' } = { images: true },
): Promise<Inputs> {
  const model = buildModel(spec, loadCatalog());
  const diagrams = renderDiagramSources(model);
  const documents = renderDocuments(model, diagrams);
  const images = options.images ? await renderDiagramImages(session, diagrams) : null;
  return { model, documents, input: { model, documents: documents.map((d) => d.tree), diagrams, images, paper: options.paper ?? 'a4' } };
}

/** Writes the PDF to a fresh temp dir and returns its path. */
export function writeTemp(pdf: Uint8Array, name = 'proposal.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'aiarch-pdf-')), name);
  writeFileSync(path, pdf);
  return path;
}

/** A printed proposal as the print-size tests read it back. */
export interface PrintedProposal {
  readonly path: string;
  /** Words of its diagrams printed under the floor (the fuzz property's measure). */
  readonly small: readonly string[];
  /** Every printed word, in page order, joined by spaces. */
  readonly text: string;
}

/** Prints a modelled spec's proposal with its rendered diagrams and reads its word sizes and text back. */
export async function printAndRead(
  session: BrowserSession,
  model: Model,
  diagrams: readonly DiagramSource[],
  images: readonly DiagramImage[],
): Promise<PrintedProposal> {
  const documents = renderDocuments(model, diagrams).map((d) => d.tree);
  const pdf = await renderProposalPdf(session, { model, documents, diagrams, images, paper: 'a4' });
  const path = writeTemp(pdf.bytes);
  const text = printedWords(path)
    .map((w) => w.text)
    .join(' ');
  return { path, small: await smallDiagramWords(path), text };
}

export function pdftotext(path: string, page?: number, layout = false): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const mode = layout ? ['-layout'] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...mode, ...range, path, '-'], { encoding: 'utf8' });
}

/** Text of each page, 1-based index 0 = page 1 (pdftotext separates pages with form feeds). */
export function pagesText(path: string): string[] {
  const pages = pdftotext(path).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function pageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error('pdfinfo printed no page count');
  return Number(match[1]);
}

export function pdfinfo(path: string): string {
  return execFileSync('pdfinfo', [path], { encoding: 'utf8' });
}

export interface FontRow {
  readonly name: string;
  readonly embedded: boolean;
}

export function pdffonts(path: string): FontRow[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2);
  return out
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // Columns: name type encoding emb sub uni object ID; the type can hold spaces.
      const cols = line.trim().split(/\s+/);
      const emb = cols.at(-5);
      return { name: cols[0] ?? '', embedded: emb === 'yes' };
    });
}

export function qpdfCheck(path: string): { status: number; output: string } {
  const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** Removes all whitespace: text extraction adds spaces around inline code and breaks long tokens. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Collapses whitespace so text that wraps across lines still matches. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The page numbers the contents page prints, in order, read from pdftotext's
 * layout text of the contents pages (page 2 up to the page the first entry
 * names). A wrapped entry prints its number on its last line only.
 */
export function contentsNumbers(path: string): number[] {
  const numbersOn = (page: number): number[] =>
    pdftotext(path, page, true)
      .split('\n')
      .filter((line) => !/Page \d+ of \d+/.test(line))
      .map((line) => /\S\s{2,}(\d+)$/.exec(line.trimEnd()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]));
  const first = numbersOn(2);
  const bodyStart = first[0] ?? 0;
  return [first, ...Array.from({ length: Math.max(0, bodyStart - 3) }, (_, i) => numbersOn(i + 3))].flat();
}
