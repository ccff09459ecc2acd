// The command's shell: usage errors exit 2 with a fix, and --open hands the
// printed URL to the system's opener (a stand-in xdg-open here).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, requireBuild, runCli } from '../support/cli.js';
import { stopChild } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'aiarch-preview-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('aiarch preview usage', () => {
  it.each([
    [['preview', 'no/such/spec.yaml'], 'no such file or folder'],
    [['preview', 'specs/northwind-health.yaml', '--port', 'eighty'], '--port takes a number'],
    [['preview', 'specs/northwind-health.yaml', '--paper', 'a3'], '--paper takes a4 or letter'],
    [['preview', 'examples/class/base.yaml'], 'abstract base spec'],
  ])('refuses %j', (args, message) => {
    requireBuild();
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});

describe('aiarch preview --open (the xdg-open of Linux)', () => {
  it('prints the URL and opens it with the system opener', async () => {
    requireBuild();
    const bin = join(work, 'bin');
    mkdirSync(bin);
    const opened = join(work, 'opened.txt');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > ${JSON.stringify(opened)}\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const child = spawn(process.execPath, [BIN, 'preview', join(ROOT, 'specs/northwind-health.yaml'), '--port', '0', '--open', '--out', join(work, 'out')], {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1', PATH: `${bin}:${process.env['PATH'] ?? ''}` },
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      for (let i = 0; i < 600 && !existsSync(opened); i++) await new Promise((r) => setTimeout(r, 100));
      expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\n$/);
      expect(readFileSync(opened, 'utf8')).toBe(stdout.trim());
    } finally {
      await stopChild(child, exited);
    }
  }, 120_000);
});
