// The README's review workflows are meant to be copied as they are: the GitHub
// workflow must use only inputs the action has, and the GitLab job must work.
// The GitLab job runs here for real (bash, git, curl, jq) against a local
// imitation of the merge-request notes API, minus its two install lines (the
// suite has built dist/) and with `npx aiarch` run from this checkout.
import { execFileSync, spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MARKER, markerLine } from '../../src/diff/comment.js';
import { BIN, requireBuild, ROOT, runCli } from '../support/cli.js';
import { addCacheRemovePii, northwindText } from '../support/spec-edits.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Pull-request review'), readme.indexOf('\n## ', readme.indexOf('## Pull-request review') + 5));
const yamlBlocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };

describe('README review workflows', () => {
  it('the GitHub workflow is ten lines and uses the action with inputs it has', () => {
    const block = yamlBlocks[0]!;
    expect(block.trimEnd().split('\n')).toHaveLength(10);
    const workflow = parse(block) as {
      on: string;
      permissions: Record<string, string>;
      jobs: { review: { steps: { uses: string; with?: Record<string, unknown> }[] } };
    };
    expect(workflow.on).toBe('pull_request');
    expect(workflow.permissions['pull-requests']).toBe('write');
    const [checkout, review] = workflow.jobs.review.steps;
    expect(checkout?.uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(review?.uses).toBe('./');
    for (const input of Object.keys(review?.with ?? {})) expect(Object.keys(action.inputs), input).toContain(input);
  });

  it('every input of the action is in the README table', () => {
    for (const input of Object.keys(action.inputs)) expect(section, input).toContain(`\`${input}\``);
  });

  it('the GitLab job finds the note by the marker aiarch writes', () => {
    expect(yamlBlocks[1]).toContain(`startswith("${markerLine(DEFAULT_MARKER)}")`);
    const help = runCli(['diff', '--help']).stdout;
    for (const flag of yamlBlocks[1]!.matchAll(/aiarch diff[^\n]*/g)) for (const f of flag[0].match(/--[a-z-]+/g) ?? []) expect(help, f).toContain(f);
  });
});

interface Note {
  id: number;
  body: string;
}

const GITLAB_TOKEN = 'glpat-readmeJobToken-123';

async function fakeGitLab(): Promise<{ url: string; notes: Note[]; methods: string[]; close: () => Promise<void> }> {
  const notes: Note[] = [{ id: 1, body: 'First review pass done' }];
  const methods: string[] = [];
  let next = 100;
  const read = async (req: IncomingMessage) => {
    let s = '';
    for await (const c of req) s += String(c);
    return JSON.parse(s) as { body: string };
  };
  const send = (res: ServerResponse, status: number, data: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(data));
  };
  const server = createServer((req, res) => {
    void (async () => {
      methods.push(req.method ?? '');
      if (req.headers['private-token'] !== GITLAB_TOKEN) return send(res, 401, { message: '401 Unauthorized' });
      const url = new URL(req.url ?? '/', 'http://x');
      const list = url.pathname === '/api/v4/projects/42/merge_requests/5/notes';
      const one = /^\/api\/v4\/projects\/42\/merge_requests\/5\/notes\/(\d+)$/.exec(url.pathname);
      if (list && req.method === 'GET') return send(res, 200, notes);
      if (list && req.method === 'POST') {
        const note = { id: (next += 1), body: (await read(req)).body };
        notes.push(note);
        return send(res, 201, note);
      }
      const found = one === null ? undefined : notes.find((n) => n.id === Number(one[1]));
      if (found !== undefined && req.method === 'PUT') {
        found.body = (await read(req)).body;
        return send(res, 200, found);
      }
      return send(res, 404, { message: '404 Not Found' });
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`,
    notes,
    methods,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function runJob(cwd: string, api: string): Promise<{ code: number | null; output: string }> {
  const job = parse(yamlBlocks[1]!) as Record<string, { script: string[] }>;
  const script = Object.values(job)[0]!
    .script.filter((line) => !/^(apt-get|npm ci)/.test(line))
    .map((line) => line.replace(/npx aiarch /g, `node ${JSON.stringify(BIN)} `))
    .join('\n');
  const env = {
    ...process.env,
    NO_COLOR: '1',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_API_V4_URL: api,
    CI_PROJECT_ID: '42',
    CI_MERGE_REQUEST_IID: '5',
    AIARCH_GITLAB_TOKEN: GITLAB_TOKEN,
  };
  return new Promise((done, fail) => {
    // GitLab runs a job's script lines in one bash with errexit and pipefail.
    const child = spawn('bash', ['-eo', 'pipefail', '-c', script], { cwd, env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

describe('README GitLab job, run', () => {
  let gitlab: Awaited<ReturnType<typeof fakeGitLab>>;
  let checkout: string;

  beforeAll(() => requireBuild());

  beforeEach(async () => {
    gitlab = await fakeGitLab();
    const origin = mkdtempSync(join(tmpdir(), 'aiarch-origin-'));
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-C', cwd, ...args]);
    git(origin, 'init', '-q', '-b', 'main');
    mkdirSync(join(origin, 'specs'));
    writeFileSync(join(origin, 'specs/northwind.yaml'), northwindText);
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'base');
    checkout = mkdtempSync(join(tmpdir(), 'aiarch-mr-'));
    execFileSync('git', ['clone', '-q', `file://${origin}`, checkout]);
    // A merge-request pipeline's clone need not hold the target branch: the job fetches it.
    git(checkout, 'update-ref', '-d', 'refs/remotes/origin/main');
  });

  afterEach(async () => {
    await gitlab.close();
  });

  it('posts the note, updates it on the next pipeline, and fails on a gate after posting', async () => {
    const spec = join(checkout, 'specs/northwind.yaml');
    // A 5.8% cost rise, under the job's 10% gate; the rubric stays at 18.
    writeFileSync(spec, addCacheRemovePii(northwindText));
    const first = await runJob(checkout, gitlab.url);
    expect(first.code, first.output).toBe(0);
    expect(gitlab.methods).toEqual(['GET', 'POST']);
    expect(gitlab.notes).toHaveLength(2);
    expect(gitlab.notes[1]!.body.startsWith(markerLine())).toBe(true);
    expect(gitlab.notes[1]!.body).toContain('- added `cache` Response cache');

    // The next push also cuts the budget: an error finding the change adds, so the job posts, then fails.
    writeFileSync(spec, addCacheRemovePii(northwindText).replace('annualUsd: 120000', 'annualUsd: 20000'));
    const second = await runJob(checkout, gitlab.url);
    expect(second.code, second.output).toBe(1);
    expect(gitlab.methods).toEqual(['GET', 'POST', 'GET', 'PUT']);
    expect(gitlab.notes).toHaveLength(2);
    expect(gitlab.notes[1]!.body).toContain('**Gates failed**');
    expect(second.output).toContain('aiarch: gate failed: specs/northwind.yaml: the change adds 1 error finding');
    expect(first.output + second.output).not.toContain(GITLAB_TOKEN);
  });
});
