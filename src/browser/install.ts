// `aiarch doctor --fix`: install a browser on request, never during npm install.
// As root where apt exists, Debian's chromium package; otherwise a Chrome
// build through puppeteer's browser manager into puppeteer's cache.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { puppeteerCacheDir } from './find.js';

export interface InstallResult {
  readonly method: 'apt-get' | 'puppeteer';
  readonly path: string | null;
}

export function canUseApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export async function installBrowser(log: (line: string) => void): Promise<InstallResult> {
  if (canUseApt()) {
    log('Installing Debian chromium: apt-get install -y chromium');
    for (const args of [['update'], ['install', '-y', 'chromium']]) {
      const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${String(run.status)}`);
    }
    return { method: 'apt-get', path: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null };
  }
  const { Browser, detectBrowserPlatform, install, resolveBuildId } = await import('@puppeteer/browsers');
  const platform = detectBrowserPlatform();
  if (platform === undefined) throw new Error(`no Chrome build exists for ${process.platform}/${process.arch}`);
  const buildId = await resolveBuildId(Browser.CHROME, platform, 'stable');
  const cacheDir = puppeteerCacheDir();
  log(`Installing Chrome ${buildId} into ${cacheDir} with puppeteer's browser manager`);
  const installed = await install({ browser: Browser.CHROME, buildId, cacheDir, platform });
  return { method: 'puppeteer', path: installed.executablePath };
}
