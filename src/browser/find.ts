// Where aiarch looks for Chromium, in the order the README's browser section gives:
// an explicit choice first, then well-known system installs, then puppeteer's
// own cache. Nothing is downloaded here; `aiarch doctor --fix` does that.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface FoundBrowser {
  readonly path: string;
  /** Where the path came from, e.g. "--browser", "AIARCH_BROWSER", "system", "puppeteer cache". */
  readonly source: string;
}

export interface FindBrowserOptions {
  readonly flag?: string | undefined;
  readonly env: NodeJS.ProcessEnv;
  /** Test seam: the platform whose well-known paths are tried. */
  readonly platform?: NodeJS.Platform;
  /** Test seam: whether a path is an existing executable. */
  readonly exists?: (path: string) => boolean;
  /** Test seam: puppeteer's cached executable path, or null. */
  readonly puppeteerCache?: () => string | null;
}

export function systemBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      join(env['HOME'] ?? '', 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      (root): root is string => typeof root === 'string' && root !== '',
    );
    return roots.map((root) => join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

/** Where puppeteer keeps downloaded browsers (its own default and override). */
export function puppeteerCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['PUPPETEER_CACHE_DIR'] ?? join(homedir(), '.cache', 'puppeteer');
}

/** The browser puppeteer would use from its download cache, or any Chrome installed there (`aiarch doctor --fix`). */
export function puppeteerCachedBrowser(): string | null {
  try {
    // Loaded only here, and synchronously, so finding a system browser stays cheap.
    const require = createRequire(import.meta.url);
    const puppeteer = require('puppeteer') as { executablePath(): string };
    const pinned = puppeteer.executablePath();
    if (existsSync(pinned)) return pinned;
    const { Cache } = require('@puppeteer/browsers') as typeof import('@puppeteer/browsers');
    const installed = new Cache(puppeteerCacheDir())
      .getInstalledBrowsers()
      .filter((b) => b.browser === 'chrome' || b.browser === 'chromium')
      .map((b) => b.executablePath)
      .filter((path) => existsSync(path))
      .sort();
    return installed.at(-1) ?? null;
  } catch {
    return null;
  }
}

export function findBrowser(opts: FindBrowserOptions): FoundBrowser | null {
  const exists = opts.exists ?? existsSync;
  const explicit: [string, string | undefined][] = [
    ['--browser', opts.flag],
    ['AIARCH_BROWSER', opts.env['AIARCH_BROWSER']],
    ['PUPPETEER_EXECUTABLE_PATH', opts.env['PUPPETEER_EXECUTABLE_PATH']],
  ];
  for (const [source, path] of explicit) {
    // An explicit choice that does not exist is still returned, so the caller
    // can say that this path is wrong instead of silently using another one.
    if (path !== undefined && path !== '') return { path, source };
  }
  for (const path of systemBrowserPaths(opts.platform ?? process.platform, opts.env)) {
    if (exists(path)) return { path, source: 'system' };
  }
  const cached = (opts.puppeteerCache ?? puppeteerCachedBrowser)();
  return cached !== null ? { path: cached, source: 'puppeteer cache' } : null;
}
