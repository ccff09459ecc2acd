// One Chromium per run: launched once, shared by the diagram and PDF renderers,
// and always closed — also on Ctrl-C, SIGTERM or a plain process exit, so no
// orphaned browser outlives aiarch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import type { FoundBrowser } from './find.js';

export interface BrowserSession {
  readonly browser: Browser;
  readonly executablePath: string;
  /**
   * A page that refuses every request other than its own inline content and,
   * when `assets` is given, the renderer's own files it answers from memory.
   */
  newIsolatedPage(assets?: AssetServer): Promise<Page>;
  /** URLs the isolated pages refused, in order. */
  readonly blockedRequests: readonly string[];
  close(): Promise<void>;
}

/** Answers a request for one of the renderer's own files (never the network), or null to refuse it. */
export type AssetServer = (url: string) => { readonly body: Uint8Array | string; readonly contentType: string } | null;

export class BrowserLaunchError extends Error {
  constructor(
    readonly executablePath: string,
    cause: unknown,
  ) {
    super(`Could not start the browser at ${executablePath}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'BrowserLaunchError';
  }
}

let launches = 0;
/** How many browsers this process has launched; lets tests prove one build = one launch. */
export function launchCount(): number {
  return launches;
}

const CLOSE_TIMEOUT_MS = 5_000;

export function launchArgs(userDataDir: string, isRoot: boolean): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // Headless Chromium still builds the browser's omnibox popup as a WebUI page
    // in a renderer of its own, about 1 s of CPU per build that competes with
    // Mermaid's setup. puppeteer merges this into its own --disable-features list.
    '--disable-features=WebUIOmniboxPopup',
    `--user-data-dir=${userDataDir}`,
  ];
}

/** Page-owned content: the inline page itself and data: URLs it embeds. */
export function isOwnRequest(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

export async function openBrowser(found: FoundBrowser): Promise<BrowserSession> {
  const { default: puppeteer } = await import('puppeteer');
  const userDataDir = mkdtempSync(join(tmpdir(), 'aiarch-chromium-'));
  const removeProfile = (): void => rmSync(userDataDir, { recursive: true, force: true });
  let browser: Browser;
  try {
    launches += 1;
    browser = await puppeteer.launch({
      executablePath: found.path,
      headless: true,
      // DevTools over a pipe, not a WebSocket: no frame masking or framing on either side. A build
      // sends Chromium its Mermaid modules, the diagrams and the PDF's HTML, and receives every PNG and PDF.
      pipe: true,
      args: launchArgs(userDataDir, process.getuid?.() === 0),
      // Our own handlers below also remove the profile and re-raise the signal.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    removeProfile();
    throw new BrowserLaunchError(found.path, error);
  }
  const pid = browser.process()?.pid;
  const blocked: string[] = [];
  let closed = false;

  // Chromium runs in its own process group (puppeteer spawns it detached), so
  // killing the group also takes its renderer and GPU helpers.
  const killGroup = (): void => {
    if (pid === undefined) return;
    try {
      process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const onExit = (): void => {
    if (closed) return;
    closed = true;
    killGroup();
    removeProfile();
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    onExit();
    detach();
    process.kill(process.pid, signal);
  };
  const detach = (): void => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  return {
    browser,
    executablePath: found.path,
    blockedRequests: blocked,
    async newIsolatedPage(assets?: AssetServer): Promise<Page> {
      // A window of its own, not a tab: with several pages at work (build --jobs), a
      // background tab gets no frames and its screenshots stall (PITFALLS).
      const page = await browser.newPage({ type: 'window' });
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        const asset = isOwnRequest(url) ? null : (assets?.(url) ?? null);
        if (isOwnRequest(url)) {
          void request.continue();
        } else if (asset) {
          // The page's origin is about:blank, so a module import needs CORS to be allowed.
          void request.respond({ status: 200, contentType: asset.contentType, headers: { 'Access-Control-Allow-Origin': '*' }, body: asset.body });
        } else {
          blocked.push(url);
          void request.abort('blockedbyclient');
        }
      });
      return page;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      detach();
      // The profile is a throw-away temp folder, so there is nothing to flush:
      // ending the process group at once skips Chromium's slow orderly shutdown.
      const child = browser.process();
      const exited =
        child && child.exitCode === null && child.signalCode === null
          ? new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
              child.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
            })
          : Promise.resolve();
      killGroup();
      await exited;
      await browser.disconnect().catch(() => undefined);
      removeProfile();
    },
  };
}
