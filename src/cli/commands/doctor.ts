// aiarch doctor [--fix]: which browser aiarch would use, from where, and
// whether it starts, and which scripts the system fonts can print. Exit 0 when
// a browser is usable: a missing font spoils some text, not the build.
import type { Command } from 'commander';
import { findBrowser, type FoundBrowser } from '../../browser/find.js';
import { scriptCoverage } from '../../browser/fonts.js';
import { installBrowser } from '../../browser/install.js';
import { openBrowser } from '../../browser/session.js';
import { EXIT, type Io } from '../io.js';

const HOW_TO_FIX = [
  'No browser found. aiarch needs Chromium for SVG/PNG diagrams and the PDF (markdown, Mermaid and the deck are built without it).',
  'Fix: run `aiarch doctor --fix`, or install Chromium (Debian: apt-get install -y chromium),',
  'or point aiarch at a Chrome/Chromium binary with --browser PATH or AIARCH_BROWSER=PATH.',
];

/** Starts and closes the browser once: a path that exists but cannot run is not usable. */
async function probe(found: FoundBrowser): Promise<string> {
  const session = await openBrowser(found);
  try {
    return await session.browser.version();
  } finally {
    await session.close();
  }
}

async function report(io: Io, found: FoundBrowser): Promise<boolean> {
  io.err(`browser: ${found.path}`);
  io.err(`found via: ${found.source}`);
  try {
    const version = await probe(found);
    io.err(`starts: yes (${version})`);
    return true;
  } catch (error) {
    io.err(`starts: no: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

function reportFonts(io: Io): void {
  const coverage = scriptCoverage();
  if (coverage === null) return;
  const missing = coverage.filter((c) => c.family === null);
  const covered = coverage.filter((c) => c.family !== null).map((c) => c.script.name);
  io.err(`fonts: Latin (bundled Inter)${covered.length > 0 ? `, ${covered.join(', ')}` : ''}`);
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((c) => c.script.debian))].join(' ');
  io.err(`fonts missing: ${missing.map((c) => c.script.name).join(', ')} text will print as empty boxes in the PDF and the diagrams.`);
  io.err(`Fix: install a font for them (Debian: apt-get install -y ${packages}) and rebuild with --no-cache.`);
}

export function register(program: Command, io: Io): void {
  program
    .command('doctor')
    .description('check the browser used for diagram images and the PDF; --fix installs one')
    .option('--fix', 'install a browser when none is usable (apt-get as root, else Chrome via puppeteer)')
    .option('--browser <path>', 'Chrome or Chromium executable to check')
    .action(async (options: { fix?: boolean; browser?: string }) => {
      const env = io.env as NodeJS.ProcessEnv;
      let found = findBrowser({ flag: options.browser, env });
      let usable = found !== null && (await report(io, found));
      if (found === null) for (const line of HOW_TO_FIX) io.err(line);
      if (!usable && options.fix === true) {
        const installed = await installBrowser((line) => io.err(line));
        found = installed.path !== null ? { path: installed.path, source: installed.method } : findBrowser({ env });
        usable = found !== null && (await report(io, found));
      }
      reportFonts(io);
      if (!usable) io.fail(EXIT.specErrors);
    });
}
