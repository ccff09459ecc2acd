// A local stand-in for the four GitHub REST endpoints a review comment uses:
// list a pull request's comments (in pages of PAGE_SIZE, linked the way GitHub
// links them), create, update and delete. It checks the bearer token and
// records every request so tests can see exactly what was sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const PAGE_SIZE = 2;

export interface FakeComment {
  id: number;
  body: string;
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: Recorded[];
  /** Comments per `owner/name#pr`. */
  comments(repo: string, pr: number): FakeComment[];
  seed(repo: string, pr: number, body: string): FakeComment;
  /** Answer every request with this status and message (e.g. a revoked token). */
  failWith(status: number | null, message?: string): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startFakeGitHub(token: string): Promise<FakeGitHub> {
  const threads = new Map<string, FakeComment[]>();
  const requests: Recorded[] = [];
  let nextId = 1000;
  let failure: { status: number; message: string } | null = null;
  let base = '';
  const thread = (key: string) => {
    let list = threads.get(key);
    if (list === undefined) threads.set(key, (list = []));
    return list;
  };
  const json = (res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(data === undefined ? '' : JSON.stringify(data));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ method: req.method ?? '', path: url.pathname + url.search });
    if (failure !== null) return json(res, failure.status, { message: failure.message });
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { message: 'Bad credentials' });
    if (req.headers['user-agent'] === undefined) return json(res, 403, { message: 'a User-Agent header is required' });
    const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list !== null && req.method === 'GET') {
      const all = thread(`${list[1]}#${list[2]}`);
      const page = Number(url.searchParams.get('page') ?? '1');
      const items = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const links: string[] = [];
      if (page * PAGE_SIZE < all.length) links.push(`<${base}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`);
      if (page > 1) links.push(`<${base}${url.pathname}?per_page=100&page=1>; rel="first"`);
      return json(
        res,
        200,
        items.map((c) => ({ ...c, html_url: `https://github.example/${list[1]}/pull/${list[2]}#issuecomment-${c.id}` })),
        links.length > 0 ? { link: links.join(', ') } : {},
      );
    }
    if (list !== null && req.method === 'POST') {
      const body = (await readBody(req)) as { body?: unknown };
      if (typeof body.body !== 'string') return json(res, 422, { message: 'body is required' });
      if (body.body.length > 65536) return json(res, 422, { message: 'Body is too long (maximum is 65536 characters)' });
      const comment = { id: (nextId += 1), body: body.body };
      thread(`${list[1]}#${list[2]}`).push(comment);
      return json(res, 201, { ...comment, html_url: `https://github.example/${list[1]}/pull/${list[2]}#issuecomment-${comment.id}` });
    }
    if (one !== null) {
      const id = Number(one[2]);
      for (const [key, all] of threads) {
        if (!key.startsWith(`${one[1]}#`)) continue;
        const index = all.findIndex((c) => c.id === id);
        if (index < 0) continue;
        if (req.method === 'PATCH') {
          const body = (await readBody(req)) as { body?: unknown };
          if (typeof body.body !== 'string') return json(res, 422, { message: 'body is required' });
          all[index]!.body = body.body;
          return json(res, 200, { ...all[index], html_url: `https://github.example/${key.replace('#', '/pull/')}#issuecomment-${id}` });
        }
        if (req.method === 'DELETE') {
          all.splice(index, 1);
          res.writeHead(204);
          return res.end();
        }
      }
      return json(res, 404, { message: 'Not Found' });
    }
    return json(res, 404, { message: 'Not Found' });
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, { message: String(error) }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    comments: (repo, pr) => thread(`${repo}#${pr}`),
    seed(repo, pr, body) {
      const comment = { id: (nextId += 1), body };
      thread(`${repo}#${pr}`).push(comment);
      return comment;
    },
    failWith(status, message = 'Forbidden') {
      failure = status === null ? null : { status, message };
    },
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
