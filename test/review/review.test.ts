// `aiarch review` end to end against a local imitation of the GitHub REST API:
// the built binary runs in a child process (asynchronously, so this process
// can answer its requests) with the token in its environment only.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, requireBuild } from '../support/cli.js';
import { addCacheRemovePii, specRepo, type SpecRepo } from '../support/spec-edits.js';
import { PAGE_SIZE, startFakeGitHub, type FakeGitHub } from './fake-github.js';

const TOKEN = 'ghs_Sup3rSecretTokenValue0123456789';
const REPO = 'acme/architecture';
const PR = 7;
const MARKER = '<!-- aiarch-review -->';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Everything any run printed, to prove the token never appears in output. */
const printed: string[] = [];

function review(cwd: string, api: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|GH_)/.test(k)));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'review', 'spec.yaml', '--base', 'HEAD', ...args], {
      cwd,
      env: { ...clean, NO_COLOR: '1', GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api, GITHUB_REPOSITORY: REPO, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      printed.push(stdout, stderr);
      done({ code, stdout, stderr });
    });
  });
}

let github: FakeGitHub;
let repo: SpecRepo;

beforeAll(() => requireBuild());

beforeEach(async () => {
  github = await startFakeGitHub(TOKEN);
  repo = specRepo();
  repo.write(addCacheRemovePii(repo.git('show', 'HEAD:spec.yaml')));
  // Other people's comments fill the first pages, so finding ours needs pagination.
  for (let i = 0; i < PAGE_SIZE * 2 + 1; i += 1) github.seed(REPO, PR, `Looks good to me (${i})`);
});

afterEach(async () => {
  await github.close();
});

afterAll(() => {
  expect(printed.length).toBeGreaterThan(0);
  for (const text of printed) expect(text).not.toContain(TOKEN);
});

const ours = () => github.comments(REPO, PR).filter((c) => c.body.startsWith(MARKER));
const calls = (method: string) => github.requests.filter((r) => r.method === method);

describe('aiarch review', () => {
  it('creates the comment on the first run and updates it on the second, with no duplicate', async () => {
    const first = await review(repo.dir, github.url, ['--pr', String(PR)]);
    expect(first.stderr).toContain('review comment created');
    expect(first.code).toBe(0);
    expect(ours()).toHaveLength(1);
    const id = ours()[0]!.id;
    expect(ours()[0]!.body).toContain('added `cache` Response cache');
    expect(ours()[0]!.body).toBe(first.stdout);
    // The listing walked every page before deciding there was no earlier comment.
    expect(calls('GET').length).toBe(3);

    repo.write(addCacheRemovePii(repo.git('show', 'HEAD:spec.yaml')).replace('name: Response cache', 'name: Semantic cache'));
    const second = await review(repo.dir, github.url, ['--pr', String(PR)]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('review comment updated');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(id);
    expect(ours()[0]!.body).toContain('Semantic cache');
    expect(calls('POST')).toHaveLength(1);
    expect(calls('PATCH')).toEqual([{ method: 'PATCH', path: `/repos/${REPO}/issues/comments/${id}` }]);
    // Nobody else's comment was touched.
    expect(github.comments(REPO, PR).filter((c) => c.body.startsWith('Looks good'))).toHaveLength(PAGE_SIZE * 2 + 1);
  });

  it('delete-and-new deletes the earlier comment and posts a new one at the bottom', async () => {
    await review(repo.dir, github.url, ['--pr', String(PR)]);
    const old = ours()[0]!.id;
    github.seed(REPO, PR, 'A later reply');
    const run = await review(repo.dir, github.url, ['--pr', String(PR), '--comment', 'delete-and-new']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('review comment recreated (1 earlier deleted)');
    expect(calls('DELETE')).toEqual([{ method: 'DELETE', path: `/repos/${REPO}/issues/comments/${old}` }]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).not.toBe(old);
    expect(github.comments(REPO, PR).at(-1)!.body.startsWith(MARKER)).toBe(true);
  });

  it('new adds a comment on every run', async () => {
    await review(repo.dir, github.url, ['--pr', String(PR), '--comment', 'new']);
    await review(repo.dir, github.url, ['--pr', String(PR), '--comment', 'new']);
    expect(ours()).toHaveLength(2);
    expect(calls('PATCH')).toHaveLength(0);
  });

  it('a failing gate still posts the comment, then exits 1 with the reason', async () => {
    const run = await review(repo.dir, github.url, ['--pr', String(PR), '--fail-on-cost-increase', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^aiarch: gate failed: spec\.yaml: year-1 cost rises 5\.8%, over the 1% limit/m);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('**Gates failed** (1)');
    expect(run.stderr.indexOf('review comment created')).toBeLessThan(run.stderr.indexOf('gate failed'));
  });

  it('posts nothing when no spec changed, unless asked to', async () => {
    repo.git('commit', '-qam', 'the edit lands on the base');
    const quiet = await review(repo.dir, github.url, ['--pr', String(PR)]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toContain('no spec changed; no comment posted');
    expect(calls('POST')).toHaveLength(0);
    expect(ours()).toHaveLength(0);
    const asked = await review(repo.dir, github.url, ['--pr', String(PR), '--post-unchanged']);
    expect(asked.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('No spec changed against `HEAD`.');
  });

  it('brings an earlier comment up to date when the change is gone, without creating one', async () => {
    await review(repo.dir, github.url, ['--pr', String(PR)]);
    repo.git('commit', '-qam', 'the edit lands on the base');
    const run = await review(repo.dir, github.url, ['--pr', String(PR)]);
    expect(run.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('No spec changed');
    expect(calls('POST')).toHaveLength(1);
  });

  it('reads the pull request from the GitHub Actions event file', async () => {
    const event = join(repo.dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 12 } }));
    const run = await review(repo.dir, github.url, [], { GITHUB_EVENT_PATH: event });
    expect(run.code).toBe(0);
    expect(github.comments(REPO, 12).filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
  });

  it('never prints the token, even when the server echoes it back in an error', async () => {
    github.failWith(403, `token ${TOKEN} lacks pull-requests: write`);
    const run = await review(repo.dir, github.url, ['--pr', String(PR)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('could not post the review comment: GET /repos/acme/architecture/issues/7/comments returned 403: token *** lacks');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('says which credentials are missing instead of posting', async () => {
    const run = await review(repo.dir, github.url, ['--pr', String(PR)], { GITHUB_TOKEN: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('set GITHUB_TOKEN');
    expect(github.requests).toHaveLength(0);
    const off = await review(repo.dir, github.url, ['--comment', 'off'], { GITHUB_TOKEN: '' });
    expect(off.code).toBe(0);
    expect(off.stdout.startsWith(MARKER)).toBe(true);
    expect(github.requests).toHaveLength(0);
  });
});
