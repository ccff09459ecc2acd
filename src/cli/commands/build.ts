// aiarch build [PATH...]: every artifact of every spec. One spec's errors do
// not stop the others; a closing line per spec says what was written or why not.
import type { Command } from 'commander';
import { compile, type SpecBuild } from '../../compile/index.js';
import { palette } from '../../diagnostics/color.js';
import { DECK_THEMES, isDeckTheme } from '../../render/pptx/theme.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../render/types.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { display, specFiles } from '../paths.js';
import { printDiagnostics } from '../report.js';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

interface BuildFlags {
  out: string;
  only?: string;
  paper: string;
  theme: string;
  browser?: string;
  cache: boolean;
}

function parseFormats(only: string | undefined): OutputFormat[] | undefined {
  if (only === undefined) return undefined;
  const formats = only.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
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
    .option('--browser <path>', 'Chromium or Chrome executable (default: AIARCH_BROWSER, PUPPETEER_EXECUTABLE_PATH, then system paths)')
    .option('--no-cache', 'render every diagram and PDF again instead of reusing unchanged renders')
    .action(async (paths: string[], flags: BuildFlags) => {
      const formats = parseFormats(flags.only);
      const paper = flags.paper.toLowerCase();
      if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper takes a4 or letter; got "${flags.paper}"`);
      if (!isDeckTheme(flags.theme)) throw new UsageError(`--theme takes ${DECK_THEMES.join(' or ')}; got "${flags.theme}"`);
      const out = resolve(io.cwd, flags.out);
      if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${flags.out} is a file; give a folder (it is created when missing)`);
      const files = specFiles(io, paths);
      const result = await compile(files, {
        out,
        ...(formats ? { formats } : {}),
        paper,
        theme: flags.theme,
        ...(flags.browser ? { browser: flags.browser } : {}),
        env: io.env as NodeJS.ProcessEnv,
        cache: flags.cache,
        displayName: (file) => display(io, file),
      });
      for (const spec of result.specs) printDiagnostics(io, spec.diagnostics, spec.text);
      if (result.skippedForBrowser.length > 0) {
        io.err(`skipped ${result.skippedForBrowser.join(', ')}: no Chromium or Chrome found. Fix: npx aiarch doctor --fix (or set AIARCH_BROWSER), then build again.`);
      }
      for (const spec of result.specs) io.err(closingLine(io, spec));
      const failed = result.specs.filter((s) => !s.ok).length;
      io.err(`${result.specs.length - failed} of ${result.specs.length} spec${result.specs.length === 1 ? '' : 's'} built`);
      if (failed > 0) io.fail(EXIT.specErrors);
    });
}
