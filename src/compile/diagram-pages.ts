// The warm diagram pages of one build: at most one per concurrent job, each
// reused from spec to spec, so Mermaid and the fonts load once per page rather
// than once per spec.
import type { BrowserSession } from '../browser/session.js';
import type { DiagramRenderer } from '../render/images/index.js';
import type { DiagramImage, DiagramSource } from '../render/types.js';

export type OpenDiagramRenderer = (session: BrowserSession) => Promise<DiagramRenderer>;

const openDefault: OpenDiagramRenderer = async (session) => (await import('../render/images/index.js')).openDiagramRenderer(session);

export class DiagramPages {
  private readonly idle: DiagramRenderer[] = [];
  private readonly all = new Set<DiagramRenderer>();
  private warming: Promise<void> | null = null;

  constructor(private readonly open: OpenDiagramRenderer = openDefault) {}

  /** Renders in an idle page, or a new one when every page is busy (callers bound how many run at once). */
  async render(session: BrowserSession, sources: readonly DiagramSource[]): Promise<DiagramImage[]> {
    await this.warming;
    const renderer = this.idle.pop() ?? (await this.opened(session));
    try {
      const images = await renderer.render(sources);
      this.idle.push(renderer);
      return images;
    } catch (error) {
      // A page that failed (a timeout may leave Mermaid still busy) is not reused.
      this.all.delete(renderer);
      await renderer.close();
      throw error;
    }
  }

  /**
   * Opens the first page before any spec asks for it, so Mermaid loads while Node is
   * still reading and modelling specs. A page that fails to open is simply not there:
   * the first render opens one itself and reports the error.
   */
  prewarm(session: BrowserSession): Promise<void> {
    this.warming ??= this.opened(session).then(
      (renderer) => void this.idle.push(renderer),
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
    await Promise.all(pages.map((p) => p.close()));
  }

  private async opened(session: BrowserSession): Promise<DiagramRenderer> {
    const renderer = await this.open(session);
    this.all.add(renderer);
    return renderer;
  }
}
