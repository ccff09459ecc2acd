// One spec under preview. A save goes through three stages, each published as
// soon as it is done: the model, findings and documents (in memory, at once);
// the diagrams (the warm browser, from the render cache when unchanged); then
// the full build into the output folder (PDF, deck, files), through compile().
// A save that does not validate leaves the last good stages in place and adds
// its diagnostics on top.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { compile, type SpecBuild } from '../compile/index.js';
import { DECK_FILE, PDF_FILE } from '../compile/artifacts.js';
import { diagramImages, type ImageRenderer } from '../compile/browser-stage.js';
import { prepareSpec, type PreparedSpec } from '../compile/prepare.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ContentCache } from '../output/cache.js';
import type { DeckThemeName } from '../render/pptx/theme.js';
import type { DiagramImage } from '../render/types.js';
import { readFromDisk, type ReadFile } from '../spec/extends.js';
import { deckSlides } from './deck-text.js';
import { issueView, sourceViews } from './issues.js';
import { specModelView } from './spec-view.js';
import type { BuildView, DiagramsView, IssueView, SourceView, SpecModelView, SpecPageState } from './view-types.js';
import type { WarmBrowser } from './warm-browser.js';

export interface RunnerContext {
  readonly out: string;
  readonly paper: 'a4' | 'letter';
  readonly theme: DeckThemeName;
  readonly env: NodeJS.ProcessEnv;
  readonly cache: ContentCache;
  readonly browser: WarmBrowser;
  /** Renders diagrams in the preview's warm diagram page. */
  readonly renderImages: ImageRenderer;
  readonly display: (file: string) => string;
  /** True once the preview is shutting down. */
  readonly closed: () => boolean;
  /** The spec (by display name) that owns an output folder: the first, in file order, whose client has that slug. */
  readonly slugOwner: (slug: string) => string | null;
}

const hash = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex').slice(0, 12);

function readFailure(file: string, error: unknown): Diagnostic {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return {
    code: 'AIA001',
    severity: 'error',
    message: `cannot read the spec (${reason})`,
    hint: 'Save the file again; the preview shows it as soon as it can be read.',
    file,
    line: 0,
    column: 0,
    path: '',
  };
}

export class SpecRunner {
  /** Whether a page of this spec was opened: only then are diagrams and files built. */
  active = false;
  /** Set by a change, cleared once diagrams and files match the last good model. */
  needsRender = true;
  private revision = 0;
  /** Counts model changes, so a slow stage that finishes after a newer save does not overwrite it. */
  private generation = 0;
  private prepared: PreparedSpec | null = null;
  private model: SpecModelView | null = null;
  private problems: readonly IssueView[] = [];
  private problemSources: readonly SourceView[] = [];
  private inputs: readonly string[];
  private textsKey = '';
  private diagrams: DiagramsView = { status: 'waiting', message: null, items: [] };
  private readonly images = new Map<string, DiagramImage>();
  private build: BuildView = { status: 'waiting', message: null, dir: null, pdf: null, pptx: null, slides: [] };
  /** The output folder name of the last build, for the /out/ route. */
  slug: string | null = null;

  constructor(
    readonly id: string,
    readonly file: string,
    /** The file as the terminal names it. */
    readonly name: string,
    private readonly boardUrl: string | null,
  ) {
    this.inputs = [file];
  }

  /** Files this spec was last read from (itself and its bases), absolute. */
  get watchedFiles(): readonly string[] {
    return this.inputs;
  }

  get lastGood(): PreparedSpec | null {
    return this.prepared;
  }

  /** Changes whenever a save changes the model. */
  get modelGeneration(): number {
    return this.generation;
  }

  get failing(): boolean {
    return this.problems.length > 0;
  }

  get problemList(): readonly IssueView[] {
    return this.problems;
  }

  svg(name: string): string | null {
    return this.images.get(name)?.svg ?? null;
  }

  /** Stage 1: parse, validate, model, check and documents, in memory. Returns whether anything the page shows changed. */
  prepare(): boolean {
    const name = this.name;
    let content: Buffer;
    try {
      content = readFileSync(this.file);
    } catch (error) {
      return this.fail([readFailure(name, error)], new Map([[name, '']]));
    }
    // Bases are named relative to the display name; read them from where the spec really is.
    const readBase: ReadFile = (path) => readFromDisk(isAbsolute(path) ? path : resolve(dirname(this.file), relative(dirname(name), path)));
    const prepared = prepareSpec(name, content, { readFile: readBase });
    if (!prepared.ok) return this.fail(prepared.diagnostics, prepared.texts);
    const bases = [...(prepared.source.baseTexts ?? [])];
    const key = hash(JSON.stringify([prepared.source.text, bases]));
    const recovered = this.problems.length > 0;
    this.problems = [];
    this.problemSources = [];
    this.inputs = [this.file, ...bases.map(([base]) => resolve(dirname(this.file), relative(dirname(name), base)))];
    if (key === this.textsKey && !recovered) return false;
    this.textsKey = key;
    this.prepared = prepared;
    this.model = specModelView(prepared);
    this.generation += 1;
    this.needsRender = true;
    this.revision += 1;
    return true;
  }

  private fail(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>): boolean {
    const sources = sourceViews(texts);
    this.problems = diagnostics.filter((d) => d.severity === 'error').map((d) => issueView(d, texts, sources));
    if (this.problems.length === 0) this.problems = diagnostics.map((d) => issueView(d, texts, sources));
    this.problemSources = sources;
    this.textsKey = '';
    this.revision += 1;
    return true;
  }

  /** Marks the diagrams and files as being brought up to date with the new model. */
  beginRender(): void {
    if (this.diagrams.status === 'ready') this.diagrams = { ...this.diagrams, status: 'working' };
    if (this.build.status === 'ready' || this.build.status === 'waiting') this.build = { ...this.build, status: 'working' };
    this.revision += 1;
  }

  /** Stage 2: the nine diagrams from the warm browser (cache hits cost nothing). */
  /** Resolves false when a newer save made this render moot. */
  async renderDiagrams(ctx: RunnerContext): Promise<boolean> {
    const prepared = this.prepared;
    if (!prepared) return false;
    const generation = this.generation;
    const items = (urlOf: (name: string) => string | null) =>
      prepared.diagrams.map((d) => {
        const image = this.images.get(d.name);
        return { name: d.name, title: d.title, url: urlOf(d.name), width: image?.width ?? 0, height: image?.height ?? 0 };
      });
    if (!ctx.browser.found) {
      this.diagrams = {
        status: 'no-browser',
        message: 'No Chromium or Chrome found: run `npx aiarch doctor --fix` (or set AIARCH_BROWSER), then restart the preview.',
        items: items(() => null),
      };
      this.revision += 1;
      return true;
    }
    try {
      const images = await diagramImages(prepared.diagrams, ctx.cache, await ctx.browser.current(), ctx.renderImages);
      if (images === null) throw new Error('no browser');
      if (generation !== this.generation || ctx.closed()) return false;
      this.images.clear();
      for (const image of images) this.images.set(image.name, image);
      this.diagrams = {
        status: 'ready',
        message: null,
        items: items((name) => {
          const svg = this.images.get(name)?.svg;
          return svg === undefined ? null : `/diagram/${this.id}/${name}.svg?v=${hash(svg)}`;
        }),
      };
    } catch (error) {
      if (generation !== this.generation) return false;
      this.diagrams = {
        ...this.diagrams,
        status: 'failed',
        message: `diagrams could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    this.revision += 1;
    return true;
  }

  /** Stage 3: the whole build into the output folder, through the same compile() as `aiarch build`. */
  async buildFiles(ctx: RunnerContext): Promise<void> {
    if (!this.prepared) return;
    const generation = this.generation;
    const slug = this.prepared.model.clientSlug;
    const owner = ctx.slugOwner(slug);
    if (owner !== null && owner !== this.name) {
      // As in `aiarch build`: two specs never write the same output folder (AIA501).
      this.build = {
        ...this.build,
        status: 'failed',
        message: `AIA501 output folder ${slug}/ is already used by ${owner}; give each client a distinct client.name`,
      };
      this.revision += 1;
      return;
    }
    this.build = { ...this.build, status: 'working' };
    const result = await compile([this.file], {
      out: ctx.out,
      paper: ctx.paper,
      theme: ctx.theme,
      env: ctx.env,
      displayName: ctx.display,
      findBrowser: () => ctx.browser.found,
      openBrowser: () => ctx.browser.borrowed(),
    });
    const spec: SpecBuild | undefined = result.specs[0];
    if (generation !== this.generation || ctx.closed()) return;
    this.revision += 1;
    if (!spec || !spec.ok || spec.dir === null || spec.slug === null) {
      // compile() read the file again; a save that broke it in between is shown by stage 1. The files stay the last good ones.
      const first = spec?.diagnostics.find((d) => d.severity === 'error');
      this.build = {
        ...this.build,
        status: 'failed',
        message: first ? `${first.code} ${first.message}; the links are to the last good build` : 'the build wrote nothing',
      };
      return;
    }
    this.slug = spec.slug;
    const link = async (file: string): Promise<string | null> => {
      try {
        return `/out/${encodeURIComponent(spec.slug ?? '')}/${file}?v=${hash(await readFile(join(spec.dir ?? '', file)))}`;
      } catch {
        return null;
      }
    };
    let slides = this.build.slides;
    try {
      slides = await deckSlides(await readFile(join(spec.dir, DECK_FILE)));
    } catch {
      // No deck this time (say, a format the machine cannot make): the last strip stays.
    }
    const skipped = result.skippedForBrowser;
    this.build = {
      status: skipped.length > 0 ? 'no-browser' : 'ready',
      message: skipped.length > 0 ? `skipped ${skipped.join(', ')}: no Chromium or Chrome found (npx aiarch doctor --fix)` : null,
      dir: ctx.display(spec.dir),
      pdf: await link(PDF_FILE),
      pptx: await link(DECK_FILE),
      slides,
    };
    if (generation === this.generation) this.needsRender = false;
  }

  state(): SpecPageState {
    return {
      kind: 'spec',
      id: this.id,
      file: this.name,
      revision: this.revision,
      model: this.model,
      problems: this.problems,
      problemSources: this.problemSources,
      diagrams: this.diagrams,
      build: this.build,
      boardUrl: this.boardUrl,
    };
  }
}
