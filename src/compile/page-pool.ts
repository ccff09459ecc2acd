// Warm pages of one build: at most one per concurrent job, each reused from spec
// to spec, so a page's setup (Mermaid and the fonts for diagrams, a fresh
// renderer for printing) is paid once per page rather than once per spec.
import type { BrowserSession } from '../browser/session.js';

export interface PooledPage {
  close(): Promise<void>;
  /**
   * Lets go of what a use left behind (its document, its garbage) before the
   * page waits for the next one: a warm page otherwise keeps growing from spec
   * to spec, and a class build's memory with it.
   */
  release?(): Promise<void>;
}

export class PagePool<T extends PooledPage> {
  private readonly idle: T[] = [];
  private readonly all = new Set<T>();
  private warming: Promise<void> | null = null;
  /** Pages open or being opened: what `limit` bounds. */
  private count = 0;
  private readonly waiting: (() => void)[] = [];

  /**
   * `limit` bounds the pages open at once; a use beyond it waits for a page to
   * be free. `reuse: false` (a build of one spec) skips releasing pages
   * between uses, which only pays when a page is used again.
   */
  constructor(
    private readonly open: (session: BrowserSession) => Promise<T>,
    private readonly limit = Number.POSITIVE_INFINITY,
    private readonly reuse = true,
  ) {}

  /**
   * Runs `work` in an idle page, or a new one when every page is busy and the limit allows it.
   * `release: false` skips releasing the page afterwards, for work that leaves little behind.
   */
  async use<R>(session: BrowserSession, work: (page: T) => Promise<R>, { release = true }: { readonly release?: boolean } = {}): Promise<R> {
    await this.warming;
    let page = this.idle.pop();
    while (page === undefined && this.count >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      page = this.idle.pop();
    }
    page ??= await this.opened(session);
    try {
      const result = await work(page);
      if (!release || (await this.released(page))) this.idle.push(page);
      return result;
    } catch (error) {
      // A page that failed (a timeout may leave it still busy) is not reused.
      await this.drop(page);
      throw error;
    } finally {
      this.waiting.shift()?.();
    }
  }

  /** False when the page could not let go (it is closed then: the work it did stands). */
  private async released(page: T): Promise<boolean> {
    try {
      if (this.reuse) await page.release?.();
      return true;
    } catch {
      await this.drop(page);
      return false;
    }
  }

  private async drop(page: T): Promise<void> {
    this.all.delete(page);
    this.count -= 1;
    await page.close();
  }

  /**
   * Opens the first page before any spec asks for it, so it gets ready while Node is
   * still reading and modelling specs. A page that fails to open is simply not there:
   * the first use opens one itself and reports the error.
   */
  prewarm(session: BrowserSession): Promise<void> {
    this.warming ??= this.opened(session).then(
      (page) => void this.idle.push(page),
      () => undefined,
    );
    return this.warming;
  }

  /** How many pages were opened; lets tests prove pages are reused. */
  get size(): number {
    return this.all.size;
  }

  async close(): Promise<void> {
    await this.warming;
    const pages = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    this.count = 0;
    await Promise.all(pages.map((p) => p.close()));
  }

  private async opened(session: BrowserSession): Promise<T> {
    this.count += 1;
    try {
      const page = await this.open(session);
      this.all.add(page);
      return page;
    } catch (error) {
      this.count -= 1;
      this.waiting.shift()?.();
      throw error;
    }
  }
}
