// compile(): build every spec into <out>/<client-slug>/. One spec's failure
// never stops the others; one browser serves the whole run.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isAbstractSpec } from '../spec/abstract.js';
import { readFromDisk, type ReadFile } from '../spec/extends.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileCache } from '../output/cache.js';
import { writeArtifacts } from '../output/write.js';
import { OUTPUT_FORMATS, type DiagramImage, type OutputFormat } from '../render/types.js';
import { assembleArtifacts, pathsOf } from './artifacts.js';
import { diagramImages, LazyBrowser, proposalPdf, type ImageRenderer, type PdfRenderer } from './browser-stage.js';
import { collectSpecFiles } from './collect.js';
import { executiveDeck } from './deck-stage.js';
import { DiagramPages } from './diagram-pages.js';
import { PagePool } from './page-pool.js';
import { prepareSpec, type PreparedSpec } from './prepare.js';
import type { BuildStage, ProgressListener } from './progress.js';
import type { BrowserSession } from '../browser/session.js';
import type { PrintPage } from '../render/pdf/print.js';
import { findBrowser, type FoundBrowser } from '../browser/find.js';
import type { DeckThemeName } from '../render/pptx/theme.js';
import { authorNotes } from '../check/author-notes.js';
import { authorNotesDocument } from '../render/document/author-notes.js';
import { gapNotes } from '../render/markdown/gaps.js';

export type Paper = 'a4' | 'letter';

export interface CompileOptions {
  /** Output root; each spec goes to <out>/<client-slug>/. */
  readonly out: string;
  /** Default: every format. */
  readonly formats?: readonly OutputFormat[];
  readonly paper?: Paper;
  readonly theme?: DeckThemeName;
  /** --draft: mark the PDF and deck as drafts and add the author notes (check findings and missed rubric points) to both. */
  readonly draft?: boolean;
  /** Browser executable from --browser. */
  readonly browser?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Render cache; default on, under <out>/.aiarch-cache. */
  readonly cache?: boolean;
  /** How diagnostics name a spec file (e.g. relative to the working directory); default: the path itself. */
  readonly displayName?: (file: string) => string;
  /** Test seam: how the browser is found (default: the README's discovery order). */
  readonly findBrowser?: () => FoundBrowser | null;
  /** Test seam: how the one browser is opened. */
  readonly openBrowser?: (found: FoundBrowser) => Promise<BrowserSession>;
  /** Specs rendered at once, each in its own pages of the one browser; default: the number of cores. */
  readonly jobs?: number;
  /** Told when a spec enters a stage and when it is done. */
  readonly onProgress?: ProgressListener;
  /** Test seam: how the proposal PDF is printed. */
  readonly renderPdf?: PdfRenderer;
}

export interface SpecBuild {
  readonly file: string;
  readonly ok: boolean;
  /** The spec's text. */
  readonly text: string;
  /** The loaded sources (the spec and its bases) by file name, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
  /** Files this spec was read from: itself and the bases it extends (as diagnostics name them). */
  readonly inputs: readonly string[];
  readonly slug: string | null;
  readonly dir: string | null;
  /** Errors when !ok, warnings otherwise. */
  readonly diagnostics: readonly Diagnostic[];
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly skipped: readonly OutputFormat[];
  readonly rubricTotal: number | null;
  readonly findings: number;
}

export interface CompileResult {
  readonly specs: readonly SpecBuild[];
  /** Formats no spec could get because no browser was found. */
  readonly skippedForBrowser: readonly OutputFormat[];
  readonly browserLaunched: boolean;
}

/** Renders no build has used for this long leave the cache. */
const CACHE_DAYS = 30;

const BROWSER_FORMATS: readonly OutputFormat[] = ['svg', 'png', 'pdf'];

function failure(file: string, texts: ReadonlyMap<string, string>, diagnostics: readonly Diagnostic[], inputs: readonly string[] = [file]): SpecBuild {
  return {
    file,
    ok: false,
    text: texts.get(file) ?? '',
    texts,
    inputs,
    slug: null,
    dir: null,
    diagnostics,
    written: [],
    unchanged: [],
    skipped: [],
    rubricTotal: null,
    findings: 0,
  };
}

class WriteError extends Error {
  constructor(
    readonly dir: string,
    cause: unknown,
  ) {
    super(`could not write ${dir}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

function renderFailure(file: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof WriteError) {
    return {
      code: 'AIA502',
      severity: 'error',
      message,
      hint: 'Point --out at a folder you can write to; files already there were left as they were or replaced whole.',
      file,
      line: 0,
      column: 0,
      path: '',
    };
  }
  return {
    code: 'AIA500',
    severity: 'error',
    message: `rendering failed: ${message}`,
    hint: 'Run `aiarch doctor` to check the browser; if it persists, report the spec that triggers it.',
    file,
    line: 0,
    column: 0,
    path: '',
  };
}

/** Specs at once by default: one per core (os.availableParallelism). */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function unnumberedContents(file: string, reason: string): Diagnostic {
  return {
    code: 'AIA503',
    severity: 'warning',
    message: `the PDF's contents page was written without page numbers: ${reason}`,
    hint: 'The rest of the PDF is complete. Run `aiarch doctor` to check the browser; if it persists, report the spec that triggers it.',
    file,
    line: 0,
    column: 0,
    path: '',
  };
}

export async function compile(paths: readonly string[], options: CompileOptions): Promise<CompileResult> {
  const formats = new Set(options.formats ?? OUTPUT_FORMATS);
  // An abstract base is built only through the specs that extend it.
  const files = collectSpecFiles(paths).filter((file) => !isAbstractSpec(readFileSync(file)));
  const cacheDir = join(options.out, '.aiarch-cache');
  const cache = fileCache(options.cache === false ? null : cacheDir);
  const needsImages = ['svg', 'png', 'pdf', 'pptx'].some((f) => formats.has(f as OutputFormat));
  const found = options.findBrowser ? options.findBrowser() : findBrowser({ flag: options.browser, env: options.env ?? process.env });
  const browser = new LazyBrowser(found, options.openBrowser);
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  // Heavy renderers load only when this run needs them.
  // The print page is a page at work too: with it, `jobs` pages are busy at
  // once. One diagram page fewer than jobs lets one job lay out diagrams while
  // another prints, and holds one renderer less: a class of ten on two cores
  // peaked at 1,306 MB with a diagram page per job, 871 MB with one (and the
  // pages' garbage collected between specs), in about the same time.
  // Pages release what a spec left only when another spec may use them.
  const reuse = files.length > 1;
  const pages = new DiagramPages(undefined, Math.max(1, jobs - 1), reuse);
  const renderImages: ImageRenderer = (session, sources) => pages.render(session, sources);
  // One warm print page, reused from spec to spec, that the jobs take turns in:
  // a print is short beside a spec's diagrams, and each page open holds a
  // renderer's memory for the whole build.
  // In a build of one spec the print page would wait for the spec's diagrams:
  // it opens as they start, is warmed up (render/pdf/warm-up.ts) and prints the
  // cover meanwhile. In a class it is busy with one spec while the next one's
  // diagrams are laid out, and printing ahead measured no faster (README).
  const ahead = !reuse && options.renderPdf === undefined;
  const paper = options.paper ?? 'a4';
  const printPages = new PagePool<PrintPage>(
    async (session) => {
      const pdf = await import('../render/pdf/index.js');
      return ahead ? pdf.openWarmPrintPage(session, paper) : pdf.openPrintPage(session);
    },
    1,
    reuse,
  );
  const renderPdf: PdfRenderer =
    options.renderPdf ??
    (async (session, { coverAhead, ...input }) => {
      // Awaited before taking the print page, which the cover's print takes too.
      const cover = (await coverAhead) ?? undefined;
      return printPages.use(session, async (printer) =>
        (await import('../render/pdf/index.js')).renderProposalPdf(session, cover === undefined ? input : { ...input, cover }, printer),
      );
    });
  const printCover: CoverPrinter | null = ahead
    ? (session, model) =>
        printPages
          .use(session, async (printer) => (await import('../render/pdf/index.js')).printCover(printer, model, paper), { release: false })
          // A failed early print is not the PDF's failure: the PDF prints its cover itself then.
          .catch(() => null)
    : null;
  const progress = options.onProgress ?? (() => undefined);
  // A cold build (no render cache to read) will need the browser: launch it and load
  // Mermaid into a first page while Node is still reading and modelling the first spec.
  const cold = options.cache === false || !existsSync(cacheDir);
  const warming =
    needsImages && browser.available && files.length > 0 && cold
      ? browser
          .get()
          .then((session) => pages.prewarm(session))
          .catch(() => undefined)
      : null;

  // Results keep the order of the files, whatever order the jobs finish in.
  const results: SpecBuild[] = [];
  const running = new Set<Promise<void>>();
  const slugs = new Map<string, string>();
  try {
    for (const [i, file] of files.entries()) {
      const name = options.displayName?.(file) ?? file;
      const at = { index: i + 1, total: files.length, file: name };
      const settle = (build: SpecBuild): void => {
        results[i] = build;
        progress({ kind: 'done', ...at, ok: build.ok });
      };
      progress({ kind: 'stage', ...at, stage: 'model' });
      // Specs are read and modelled one after another, in order, so the first of two
      // specs with one output folder always wins; rendering and writing run in jobs.
      // Bases a spec `extends` are named relative to its display name; read them from where the spec really is.
      const readFile: ReadFile = (path) => readFromDisk(isAbsolute(path) ? path : resolve(dirname(file), relative(dirname(name), path)));
      const prepared = prepareSpec(name, readFileSync(file), { readFile });
      if (!prepared.ok) {
        settle(failure(name, prepared.texts, prepared.diagnostics));
        continue;
      }
      const slug = prepared.model.clientSlug;
      const clash = slugs.get(slug);
      if (clash) {
        settle(
          failure(name, prepared.source.texts, [
            {
              code: 'AIA501',
              severity: 'error',
              message: `output folder ${slug}/ is already used by ${clash}`,
              hint: 'Give each client a distinct client.name.',
              file: name,
              ...prepared.source.locate('/client/name'),
              path: '/client/name',
            },
          ]),
        );
        continue;
      }
      slugs.set(slug, name);
      // At most `jobs` specs are held in memory and rendered at once.
      while (running.size >= jobs) await Promise.race(running);
      const ctx: BuildContext = {
        out: options.out,
        paper,
        theme: options.theme ?? 'light',
        draft: options.draft === true,
        formats,
        cache,
        needsImages,
        browser,
        renderImages,
        renderPdf,
        printCover,
        stage: (stage) => progress({ kind: 'stage', ...at, stage }),
      };
      const job = buildOne(prepared, ctx).then(settle, (error: unknown) => settle(failure(name, prepared.source.texts, [renderFailure(name, error)])));
      const tracked = job.finally(() => running.delete(tracked));
      running.add(tracked);
    }
    await Promise.all(running);
  } finally {
    await Promise.all(running);
    await warming;
    await Promise.all([pages.close(), printPages.close()]);
    await browser.close();
  }
  await cache.prune(CACHE_DAYS);
  const skippedForBrowser = browser.available ? [] : BROWSER_FORMATS.filter((f) => formats.has(f));
  return { specs: results.filter((r): r is SpecBuild => r !== undefined), skippedForBrowser, browserLaunched: browser.launched };
}

interface BuildContext {
  readonly out: string;
  readonly paper: Paper;
  readonly theme: DeckThemeName;
  readonly draft: boolean;
  readonly formats: ReadonlySet<OutputFormat>;
  readonly cache: ReturnType<typeof fileCache>;
  readonly needsImages: boolean;
  readonly browser: LazyBrowser;
  readonly renderImages: ImageRenderer;
  readonly renderPdf: PdfRenderer;
  readonly printCover: CoverPrinter | null;
  readonly stage: (stage: BuildStage) => void;
}

/** Prints a spec's cover ahead of its PDF; null when that print failed. */
type CoverPrinter = (session: BrowserSession, model: PreparedSpec['model']) => Promise<Uint8Array | null>;

async function buildOne(prepared: PreparedSpec, ctx: BuildContext): Promise<SpecBuild> {
  const wantPdf = ctx.formats.has('pdf');
  // The cover needs no diagram: when the browser has diagrams to lay out, the
  // print page prints it meanwhile. (With every diagram cached, the PDF most
  // likely is too, and nothing is printed ahead.)
  let cover: Promise<Uint8Array | null> | undefined;
  const { printCover } = ctx;
  const onRender = wantPdf && printCover !== null ? (session: BrowserSession) => void (cover = printCover(session, prepared.model)) : undefined;
  if (ctx.needsImages) ctx.stage('diagrams');
  const images: DiagramImage[] | null = ctx.needsImages ? await diagramImages(prepared.diagrams, ctx.cache, ctx.browser, ctx.renderImages, onRender) : null;
  const wantDeck = ctx.formats.has('pptx');
  if (wantPdf || wantDeck) ctx.stage(wantPdf && wantDeck ? 'pdf+deck' : wantPdf ? 'pdf' : 'deck');
  // A draft carries the author notes: the same points in the PDF's last appendix and on the deck's last slides.
  const notes = ctx.draft ? authorNotes(prepared.report) : null;
  const trees = prepared.documents.map((d) => d.tree);
  // The PDF's notes also say what the documents leave out or assume; the deck keeps to the check's points.
  const pdfDocuments = notes !== null ? [...trees, authorNotesDocument(notes, gapNotes(prepared.documents))] : trees;
  // The deck is built in Node while the browser prints the PDF: neither waits for the other.
  const [pdf, deck] = await Promise.all([
    wantPdf
      ? proposalPdf(
          {
            model: prepared.model,
            documents: pdfDocuments,
            diagrams: prepared.diagrams,
            images,
            paper: ctx.paper,
            draft: ctx.draft,
            ...(cover === undefined ? {} : { coverAhead: cover }),
          },
          ctx.cache,
          ctx.browser,
          ctx.renderPdf,
        )
      : null,
    wantDeck ? executiveDeck(prepared.model, images, ctx.theme, ctx.cache, notes) : null,
  ]);
  // A cover printed ahead for a PDF found in the cache after all: let its print end before the build does.
  await cover;
  const warnings = pdf?.unnumbered == null ? prepared.warnings : [...prepared.warnings, unnumberedContents(prepared.file, pdf.unnumbered)];
  const skipped = BROWSER_FORMATS.filter((f) => ctx.formats.has(f) && (f === 'pdf' ? pdf === null : images === null));
  const dir = join(ctx.out, prepared.model.clientSlug);
  const keep = skipped.flatMap((f) => pathsOf(prepared, f));
  let report;
  ctx.stage('write');
  try {
    report = await writeArtifacts(dir, assembleArtifacts(prepared, ctx.formats, { images, pdf: pdf?.bytes ?? null, deck }), keep);
  } catch (error) {
    throw new WriteError(dir, error);
  }
  return {
    file: prepared.file,
    ok: true,
    text: prepared.source.text,
    texts: prepared.source.texts,
    inputs: [prepared.file, ...(prepared.source.baseTexts?.keys() ?? [])],
    slug: prepared.model.clientSlug,
    dir,
    diagnostics: warnings,
    written: report.written,
    unchanged: report.unchanged,
    skipped,
    rubricTotal: prepared.report.rubric.total,
    findings: prepared.report.findings.length,
  };
}
