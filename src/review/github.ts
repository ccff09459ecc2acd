// The four GitHub REST calls a review comment needs (list a pull request's
// comments, create, update, delete), over Node's own fetch: four endpoints do
// not justify a client library. The token goes into one header and nowhere
// else: every message this module makes is scrubbed of it.

export interface GitHubTarget {
  /** e.g. https://api.github.com, or a GitHub Enterprise / test server's API root. */
  readonly apiUrl: string;
  /** owner/name */
  readonly repo: string;
  /** The pull request's number (pull requests are issues for comments). */
  readonly pr: number;
  readonly token: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly html_url?: string;
}

export class GitHubError extends Error {
  override readonly name = 'GitHubError';
}

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function checkTarget(target: GitHubTarget): void {
  if (!REPO.test(target.repo)) throw new GitHubError(`repository must look like owner/name, not "${target.repo}"`);
  if (!Number.isInteger(target.pr) || target.pr < 1) throw new GitHubError(`pull request number must be a positive whole number, not "${target.pr}"`);
  let url: URL;
  try {
    url = new URL(target.apiUrl);
  } catch {
    throw new GitHubError(`GitHub API URL is not a URL: "${target.apiUrl}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new GitHubError(`GitHub API URL must be http(s): "${target.apiUrl}"`);
  if (target.token.trim() === '') throw new GitHubError('the GitHub token is empty');
}

/** Replaces every occurrence of the token, so no message can carry it. */
export function scrub(message: string, token: string): string {
  return token.length === 0 ? message : message.split(token).join('***');
}

/** The URL of rel="next" in a Link header, if any. */
export function nextLink(header: string | null): string | null {
  if (header === null) return null;
  for (const part of header.split(',')) {
    const match = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
    if (match !== null && /\brel="?next"?/.test(match[2] ?? '')) return match[1] ?? null;
  }
  return null;
}

export class GitHubClient {
  private readonly root: URL;

  constructor(private readonly target: GitHubTarget) {
    checkTarget(target);
    this.root = new URL(target.apiUrl.endsWith('/') ? target.apiUrl : `${target.apiUrl}/`);
  }

  private url(path: string): URL {
    return new URL(path.replace(/^\//, ''), this.root);
  }

  private async request(method: string, url: URL, body?: unknown): Promise<Response> {
    // The token must only ever go to the API the caller named, never to a host a response points at.
    if (url.origin !== this.root.origin) throw new GitHubError(`refusing to send the token to ${url.origin}: not the GitHub API at ${this.root.origin}`);
    const what = `${method} ${url.pathname}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.target.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'aiarch-review',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new GitHubError(scrub(`${what}: cannot reach ${this.root.origin} (${cause?.code ?? cause?.message ?? String(error)})`, this.target.token));
    }
    if (!response.ok) {
      let detail = '';
      try {
        const data = (await response.json()) as { message?: unknown };
        if (typeof data.message === 'string') detail = `: ${data.message}`;
      } catch {
        // No JSON body: the status says enough.
      }
      const hint =
        response.status === 401 || response.status === 403 || response.status === 404
          ? ' (does the token have pull-requests: write, and is this the right repository and pull request?)'
          : '';
      throw new GitHubError(scrub(`${what} returned ${response.status}${detail}${hint}`, this.target.token));
    }
    return response;
  }

  private get issuePath(): string {
    return `repos/${this.target.repo}/issues`;
  }

  /** Every comment on the pull request, following the pages. */
  async listComments(): Promise<IssueComment[]> {
    const comments: IssueComment[] = [];
    let url: URL | null = this.url(`${this.issuePath}/${this.target.pr}/comments?per_page=100`);
    for (let page = 0; url !== null; page += 1) {
      if (page >= 100) throw new GitHubError('more than 100 pages of comments: stopped listing');
      const response: Response = await this.request('GET', url);
      const data = (await response.json()) as unknown;
      if (!Array.isArray(data)) throw new GitHubError(`GET ${url.pathname}: expected a list of comments`);
      for (const item of data as { id?: unknown; body?: unknown; html_url?: unknown }[]) {
        if (typeof item.id !== 'number') continue;
        comments.push({
          id: item.id,
          body: typeof item.body === 'string' ? item.body : '',
          ...(typeof item.html_url === 'string' ? { html_url: item.html_url } : {}),
        });
      }
      const next = nextLink(response.headers.get('link'));
      url = next === null ? null : new URL(next, this.root);
    }
    return comments;
  }

  async createComment(body: string): Promise<IssueComment> {
    const response = await this.request('POST', this.url(`${this.issuePath}/${this.target.pr}/comments`), { body });
    return (await response.json()) as IssueComment;
  }

  async updateComment(id: number, body: string): Promise<IssueComment> {
    const response = await this.request('PATCH', this.url(`${this.issuePath}/comments/${id}`), { body });
    return (await response.json()) as IssueComment;
  }

  async deleteComment(id: number): Promise<void> {
    await this.request('DELETE', this.url(`${this.issuePath}/comments/${id}`));
  }
}
