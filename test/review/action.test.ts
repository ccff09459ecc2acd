// action.yml, checked as GitHub would read it and run the way a runner runs
// its shell steps: each `run` script under bash with its `env` evaluated, in a
// checkout whose base branch lives on an `origin` remote, posting to a local
// imitation of the GitHub API. The `uses:` steps (setup-node, the SARIF upload)
// are GitHub's own and are not run here.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requireBuild, ROOT, runCli } from '../support/cli.js';
import { addCacheRemovePii, specRepo, type SpecRepo } from '../support/spec-edits.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  'working-directory'?: string;
  env?: Record<string, string>;
}

interface Action {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { description: string; default?: string }>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const TOKEN = 'ghs_actionTestToken_9f8e7d';
const REPO = 'acme/architecture';

/** The expression subset action.yml uses: context lookups joined by `||`. */
function evaluate(template: string, context: ReadonlyMap<string, string>): string {
  return template.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => {
    for (const term of expr.split('||').map((t) => t.trim())) {
      if (!context.has(term)) throw new Error(`action.yml uses ${term}, which this test does not model`);
      const value = context.get(term)!;
      if (value !== '') return value;
    }
    return '';
  });
}

function condition(expr: string, context: ReadonlyMap<string, string>): boolean {
  const match = /^(inputs\.[a-z-]+) == '(\w+)'$/.exec(expr.trim());
  if (match === null) throw new Error(`action.yml has a condition this test does not model: ${expr}`);
  return context.get(match[1]!) === match[2];
}

function bash(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|GH_)/.test(k)));
  return new Promise((done, fail) => {
    // The flags GitHub uses for `shell: bash`.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env: { ...clean, NO_COLOR: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

interface ActionRun {
  readonly failedStep: string | null;
  readonly output: string;
  readonly summary: string;
  readonly ran: string[];
  /** RUNNER_TEMP of the run. */
  readonly temp: string;
}

/** Runs the action's shell steps in order, as a runner does, stopping at the first failure. */
async function runAction(checkout: string, api: string, inputs: Record<string, string>, event: { pr: string; baseRef: string }): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'aiarch-runner-'));
  const outputs = new Map<string, string>();
  const summary = join(temp, 'summary.md');
  writeFileSync(summary, '');
  const context = new Map<string, string>([
    ['github.action_path', ROOT],
    ['github.base_ref', event.baseRef],
    ['github.event.pull_request.number', event.pr],
    ['github.token', TOKEN],
    ['runner.temp', temp],
  ]);
  for (const [name, input] of Object.entries(action.inputs)) context.set(`inputs.${name}`, evaluate(inputs[name] ?? input.default ?? '', context));
  let output = '';
  const ran: string[] = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined && !condition(step.if, context)) continue;
    if (step.run === undefined) continue;
    // Installing is the runner's business here: the suite has already built dist/.
    if (step.name === 'Install aiarch') continue;
    for (const [key, value] of outputs) context.set(key, value);
    const githubOutput = join(temp, `output-${ran.length}`);
    writeFileSync(githubOutput, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, context)]));
    const cwd = join(checkout, evaluate(step['working-directory'] ?? '.', context));
    const result = await bash(step.run, cwd, {
      ...env,
      GITHUB_OUTPUT: githubOutput,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_API_URL: api,
      GITHUB_REPOSITORY: REPO,
      RUNNER_TEMP: temp,
    });
    ran.push(step.name ?? step.id ?? '?');
    output += result.output;
    for (const line of readFileSync(githubOutput, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0 && step.id !== undefined) outputs.set(`steps.${step.id}.outputs.${line.slice(0, eq)}`, line.slice(eq + 1));
    }
    if (result.code !== 0) return { failedStep: step.name ?? '?', output, summary: readFileSync(summary, 'utf8'), ran, temp };
  }
  return { failedStep: null, output, summary: readFileSync(summary, 'utf8'), ran, temp };
}

beforeAll(() => requireBuild());

describe('action.yml', () => {
  it('is a composite action whose inputs are the documented ones', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        'allow-new-errors',
        'base-ref',
        'comment',
        'fail-below-rubric',
        'fail-on-cost-increase',
        'github-token',
        'marker',
        'post-unchanged',
        'specs',
        'upload-sarif',
        'working-directory',
      ].sort(),
    );
    expect(action.inputs.comment?.default).toBe('update');
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description.length, name).toBeGreaterThan(10);
  });

  it('uses every input, and never pastes an expression into a script', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    for (const name of Object.keys(action.inputs)) expect(text, name).toContain(`inputs.${name}`);
    // Inputs reach scripts through env only: an expression inside `run` would be script injection.
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('passes the review command only options it has', () => {
    const help = runCli(['review', '--help']).stdout;
    const review = action.runs.steps.find((s) => s.name === 'Review')!.run!;
    const flags = [...review.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]);
    expect(flags.length).toBeGreaterThan(5);
    for (const flag of flags) expect(help, flag).toContain(flag);
  });
});

describe('action.yml, run', () => {
  let github: FakeGitHub;
  let repo: SpecRepo;

  beforeEach(async () => {
    github = await startFakeGitHub(TOKEN);
    // The base branch lives on origin; the checkout holds only the pull request's change.
    const origin = specRepo();
    origin.git('branch', '-M', 'main');
    const bare = mkdtempSync(join(tmpdir(), 'aiarch-origin-'));
    execFileSync('git', ['clone', '-q', '--bare', origin.dir, bare]);
    const work = mkdtempSync(join(tmpdir(), 'aiarch-checkout-'));
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${bare}`, work]);
    repo = { dir: work, git: (...args) => execFileSync('git', args, { cwd: work, encoding: 'utf8' }), write: (t) => writeFileSync(join(work, 'spec.yaml'), t) };
    // Only the pull request's commit is checked out, as actions/checkout does: origin/main is not there yet.
    repo.git('update-ref', '-d', 'refs/remotes/origin/main');
    repo.write(addCacheRemovePii(readFileSync(join(work, 'spec.yaml'), 'utf8')));
  });

  afterEach(async () => {
    await github.close();
  });

  it('fetches the base, posts the comment, updates it on the next run and writes the step summary', async () => {
    const first = await runAction(repo.dir, github.url, { specs: 'spec.yaml' }, { pr: '7', baseRef: 'main' });
    expect(first.failedStep, first.output).toBeNull();
    expect(first.ran).toEqual(['Fetch the base revision', 'Review']);
    const ours = github.comments(REPO, 7).filter((c) => c.body.startsWith('<!-- aiarch-review -->'));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('Compared with `origin/main`');
    expect(ours[0]!.body).toContain('- data layer: removed control PII redaction');
    expect(first.summary).toBe(ours[0]!.body);

    const second = await runAction(repo.dir, github.url, { specs: 'spec.yaml' }, { pr: '7', baseRef: 'main' });
    expect(second.failedStep, second.output).toBeNull();
    expect(github.comments(REPO, 7)).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(first.output + second.output).not.toContain(TOKEN);
  });

  it('fails the step on a gate after posting, and writes SARIF when asked', async () => {
    const run = await runAction(
      repo.dir,
      github.url,
      { specs: 'spec.yaml', 'fail-on-cost-increase': '2', 'upload-sarif': 'true' },
      { pr: '7', baseRef: 'main' },
    );
    expect(run.failedStep).toBe('Review');
    expect(run.output).toContain('aiarch: gate failed: spec.yaml: year-1 cost rises 5.8%, over the 2% limit');
    expect(github.comments(REPO, 7)).toHaveLength(1);
    expect(run.ran).toEqual(['Fetch the base revision', 'Check (SARIF)', 'Review']);
    // The file the upload step is given holds the check's findings as SARIF.
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect((upload as { with?: Record<string, string> } | undefined)?.with?.sarif_file).toBe('${{ runner.temp }}/aiarch.sarif');
    const sarif = JSON.parse(readFileSync(join(run.temp, 'aiarch.sarif'), 'utf8')) as { version: string; runs: { tool: { driver: { name: string } } }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.name).toBe('aiarch');
  });

  it('posts nothing outside a pull request, and still applies the gates', async () => {
    const run = await runAction(repo.dir, github.url, { specs: 'spec.yaml', 'base-ref': 'main', 'fail-below-rubric': '14' }, { pr: '', baseRef: '' });
    expect(run.failedStep, run.output).toBeNull();
    expect(run.output).toContain('not a pull request, so no comment');
    expect(github.requests).toHaveLength(0);
  });

  it('stops with a clear error when there is no base to compare with', async () => {
    const run = await runAction(repo.dir, github.url, { specs: 'spec.yaml' }, { pr: '', baseRef: '' });
    expect(run.failedStep).toBe('Fetch the base revision');
    expect(run.output).toContain('::error::aiarch: no base to compare with');
  });
});
