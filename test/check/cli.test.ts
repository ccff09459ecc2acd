// `aiarch check` and `aiarch catalog` through main(), and once through the built binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { edited, fixtureText } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function run(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['node', 'aiarch', ...args],
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: () => cwd,
  });
  return { code, stdout, stderr };
}

function tempSpecs(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiarch-check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('aiarch check', () => {
  it('exits 0 on the reference spec and prints the score', async () => {
    const r = await run(['check', 'test/fixtures/check/reference.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^test\/fixtures\/check\/reference\.yaml {2}rubric 20\/20 \(distinction\), no findings\n/);
  });

  it('exits 1 on an error finding, and on a total below --min-score', async () => {
    const dir = tempSpecs({ 'over.yaml': edited('reference.yaml', [[['scenario', 'budget', 'annualUsd'], 1000]]), 'min.yaml': fixtureText('minimal.yaml') });
    expect((await run(['check', 'over.yaml'], dir)).code).toBe(1);
    expect((await run(['check', 'min.yaml'], dir)).code).toBe(0);
    expect((await run(['check', 'min.yaml', '--min-score', '14'], dir)).code).toBe(1);
    expect((await run(['check', 'min.yaml', '--min-score', '0'], dir)).code).toBe(0);
  });

  it('checks every spec of a folder, as a JSON array', async () => {
    const dir = tempSpecs({ 'a.yaml': fixtureText('reference.yaml'), 'b.yaml': fixtureText('minimal.yaml') });
    const r = await run(['check', '.', '--format', 'json'], dir);
    const json = JSON.parse(r.stdout) as { spec: string; rubric: { total: number } }[];
    expect(json.map((x) => [x.spec, x.rubric.total])).toEqual([
      ['a.yaml', 20],
      ['b.yaml', 0],
    ]);
  });

  it('--explain prints, for every point, the evidence it was judged on', async () => {
    const r = await run(['check', 'specs/northwind-health.yaml', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Evidence per point:');
    expect(r.stdout).toMatch(/\[ \] 5\. a realistic scaling plan.*\n {8}not earned: the scaling numbers are the course's example/);
    expect(r.stdout).toMatch(/line +\d+ {2}deployment\.scaling: minInstances 2, maxInstances 50/);
    expect((await run(['check', 'specs/northwind-health.yaml'])).stdout).not.toContain('Evidence per point:');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['check', 'test/fixtures/check/reference.yaml', '--format', 'xml'])).code).toBe(2);
    expect((await run(['check', 'test/fixtures/check/reference.yaml', '--min-score', 'lots'])).code).toBe(2);
    expect((await run(['check', 'test/fixtures/check/reference.yaml', '--min-score', '21'])).code).toBe(2);
    expect((await run(['check', 'no/such/spec.yaml'])).code).toBe(2);
  });

  it('prints load errors with their location and exits 1', async () => {
    const dir = tempSpecs({ 'broken.yaml': fixtureText('minimal.yaml').replace('useCase:', 'usecase:') });
    const r = await run(['check', 'broken.yaml', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+/);
  });
});

describe('aiarch catalog', () => {
  it('prints every platform with prices and dates', async () => {
    const r = await run(['catalog']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Amazon Bedrock (aws-bedrock, provider aws)');
    expect(r.stdout).toContain('Google Vertex AI (google-vertex, provider gcp)');
    expect(r.stdout).toMatch(/ {4}claude-haiku-4-5 +Claude Haiku 4\.5 +small +\$1\.00 +\$5\.00 +2026-07-18/);
    expect(r.stdout).toContain('  tiers:          small claude-haiku-4-5, medium claude-sonnet-4-5, large claude-opus-4-5');
    expect(r.stdout).toContain('  certifications: SOC2 yes, HIPAA yes, FedRAMP High, PCI-DSS yes, ISO27001 yes, GDPR yes');
  });

  it('prints one platform as JSON, and refuses an unknown one with a suggestion', async () => {
    const r = await run(['catalog', 'azure-openai', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'azure-openai', label: 'Azure OpenAI', models: { 'gpt-4o': { inputPer1M: 2.5 } } });
    const bad = await run(['catalog', 'azure-open-ai']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "azure-openai"?');
  });
});

describe('the built binary', () => {
  it('aiarch check --format json prints the documented report (run `npm run build` first)', () => {
    expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/ is missing: run npm run build').toBe(true);
    const out = execFileSync(process.execPath, [join(ROOT, 'bin/aiarch.js'), 'check', 'test/fixtures/check/reference.yaml', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const json = JSON.parse(out) as { spec: string; rubric: { total: number; max: number; passed: boolean; distinction: boolean }; findings: unknown[] };
    expect(json).toMatchObject({ spec: 'test/fixtures/check/reference.yaml', rubric: { total: 20, max: 20, passed: true, distinction: true }, findings: [] });
    const failing = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/aiarch.js'), 'check', 'test/fixtures/check/minimal.yaml', '--min-score', '14', '--format', 'sarif'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(failing.status).toBe(1);
    expect((JSON.parse(failing.stdout) as { version: string }).version).toBe('2.1.0');
  });
});
