// End to end through the built binary: the class example builds and checks,
// abstract bases are skipped, and diff --base reads bases at the revision.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, ROOT, runCli } from '../support/cli.js';

const run = runCli;

let work: string;

beforeAll(() => {
  requireBuild();
  work = mkdtempSync(join(tmpdir(), 'aiarch-extends-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('class example (examples/class)', () => {
  it('builds both students and skips the abstract base with a note', () => {
    const out = join(work, 'out');
    const { code, stderr } = run(['build', 'examples/class', '--only', 'md', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('note: examples/class/base.yaml is an abstract base spec (abstract: true); skipped');
    expect(readdirSync(out).sort()).toEqual(['harbor-outfitters-team-a', 'harbor-outfitters-team-b']);
    const costA = readFileSync(join(out, 'harbor-outfitters-team-a', 'cost-model.md'), 'utf8');
    const costB = readFileSync(join(out, 'harbor-outfitters-team-b', 'cost-model.md'), 'utf8');
    // Shared usage from the base, each team's own model mix.
    expect(costA).toContain('| Gemini 2.5 Flash | 85% |');
    expect(costB).toContain('| Claude Haiku 4.5 | 90% |');
    expect(costB).not.toContain('Gemini 2.5 Flash');
  });

  it('checks both students; a finding from a base value names base.yaml with its own code frame', () => {
    const { stdout, stderr } = run(['check', 'examples/class']);
    expect(stderr).toContain('note: examples/class/base.yaml is an abstract base spec');
    expect(stdout).toMatch(/examples\/class\/student-a\.yaml {2}\d+\/20/);
    expect(stdout).toMatch(/examples\/class\/student-b\.yaml {2}\d+\/20/);
    expect(stdout).toContain('examples/class/base.yaml:105:70  warning target-missed');
    expect(stdout).toContain('> 105 |     - { scenario: Review moderation, input: 500, output: 80, target: 0.0005 }');
  });

  it('refuses a folder holding only abstract bases', () => {
    const dir = join(work, 'only-base');
    cpSync(join(ROOT, 'examples/class/base.yaml'), join(dir, 'base.yaml'), { recursive: true });
    const { code, stderr } = run(['validate', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('only abstract base specs');
  });

  it('refuses to model an abstract base on its own', () => {
    const { code, stderr } = run(['model', 'examples/class/base.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('is an abstract base spec');
  });
});

describe('diff --base with extends', () => {
  it('reads the base at the revision, so a base edit shows as a change', () => {
    const repo = join(work, 'repo');
    cpSync(join(ROOT, 'examples/class'), repo, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'class');
    const base = readFileSync(join(repo, 'base.yaml'), 'utf8');
    writeFileSync(join(repo, 'base.yaml'), base.replace('requestsPerUserPerDay: 40', 'requestsPerUserPerDay: 80'));
    const { code, stdout } = run(['diff', 'student-a.yaml', '--base', 'HEAD', '--format', 'json'], repo);
    expect(code).toBe(0);
    // Unchanged child, doubled requests in the base: the old side read the base as committed.
    const peak = (JSON.parse(stdout) as { peakRequestsPerSecond: { before: number; after: number } }).peakRequestsPerSecond;
    expect(peak.after).toBeCloseTo(peak.before * 2, 6);

    rmSync(join(repo, 'base.yaml'));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'rm', '-q', '--cached', 'base.yaml');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'drop base');
    writeFileSync(join(repo, 'base.yaml'), base);
    const missing = run(['diff', 'student-a.yaml', '--base', 'HEAD'], repo);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('HEAD:student-a.yaml:6:10  error AIA112  base spec base.yaml does not exist');
  });
});
