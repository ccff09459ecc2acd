import { describe, expect, it } from 'vitest';
import { findBrowser, systemBrowserPaths } from '../../src/browser/find.js';

const none = () => null;

describe('findBrowser', () => {
  it('prefers the flag, then AIARCH_BROWSER, then PUPPETEER_EXECUTABLE_PATH', () => {
    const env = { AIARCH_BROWSER: '/env/aiarch', PUPPETEER_EXECUTABLE_PATH: '/env/puppeteer' };
    const exists = () => true;
    expect(findBrowser({ flag: '/flag/chrome', env, exists, puppeteerCache: none })).toEqual({ path: '/flag/chrome', source: '--browser' });
    expect(findBrowser({ env, exists, puppeteerCache: none })).toEqual({ path: '/env/aiarch', source: 'AIARCH_BROWSER' });
    expect(findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: '/env/puppeteer' }, exists, puppeteerCache: none })).toEqual({
      path: '/env/puppeteer',
      source: 'PUPPETEER_EXECUTABLE_PATH',
    });
  });

  it('tries the well-known system paths in order', () => {
    const present = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
    expect(findBrowser({ env: {}, platform: 'linux', exists: (p) => present.has(p), puppeteerCache: none })).toEqual({
      path: '/usr/bin/chromium-browser',
      source: 'system',
    });
    expect(systemBrowserPaths('linux', {})[0]).toBe('/usr/bin/chromium');
    expect(systemBrowserPaths('darwin', { HOME: '/Users/a' })).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(systemBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toMatch(/Google.Chrome.Application.chrome\.exe$/);
  });

  it("falls back to puppeteer's cache, and reports nothing when there is no browser at all", () => {
    expect(findBrowser({ env: {}, exists: () => false, puppeteerCache: () => '/cache/chrome' })).toEqual({ path: '/cache/chrome', source: 'puppeteer cache' });
    expect(findBrowser({ env: {}, exists: () => false, puppeteerCache: none })).toBeNull();
  });

  it('ignores empty environment variables', () => {
    expect(findBrowser({ env: { AIARCH_BROWSER: '' }, exists: () => false, puppeteerCache: none })).toBeNull();
  });
});
