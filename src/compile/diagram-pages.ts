// The warm diagram pages of one build (see page-pool.ts): Mermaid and the fonts
// load once per page rather than once per spec.
import type { BrowserSession } from '../browser/session.js';
import type { DiagramRenderer } from '../render/images/index.js';
import type { DiagramImage, DiagramSource } from '../render/types.js';
import { PagePool } from './page-pool.js';

export type OpenDiagramRenderer = (session: BrowserSession) => Promise<DiagramRenderer>;

const openDefault: OpenDiagramRenderer = async (session) => (await import('../render/images/index.js')).openDiagramRenderer(session);

export class DiagramPages extends PagePool<DiagramRenderer> {
  /** `limit` and `reuse` as for PagePool (see page-pool.ts). */
  constructor(open: OpenDiagramRenderer = openDefault, limit = Number.POSITIVE_INFINITY, reuse = true) {
    super(open, limit, reuse);
  }

  /** Renders in an idle page, or a new one when every page is busy; a page whose render failed is closed. */
  render(session: BrowserSession, sources: readonly DiagramSource[]): Promise<DiagramImage[]> {
    return this.use(session, (renderer) => renderer.render(sources));
  }
}
