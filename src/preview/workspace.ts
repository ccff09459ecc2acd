// What a preview watches and rebuilds: one spec, or every spec of a folder.
// Saves are handled one burst at a time; a newer save cuts short the slow
// stages of an older one, so the page always catches up with the latest file.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { collectSpecFiles } from '../compile/collect.js';
import { DiagramPages } from '../compile/diagram-pages.js';
import { slugify } from '../model/slug.js';
import { fileCache } from '../output/cache.js';
import type { DeckThemeName } from '../render/pptx/theme.js';
import { isAbstractSpec } from '../spec/abstract.js';
import type { BrowserSession } from '../browser/session.js';
import type { FoundBrowser } from '../browser/find.js';
import { boardState } from './board.js';
import { SpecRunner, type RunnerContext } from './spec-runner.js';
import type { BoardState, PageState, SpecPageState } from './view-types.js';
import { WarmBrowser } from './warm-browser.js';

/** The part of the CLI's folder watcher a workspace needs. */
export interface FolderWatcher {
  watch(dirs: readonly string[]): void;
  close(): void;
}

export interface WorkspaceOptions {
  /** Absolute path of the spec file or folder. */
  readonly target: string;
  readonly folder: boolean;
  readonly out: string;
  readonly paper: 'a4' | 'letter';
  readonly theme: DeckThemeName;
  readonly env: NodeJS.ProcessEnv;
  readonly browser?: string;
  readonly display: (file: string) => string;
  readonly watch: (onChange: (files: readonly string[]) => void) => FolderWatcher;
  readonly publish: (topic: string, state: PageState) => void;
  readonly log: (line: string) => void;
  /** Test seam: how the one browser is opened. */
  readonly openBrowser?: (found: FoundBrowser) => Promise<BrowserSession>;
}

export const BOARD_TOPIC = 'board';
export const specTopic = (id: string): string => `spec:${id}`;

/**
 * The PDF build cannot be interrupted, so it starts only once saves pause for
 * this long: a burst of saves re-renders the diagrams of each, and the PDF of
 * the last.
 */
const FILES_SETTLE_MS = 600;

const seconds = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

export class Workspace {
  private readonly runners = new Map<string, SpecRunner>();
  private readonly browser: WarmBrowser;
  private readonly pages: DiagramPages;
  private readonly watcher: FolderWatcher;
  private readonly ctx: RunnerContext;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private boardRevision = 0;

  constructor(private readonly options: WorkspaceOptions) {
    // One diagram page stays open for the whole session, so a save pays only for the diagrams it changed.
    this.pages = new DiagramPages();
    this.browser = new WarmBrowser({
      flag: options.browser,
      env: options.env,
      onRelaunch: () => this.pages.close(),
      ...(options.openBrowser ? { open: options.openBrowser } : {}),
    });
    this.watcher = options.watch((files) => this.changed(files));
    this.ctx = {
      out: options.out,
      paper: options.paper,
      theme: options.theme,
      env: options.env,
      cache: fileCache(join(options.out, '.aiarch-cache')),
      browser: this.browser,
      renderImages: (session, sources) => this.pages.render(session, sources),
      display: options.display,
      closed: () => this.closed,
      slugOwner: (slug) => [...this.runners.values()].find((r) => r.lastGood?.model.clientSlug === slug)?.name ?? null,
    };
    if (!options.folder) this.add(options.target).active = true;
  }

  /** Reads every spec and starts watching; the models are ready when it returns, diagrams and files follow. */
  start(): void {
    this.prepare(null);
    this.kick();
  }

  get isFolder(): boolean {
    return this.options.folder;
  }

  /** Ids in file order. */
  ids(): string[] {
    return [...this.runners.keys()];
  }

  spec(id: string): SpecRunner | undefined {
    return this.runners.get(id);
  }

  /** The runner whose last build wrote to output folder `slug`. */
  bySlug(slug: string): SpecRunner | undefined {
    return [...this.runners.values()].find((r) => r.slug === slug);
  }

  specState(id: string): SpecPageState | null {
    return this.runners.get(id)?.state() ?? null;
  }

  board(): BoardState {
    return boardState(this.options.display(this.options.target), this.boardRevision, [...this.runners.values()]);
  }

  /** A page of this spec was opened: from now on its diagrams and files are kept up to date. */
  activate(id: string): void {
    const runner = this.runners.get(id);
    if (!runner || runner.active) return;
    runner.active = true;
    runner.beginRender();
    this.publish(runner);
    this.kick();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watcher.close();
    // The browser goes first: a build under way then fails fast instead of being waited for.
    await this.pages.close();
    await this.browser.close();
    await this.running?.catch(() => undefined);
  }

  private add(file: string): SpecRunner {
    const base = slugify(basename(file, extname(file))) || 'spec';
    let id = base;
    for (let n = 2; this.runners.has(id); n++) id = `${base}-${n}`;
    const runner = new SpecRunner(id, file, this.options.display(file), this.options.folder ? '/' : null);
    this.runners.set(id, runner);
    return runner;
  }

  /** Folder mode: picks up new specs and drops deleted ones; returns whether the set changed. */
  private rescan(): boolean {
    let files: string[];
    try {
      files = collectSpecFiles([this.options.target]).filter((file) => {
        try {
          return !isAbstractSpec(readFileSync(file));
        } catch {
          return false;
        }
      });
    } catch {
      files = [];
    }
    const wanted = new Set(files);
    let changed = false;
    for (const [id, runner] of this.runners) {
      if (!wanted.has(runner.file)) {
        this.runners.delete(id);
        changed = true;
      }
    }
    const known = new Set([...this.runners.values()].map((r) => r.file));
    for (const file of files) {
      if (!known.has(file)) {
        this.add(file);
        changed = true;
      }
    }
    return changed;
  }

  /** Stage 1 runs at once, in the watcher's callback, even while a slow stage of an earlier save is under way. */
  private changed(files: readonly string[]): void {
    if (this.closed) return;
    try {
      // The watcher names files folder + "/" + name; resolve() makes them comparable with our own paths on every platform.
      this.prepare(new Set(files.map((f) => resolve(f))));
    } catch (error) {
      this.options.log(`aiarch preview: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.kick();
  }

  /** Model, findings and documents of every spec the change touches (all of them when `changed` is null). */
  private prepare(changed: ReadonlySet<string> | null): void {
    const started = performance.now();
    const rescanned = this.options.folder ? this.rescan() : false;
    const touched: SpecRunner[] = [];
    for (const runner of this.runners.values()) {
      const affected = changed === null || runner.failing || runner.lastGood === null || runner.watchedFiles.some((f) => changed.has(f));
      if (affected && runner.prepare()) touched.push(runner);
    }
    for (const runner of touched) {
      if (runner.active && runner.needsRender) runner.beginRender();
      this.publish(runner);
    }
    if (this.options.folder && (touched.length > 0 || rescanned)) {
      this.boardRevision += 1;
      this.options.publish(BOARD_TOPIC, this.board());
    }
    const took = seconds(performance.now() - started);
    for (const runner of touched) {
      this.options.log(
        `${runner.name}: ${runner.failing ? `${runner.problemList.length} error(s); the page keeps the last good render` : 'model, findings and documents updated'} (${took})`,
      );
    }
    this.rewatch();
  }

  /** Diagrams, then files, for every open spec whose model moved on; one at a time, on the one browser. */
  private kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = null));
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      for (const runner of [...this.runners.values()]) {
        if (this.closed) return;
        if (!runner.active || !runner.needsRender || runner.lastGood === null) continue;
        try {
          const t1 = performance.now();
          const generation = runner.modelGeneration;
          if (!(await runner.renderDiagrams(this.ctx))) continue;
          this.publish(runner);
          const diagrams = performance.now() - t1;
          await new Promise((resolve) => setTimeout(resolve, FILES_SETTLE_MS));
          if (runner.modelGeneration !== generation || this.closed) continue;
          const t2 = performance.now();
          await runner.buildFiles(this.ctx);
          this.publish(runner);
          this.options.log(`${runner.name}: diagrams (${seconds(diagrams)}), files written (${seconds(performance.now() - t2)})`);
        } catch (error) {
          this.options.log(`aiarch preview: ${runner.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } while (this.again && !this.closed);
  }

  private publish(runner: SpecRunner): void {
    this.options.publish(specTopic(runner.id), runner.state());
  }

  private rewatch(): void {
    const dirs = new Set<string>();
    if (this.options.folder) dirs.add(this.options.target);
    for (const runner of this.runners.values()) for (const file of runner.watchedFiles) dirs.add(dirname(file));
    this.watcher.watch([...dirs].sort());
  }
}
