// The one browser a preview keeps warm for as long as it runs: launched on the
// first render, shared by the diagram stage and every compile, closed once at
// the end. A browser that died is launched again on the next render.
import { findBrowser, type FoundBrowser } from '../browser/find.js';
import { openBrowser, type BrowserSession } from '../browser/session.js';
import { LazyBrowser } from '../compile/browser-stage.js';

export class WarmBrowser {
  readonly found: FoundBrowser | null;
  private lazy: LazyBrowser;

  constructor(options: {
    readonly flag?: string | undefined;
    readonly env: NodeJS.ProcessEnv;
    readonly open?: (found: FoundBrowser) => Promise<BrowserSession>;
    /** Told before a dead browser is replaced, so pages opened in it are let go. */
    readonly onRelaunch?: () => Promise<void>;
  }) {
    this.found = findBrowser({ flag: options.flag, env: options.env });
    this.open = options.open ?? openBrowser;
    this.onRelaunch = options.onRelaunch ?? (async () => undefined);
    this.lazy = new LazyBrowser(this.found, this.open);
  }

  private readonly open: (found: FoundBrowser) => Promise<BrowserSession>;
  private readonly onRelaunch: () => Promise<void>;
  private closed = false;

  /** The shared browser for the diagram stage; relaunched if the last one died. */
  async current(): Promise<LazyBrowser> {
    if (this.closed) throw new Error('the preview is closing');
    if (this.lazy.launched) {
      const session = await this.lazy.get().catch(() => null);
      if (session === null || !session.browser.connected) {
        await this.onRelaunch();
        await this.lazy.close();
        this.lazy = new LazyBrowser(this.found, this.open);
      }
    }
    return this.lazy;
  }

  /** For compile(): the same session, whose close() leaves it running. */
  async borrowed(): Promise<BrowserSession> {
    const session = await (await this.current()).get();
    return { ...session, close: async () => undefined };
  }

  close(): Promise<void> {
    this.closed = true;
    return this.lazy.close();
  }
}
