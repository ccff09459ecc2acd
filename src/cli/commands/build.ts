// aiarch build [PATH...]: every artifact of every spec. One spec's errors do
// not stop the others; a closing line per spec says what was written or why not.
import type { Command } from 'commander';
import { compile, defaultJobs, type SpecBuild } from '../../compile/index.js';
import { progressView } from '../progress.js';
import { parseShard, shardOf } from '../shard.js';
import { yamlWatcher } from '../watch.js';
import { palette } from '../../diagnostics/color.js';
import { DECK_THEMES, isDeckTheme } from '../../render/pptx/theme.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../render/types.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { display, specFiles } from '../paths.js';
import { printDiagnostics } from '../report.js';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

interface BuildFlags {
  out: string;
  only?: string;
  paper: string;
  theme: string;
  draft?: boolean;
  browser?: string;
  cache: boolean;
  watch?: boolean;
  jobs?: string;
  shard?: string;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new UsageError(`--jobs takes a whole number from 1 to 64; got "${value}"`);
  return Number(value);
}

/** Folders to watch: those of every spec and base read, and the folders given on the command line (for new specs). */
function watchedDirs(io: Io, paths: readonly string[], specs: readonly SpecBuild[]): string[] {
  const dirs = new Set<string>();
  for (const path of paths) {
    const full = resolve(io.cwd, path);
    dirs.add(existsSync(full) && statSync(full).isDirectory() ? full : dirname(full));
  }
  for (const spec of specs) for (const input of spec.inputs) dirs.add(dirname(resolve(io.cwd, input)));
  return [...dirs].sort();
}

/** Rebuilds on every change until the process is stopped (Ctrl-C); builds never overlap. */
async function watchAndRebuild(io: Io, paths: readonly string[], first: readonly SpecBuild[], buildAll: () => Promise<readonly SpecBuild[]>): Promise<never> {
  let queue = Promise.resolve();
  const watcher = yamlWatcher((files) => {
    queue = queue.then(async () => {
      io.err(`\nchanged: ${files.map((f) => display(io, f)).join(', ')}; building again`);
      try {
        watcher.watch(watchedDirs(io, paths, await buildAll()));
      } catch (error) {
        // A usage problem (say, every spec deleted) is reported and the watch goes on.
        io.err(`aiarch: ${error instanceof Error ? error.message : String(error)}`);
      }
      io.err('watching for changes (Ctrl-C to stop)');
    });
  });
  watcher.watch(watchedDirs(io, paths, first));
  io.err('watching for changes (Ctrl-C to stop)');
  return new Promise<never>(() => undefined);
}

function parseFormats(only: string | undefined): OutputFormat[] | undefined {
  if (only === undefined) return undefined;
  const formats = only
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(`--only takes a comma list of ${OUTPUT_FORMATS.join(',')}; got "${only}"`);
  }
  return formats as OutputFormat[];
}

function closingLine(io: Io, spec: SpecBuild): string {
  const c = palette(io.color.stderr);
  if (!spec.ok) {
    const errors = spec.diagnostics.filter((d) => d.severity === 'error').length;
    return `${c.red('✗')} ${spec.file}: ${errors} error${errors === 1 ? '' : 's'}, nothing written`;
  }
  const files = spec.written.length + spec.unchanged.length;
  const changes = spec.written.length === 0 ? 'unchanged' : `${spec.written.length} written, ${spec.unchanged.length} unchanged`;
  const score = spec.rubricTotal === null ? '' : `; rubric ${spec.rubricTotal}/20`;
  const findings = spec.findings > 0 ? `, ${spec.findings} finding${spec.findings === 1 ? '' : 's'} (aiarch check)` : '';
  const skipped = spec.skipped.length > 0 ? `; skipped ${spec.skipped.join(', ')}` : '';
  return `${c.cyan('✓')} ${spec.file} → ${display(io, spec.dir ?? '')}/ (${files} files: ${changes}${skipped}${score}${findings})`;
}

export function register(program: Command, io: Io): void {
  program
    .command('build')
    .description('compile specs into diagrams, documents, the PDF proposal and the executive deck')
    .argument('[paths...]', 'spec files or folders', ['specs/'])
    .option('-o, --out <dir>', 'output folder; each spec goes to <dir>/<client-slug>/', 'output')
    .option('--only <formats>', `comma list of ${OUTPUT_FORMATS.join(',')} (default: everything this machine can make)`)
    .option('--paper <size>', 'PDF paper size: a4 or letter', 'a4')
    .option('--theme <name>', `deck theme: ${DECK_THEMES.join(' or ')}`, DECK_THEMES[0])
    .option('--draft', 'mark the PDF and deck as drafts and add the author notes: what aiarch check would have the author add')
    .option('--browser <path>', 'Chromium or Chrome executable (default: AIARCH_BROWSER, PUPPETEER_EXECUTABLE_PATH, then system paths)')
    .option('--no-cache', 'render every diagram and PDF again instead of reusing unchanged renders')
    .option('-w, --watch', 'keep running and rebuild when a spec, or a base it extends, changes')
    .option('-j, --jobs <n>', 'specs rendered at once, in one browser (default: the number of cores)')
    .option('--shard <i/n>', 'build only part i of n of the specs (sorted by path), e.g. 2/3 on the second of three CI runners')
    .action(async (paths: string[], flags: BuildFlags) => {
      const formats = parseFormats(flags.only);
      const paper = flags.paper.toLowerCase();
      if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper takes a4 or letter; got "${flags.paper}"`);
      const theme = flags.theme;
      if (!isDeckTheme(theme)) throw new UsageError(`--theme takes ${DECK_THEMES.join(' or ')}; got "${theme}"`);
      const jobs = parseJobs(flags.jobs);
      const shard = parseShard(flags.shard);
      const out = resolve(io.cwd, flags.out);
      if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${flags.out} is a file; give a folder (it is created when missing)`);
      const buildAll = async (): Promise<readonly SpecBuild[]> => {
        const progress = progressView(io);
        const result = await compile(shardOf(specFiles(io, paths), shard), {
          out,
          ...(formats ? { formats } : {}),
          paper,
          theme,
          ...(flags.draft === true ? { draft: true } : {}),
          ...(flags.browser ? { browser: flags.browser } : {}),
          env: io.env as NodeJS.ProcessEnv,
          cache: flags.cache,
          displayName: (file) => display(io, file),
          jobs,
          onProgress: progress.listener,
        }).finally(() => progress.stop());
        for (const spec of result.specs) printDiagnostics(io, spec.diagnostics, spec.texts);
        if (result.skippedForBrowser.length > 0) {
          io.err(
            `skipped ${result.skippedForBrowser.join(', ')}: no Chromium or Chrome found. Fix: npx aiarch doctor --fix (or set AIARCH_BROWSER), then build again.`,
          );
        }
        for (const spec of result.specs) io.err(closingLine(io, spec));
        const failed = result.specs.filter((s) => !s.ok).length;
        io.err(`${result.specs.length - failed} of ${result.specs.length} spec${result.specs.length === 1 ? '' : 's'} built`);
        if (failed > 0) io.fail(EXIT.specErrors);
        return result.specs;
      };
      const specs = await buildAll();
      if (flags.watch) await watchAndRebuild(io, paths, specs, buildAll);
    });
}
