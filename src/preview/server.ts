// The preview's HTTP server, on node:http alone. It answers GET for a handful
// of routes and nothing else: the two pages, their own script and style, the
// event streams, diagram SVGs from memory, and files of the output folders of
// the specs it previews. Every response carries a strict CSP.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventHub } from './http/events.js';
import { FILE_CSP, PAGE_CSP, securityHeaders } from './http/headers.js';
import { BadPathError, fileUnder, pathSegments } from './http/paths.js';
import { pageHtml } from './page.js';
import { STYLE } from './style.js';
import { BOARD_TOPIC, specTopic, type Workspace } from './workspace.js';

/** The page's compiled scripts, next to this file in dist/. */
const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
const SCRIPT = /^[a-z][a-z0-9-]*\.js$/;

const OUTPUT_TYPES = new Map<string, string>([
  ['.pdf', 'application/pdf'],
  ['.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.md', 'text/plain; charset=utf-8'],
  ['.mmd', 'text/plain; charset=utf-8'],
]);

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface PreviewServer {
  readonly url: string;
  readonly hub: EventHub;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, csp = PAGE_CSP, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...securityHeaders(csp), 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const refuse = (res: ServerResponse, status: number, message: string): void => send(res, status, 'text/plain; charset=utf-8', `${message}\n`);

function sendFile(res: ServerResponse, file: string, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(200, { ...securityHeaders(FILE_CSP), 'Content-Type': type, 'Content-Length': String(statSync(file).size), ...extra });
  if (res.req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly out: string;
}

/** Requests whose Host is not this server are refused when it listens on loopback (DNS rebinding). */
function hostAllowed(req: IncomingMessage, host: string, port: number): boolean {
  if (!LOOPBACK.has(host)) return true;
  const header = req.headers.host ?? '';
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(header.toLowerCase());
}

export function handler(workspace: Workspace, hub: EventHub, options: ServeOptions, port: () => number) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed');
    if (!hostAllowed(req, options.host, port())) return refuse(res, 403, 'unknown host');
    const raw = req.url ?? '/';
    const query = raw.indexOf('?');
    let segments: string[];
    try {
      segments = pathSegments(query < 0 ? raw : raw.slice(0, query));
    } catch (error) {
      if (error instanceof BadPathError) return refuse(res, 400, 'refused path');
      throw error;
    }
    const [route, first, ...rest] = segments;
    const only = workspace.isFolder ? undefined : workspace.ids()[0];

    if (route === undefined) {
      if (only !== undefined) return specPage(only);
      return send(res, 200, 'text/html; charset=utf-8', pageHtml(`Class scoreboard: ${workspace.board().folder}`, '/events/board'));
    }
    // Browsers ask for it on their own; there is none, and a 404 would only add console noise.
    if (route === 'favicon.ico' && first === undefined) {
      res.writeHead(204, securityHeaders(PAGE_CSP));
      return void res.end();
    }
    if (route === 'spec' && first !== undefined && rest.length === 0) return specPage(first);
    if (route === 'events' && first !== undefined && rest.length === 0) {
      if (first === 'board' && workspace.isFolder) return hub.open(BOARD_TOPIC, res, workspace.board());
      const state = workspace.specState(first);
      if (state === null) return refuse(res, 404, 'no such spec');
      workspace.activate(first);
      return hub.open(specTopic(first), res, workspace.specState(first));
    }
    if (route === 'assets' && first !== undefined && rest.length === 0) {
      if (first === 'preview.css') return send(res, 200, 'text/css; charset=utf-8', STYLE);
      const script = SCRIPT.test(first) ? fileUnder(CLIENT_DIR, [first]) : null;
      if (script !== null) return sendFile(res, script, 'text/javascript; charset=utf-8');
      return refuse(res, 404, 'not found');
    }
    if (route === 'diagram' && first !== undefined && rest.length === 1) {
      const name = /^([a-z-]+)\.svg$/.exec(rest[0] ?? '')?.[1];
      const svg = name === undefined ? null : (workspace.spec(first)?.svg(name) ?? null);
      if (svg === null) return refuse(res, 404, 'not rendered');
      // The URL carries a hash of the SVG, so a URL always means the same picture.
      return send(res, 200, 'image/svg+xml; charset=utf-8', svg, FILE_CSP, { 'Cache-Control': 'private, max-age=31536000, immutable' });
    }
    if (route === 'out' && first !== undefined && rest.length > 0) {
      // Only the output folders of the specs this preview builds, and only the kinds of file a build writes.
      const type = OUTPUT_TYPES.get(extname(rest[rest.length - 1] ?? '').toLowerCase());
      const file = type !== undefined && workspace.bySlug(first) ? fileUnder(join(options.out, first), rest) : null;
      if (file === null || type === undefined || !statSync(file).isFile()) return refuse(res, 404, 'not found');
      const download = type.includes('presentationml') ? { 'Content-Disposition': `attachment; filename="${rest[rest.length - 1]}"` } : {};
      return sendFile(res, file, type, download);
    }
    return refuse(res, 404, 'not found');

    function specPage(id: string): void {
      const runner = workspace.spec(id);
      if (!runner) return refuse(res, 404, 'no such spec');
      send(res, 200, 'text/html; charset=utf-8', pageHtml(runner.name, `/events/${id}`));
    }
  };
}

/** Listens on host:port (0 = any free port) and resolves once it does. */
export async function serve(workspace: Workspace, hub: EventHub, options: ServeOptions): Promise<PreviewServer> {
  if (!existsSync(CLIENT_DIR)) throw new Error(`the page's scripts are missing from ${CLIENT_DIR}: run npm run build`);
  let bound = options.port;
  const server: Server = createServer(handler(workspace, hub, options, () => bound));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  bound = (server.address() as AddressInfo).port;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${bound}/`,
    hub,
    close: () =>
      new Promise<void>((resolve) => {
        hub.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
