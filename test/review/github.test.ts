import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { GitHubClient, GitHubError, nextLink, scrub } from '../../src/review/github.js';
import { postReviewComment } from '../../src/review/post.js';
import { startFakeGitHub } from './fake-github.js';

const TOKEN = 'ghp_unitTestToken42';

describe('GitHub client', () => {
  it('reads rel="next" from a Link header', () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe('https://api.github.com/x?page=2');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });

  it('scrubs the token from any message', () => {
    expect(scrub(`a ${TOKEN} b ${TOKEN}`, TOKEN)).toBe('a *** b ***');
  });

  it('refuses to follow a page link to another host with the token', async () => {
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'application/json', link: '<http://127.0.0.2:9/steal?page=2>; rel="next"' });
      res.end('[]');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const client = new GitHubClient({ apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, repo: 'a/b', pr: 1, token: TOKEN });
      await expect(client.listComments()).rejects.toThrow(/refusing to send the token to http:\/\/127\.0\.0\.2:9/);
      expect(seen).toEqual([`Bearer ${TOKEN}`]);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('checks the target before any request', () => {
    expect(() => new GitHubClient({ apiUrl: 'https://api.github.com', repo: 'not a repo', pr: 1, token: TOKEN })).toThrow(GitHubError);
    expect(() => new GitHubClient({ apiUrl: 'ftp://x', repo: 'a/b', pr: 1, token: TOKEN })).toThrow(/http\(s\)/);
    expect(() => new GitHubClient({ apiUrl: 'https://api.github.com', repo: 'a/b', pr: 0, token: TOKEN })).toThrow(/pull request number/);
  });

  it('says when the API cannot be reached, without the token', async () => {
    const github = await startFakeGitHub(TOKEN);
    const url = github.url;
    await github.close();
    const error = await postReviewComment({ apiUrl: url, repo: 'a/b', pr: 1, token: TOKEN }, 'x', { mode: 'update', marker: '<!-- m -->', create: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toMatch(/^GET \/repos\/a\/b\/issues\/1\/comments: cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/);
  });

  it('updates the first of several marked comments and leaves the rest', async () => {
    const github = await startFakeGitHub(TOKEN);
    try {
      const target = { apiUrl: github.url, repo: 'a/b', pr: 3, token: TOKEN };
      github.seed('a/b', 3, 'hello');
      const first = github.seed('a/b', 3, '<!-- m -->\nold');
      github.seed('a/b', 3, '<!-- other -->\nanother workflow');
      const result = await postReviewComment(target, '<!-- m -->\nnew', { mode: 'update', marker: '<!-- m -->', create: true });
      expect(result).toMatchObject({ action: 'updated', id: first.id, deleted: 0 });
      expect(github.comments('a/b', 3).map((c) => c.body)).toEqual(['hello', '<!-- m -->\nnew', '<!-- other -->\nanother workflow']);
      expect(await postReviewComment(target, 'x', { mode: 'off', marker: '<!-- m -->', create: true })).toMatchObject({ action: 'skipped' });
      expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
    } finally {
      await github.close();
    }
  });
});
