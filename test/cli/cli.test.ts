// End to end: the real binary (bin/aiarch.js → dist/), as a user runs it.
// `npm test` builds dist/ first.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, ROOT, runCli } from '../support/cli.js';

const FIXTURES = join(ROOT, 'test/fixtures');

const run = runCli;

let work: string;

beforeAll(() => {
  requireBuild();
  work = mkdtempSync(join(tmpdir(), 'aiarch-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('aiarch binary', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help lists the commands', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const command of ['validate', 'model', 'init']) expect(stdout).toContain(command);
  });

  it('validate with no arguments checks specs/ and exits 0', () => {
    const { code, stderr, stdout } = run(['validate']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('ok  specs/northwind-health.yaml');
    expect(stderr).toMatch(/✔ 0 errors, 0 warnings in \d+ files/);
  });

  it('validate reports every error with a code frame and exits 1', () => {
    const file = join(work, 'two-errors.yaml');
    const text = readFileSync(join(FIXTURES, 'valid/minimal.yaml'), 'utf8')
      .replace('    cost: 40', '    cost: 30')
      .replace('connects: [api]', 'connects: [apii]');
    writeFileSync(file, text);
    const { code, stderr } = run(['validate', 'two-errors.yaml'], work);
    expect(code).toBe(1);
    expect(stderr).toContain('two-errors.yaml:9:5  error AIA304  platform weights sum to 90, not 100');
    expect(stderr).toContain('two-errors.yaml:23:18  error AIA302  "users" connects to unknown component "apii"; did you mean "api"?');
    expect(stderr).toContain('> 23 |       connects: [apii]');
    expect(stderr).toContain('✖ 2 errors, 0 warnings in 1 file');
  });

  it('validate --json prints diagnostics on stdout', () => {
    const { code, stdout } = run(['validate', '--json', join(FIXTURES, 'invalid/unknown-model.yaml')]);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { diagnostics: { code: string; line: number; column: number }[] };
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['AIA310', 40, 16]]);
  });

  it('validate a folder takes its yaml files in order', () => {
    const dir = join(work, 'folder');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(FIXTURES, 'invalid/weights-sum.yaml'), join(dir, 'b.yml'));
    copyFileSync(join(FIXTURES, 'valid/minimal.yaml'), join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'notes.txt'), 'not a spec');
    const { code, stderr } = run(['validate', 'folder'], work);
    expect(code).toBe(1);
    expect(stderr.indexOf('ok  folder/a.yaml')).toBeGreaterThanOrEqual(0);
    expect(stderr.indexOf('folder/b.yml:9:5')).toBeGreaterThan(stderr.indexOf('ok  folder/a.yaml'));
    expect(stderr).not.toContain('notes.txt');
  });

  it('usage errors exit 2: missing path, unknown command, unknown option', () => {
    const missing = run(['validate', 'no-such.yaml'], work);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('aiarch: no-such.yaml: no such file or folder');
    expect(run(['frobnicate']).code).toBe(2);
    const option = run(['validate', '--nope']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--nope'");
    expect(run(['model']).code).toBe(2);
  });

  const modeline = (from: string) => `# yaml-language-server: $schema=${relative(from, join(ROOT, 'schemas/aiarch.schema.json'))}`;

  it('init writes a starter spec that validates, then refuses to overwrite it', () => {
    const first = run(['init'], work);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Wrote specs/my-client.yaml');
    const written = readFileSync(join(work, 'specs/my-client.yaml'), 'utf8');
    expect(written.split('\n')[0]).toBe(modeline(join(work, 'specs')));
    expect(run(['validate', 'specs/my-client.yaml'], work)).toMatchObject({ code: 0 });
    const again = run(['init'], work);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('specs/my-client.yaml already exists');
    expect(readFileSync(join(work, 'specs/my-client.yaml'), 'utf8')).toBe(written);
  });

  it('init FILE creates folders and points the modeline from that folder', () => {
    expect(run(['init', 'deep/er/client.yaml'], work).code).toBe(0);
    const written = readFileSync(join(work, 'deep/er/client.yaml'), 'utf8');
    expect(written.split('\n')[0]).toBe(modeline(join(work, 'deep/er')));
  });

  it('model --json prints the model as JSON on stdout', () => {
    const { code, stdout } = run(['model', 'specs/meridian-bank.yaml', '--json']);
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as { recommendation: string; months: unknown[]; year1: { total: number } };
    expect(model.recommendation).toBe('azure-openai');
    expect(model.months).toHaveLength(24);
    expect(typeof model.year1.total).toBe('number');
  });

  it('model prints a readable summary, and exits 1 on an invalid spec', () => {
    const { code, stdout } = run(['model', 'specs/harbor-outfitters.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('Recommendation: google-vertex (highest weighted score');
    expect(stdout).toMatch(/optimized total\s+\$[\d,]+/);
    const bad = run(['model', join(FIXTURES, 'invalid/model-shares.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('AIA309');
  });
});
