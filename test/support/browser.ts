// The real Chromium for a test file. No skip: CI installs Chromium, and a
// missing browser must fail the suite that needs it.
import { findBrowser } from '../../src/browser/find.js';
import { openBrowser, type BrowserSession } from '../../src/browser/session.js';

export async function launchBrowser(): Promise<BrowserSession> {
  const found = findBrowser({ env: process.env });
  if (found === null) throw new Error('No Chromium found; install one (aiarch doctor --fix) to run the browser tests.');
  return openBrowser(found);
}
