// aiarch preview [PATH]: a local page that follows the spec as it is saved, or
// the class scoreboard of a folder. Prints the page's URL on stdout and runs
// until Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { startPreview, type Preview } from '../../preview/index.js';
import { DECK_THEMES, isDeckTheme } from '../../render/pptx/theme.js';
import { isAbstractSpec } from '../../spec/abstract.js';
import { UsageError, type Io } from '../io.js';
import { display } from '../paths.js';
import { yamlWatcher } from '../watch.js';

interface PreviewFlags {
  port?: string;
  host: string;
  open?: boolean;
  out: string;
  paper: string;
  theme: string;
  browser?: string;
}

export const DEFAULT_PORT = 7780;
/** Saves arrive as bursts of events; a short wait is enough to see the last one. */
const DEBOUNCE_MS = 50;

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new UsageError(`--port takes a number from 0 to 65535 (0 = any free port); got "${text}"`);
  return port;
}

/** The system's own way to open a URL; failures are reported, not fatal. */
function openInBrowser(io: Io, url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => io.err(`could not open a browser (${command}); open ${url} yourself`));
    child.unref();
  } catch {
    io.err(`could not open a browser (${command}); open ${url} yourself`);
  }
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveSignal(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function register(program: Command, io: Io): void {
  program
    .command('preview')
    .description('serve a live page of a spec, or the class scoreboard of a folder, that updates as the files are saved')
    .argument('[path]', 'a spec file, or a folder of specs', 'specs/')
    .option('-p, --port <n>', `port to listen on; 0 picks any free port (default: ${DEFAULT_PORT}, or a free one when that is taken)`)
    .option('--host <host>', 'address to listen on; other machines can reach the page only if this is not a loopback address', '127.0.0.1')
    .option('--open', 'open the page in the system browser')
    .option('-o, --out <dir>', 'output folder the PDF, deck and files are built into; each spec goes to <dir>/<client-slug>/', 'output')
    .option('--paper <size>', 'PDF paper size: a4 or letter', 'a4')
    .option('--theme <name>', `deck theme: ${DECK_THEMES.join(' or ')}`, DECK_THEMES[0])
    .option('--browser <path>', 'Chromium or Chrome executable (default: AIARCH_BROWSER, PUPPETEER_EXECUTABLE_PATH, then system paths)')
    .action(async (path: string, flags: PreviewFlags) => {
      const target = resolve(io.cwd, path);
      if (!existsSync(target)) throw new UsageError(`${path}: no such file or folder`);
      const folder = statSync(target).isDirectory();
      if (!folder && isAbstractSpec(readFileSync(target)))
        throw new UsageError(`${path} is an abstract base spec (abstract: true): preview a spec that extends it, or the folder`);
      const paper = flags.paper.toLowerCase();
      if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper takes a4 or letter; got "${flags.paper}"`);
      if (!isDeckTheme(flags.theme)) throw new UsageError(`--theme takes ${DECK_THEMES.join(' or ')}; got "${flags.theme}"`);
      const out = resolve(io.cwd, flags.out);
      if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${flags.out} is a file; give a folder (it is created when missing)`);
      const explicitPort = flags.port !== undefined;
      const start = (port: number): Promise<Preview> =>
        startPreview({
          target,
          folder,
          out,
          paper,
          theme: flags.theme as (typeof DECK_THEMES)[number],
          env: io.env as NodeJS.ProcessEnv,
          ...(flags.browser ? { browser: flags.browser } : {}),
          display: (file) => display(io, file),
          watch: (onChange) => yamlWatcher(onChange, DEBOUNCE_MS),
          log: (line) => io.err(line),
          host: flags.host,
          port,
        });
      let preview: Preview;
      try {
        preview = await start(explicitPort ? parsePort(flags.port ?? '') : DEFAULT_PORT);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' && !explicitPort) preview = await start(0);
        else if (code === 'EADDRINUSE') throw new UsageError(`port ${flags.port} is in use; pick another with --port N, or --port 0 for any free port`);
        else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`--host ${flags.host}: not an address of this machine`);
        else throw error;
      }
      const stopped = stopSignal();
      io.out(preview.url);
      io.err(`previewing ${folder ? `the specs in ${path}` : path} at ${preview.url} (Ctrl-C to stop)`);
      if (flags.open) openInBrowser(io, preview.url);
      await stopped;
      await preview.close();
    });
}
