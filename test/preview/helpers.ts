// Runs `aiarch preview` through the built binary, as a user would, and drives
// the page with puppeteer in a real Chromium. Everything started here is
// stopped by the returned stop() functions.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { BIN, requireBuild } from '../support/cli.js';

export interface RunningPreview {
  readonly url: string;
  readonly child: ChildProcess;
  stderr(): string;
  stop(): Promise<void>;
}

/** SIGTERM, then SIGKILL if it has not exited within 15 s, so a hung server never outlives the tests. */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Starts the preview in `cwd` on a free port and resolves with the URL it prints on stdout. */
export async function startPreview(args: readonly string[], cwd: string): Promise<RunningPreview> {
  requireBuild();
  const child = spawn(process.execPath, [BIN, 'preview', ...args, '--port', '0', '--out', join(cwd, 'out')], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = (): Promise<void> => stopChild(child, exited);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL on stdout after 60 s; stderr:\n${stderr}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = /^(http:\/\/\S+)\n/m.exec(stdout)?.[1];
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}; stderr:\n${stderr}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, child, stderr: () => stderr, stop };
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A GET with the path sent exactly as given: browsers and fetch() would normalise "/../" away. */
export function rawGet(url: string, path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Text of the first element matching `selector`, or null. */
export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);
}

/** Waits (generously: CI shares its cores) until `selector`'s text satisfies `test`. */
export async function waitForText(page: Page, selector: string, test: (text: string) => boolean, what: string, timeoutMs = 120_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < until) {
    last = await textOf(page, selector);
    if (last !== null && test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; ${selector} reads ${JSON.stringify(last)}`);
}
