// aiarch diff OLD NEW | aiarch diff [PATH...] --base REV: the cost, score and
// rubric change of a spec edit, as text or as a pull-request comment.
import { execFileSync } from 'node:child_process';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { analyzeSpec, type AnalyzedSpec, type FailedSpec } from '../../compile/analyze.js';
import { compareSpecs, type SpecDiff } from '../../diff/compare.js';
import { diffMarkdown, diffText } from '../../diff/format.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { display, readSpecFile, specFiles } from '../paths.js';
import type { ReadFile } from '../../spec/extends.js';
import { printDiagnostics } from '../report.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

/** The spec at a git revision, or null when it did not exist there. */
function atRevision(file: string, rev: string): Buffer | null {
  try {
    return execFileSync('git', ['show', `${rev}:./${basename(file)}`], { cwd: dirname(file), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 4 << 20 });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    if (/does not exist|exists on disk, but not in/.test(stderr)) return null;
    throw new UsageError(`git show ${rev}:${basename(file)} failed: ${stderr.trim() || String(error)}`);
  }
}

export function register(program: Command, io: Io): void {
  program
    .command('diff')
    .description('show how a spec change moves scores, costs, payback and the rubric: two files, or files against a git revision')
    .argument('<paths...>', 'OLD NEW spec files, or with --base: spec files or folders')
    .option('--base <rev>', 'compare each spec with its version at this git revision (e.g. origin/main)')
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'text')
    .action((paths: string[], options: { base?: string; format: string }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}; got "${options.format}"`);
      const pairs: { name: string; before: AnalyzedSpec | FailedSpec | null; after: AnalyzedSpec | FailedSpec }[] = [];
      const load = (name: string, content: Buffer, readFile?: ReadFile) => analyzeSpec(name, content, readFile ? { readFile } : {});
      if (options.base === undefined) {
        if (paths.length !== 2) throw new UsageError('give two spec files (OLD NEW), or spec paths with --base REV');
        const [oldPath, newPath] = paths.map((p) => resolve(io.cwd, p)) as [string, string];
        pairs.push({ name: display(io, newPath), before: load(display(io, oldPath), readSpecFile(io, oldPath)), after: load(display(io, newPath), readSpecFile(io, newPath)) });
      } else {
        for (const file of specFiles(io, paths)) {
          const name = display(io, file);
          const old = atRevision(file, options.base);
          const oldName = `${options.base}:${name}`;
          // Bases are named relative to oldName; read them at the same revision, relative to the spec's folder.
          const readBase = (path: string) => atRevision(resolve(dirname(file), relative(dirname(oldName), path)), options.base as string);
          pairs.push({ name, before: old === null ? null : load(oldName, old, readBase), after: load(name, readSpecFile(io, file)) });
        }
      }
      const diffs: SpecDiff[] = [];
      for (const { before, after } of pairs) {
        const failed = [before, after].filter((s): s is FailedSpec => s !== null && !s.ok);
        for (const f of failed) printDiagnostics(io, f.diagnostics, f.text);
        if (failed.length > 0 || !after.ok || (before !== null && !before.ok)) {
          io.fail(EXIT.specErrors);
          continue;
        }
        diffs.push(compareSpecs(before, after));
      }
      if (options.format === 'json') io.out(JSON.stringify(pairs.length === 1 ? (diffs[0] ?? null) : diffs, null, 2));
      else if (options.format === 'markdown') io.out(diffs.map(diffMarkdown).join('\n'));
      else io.out(diffs.map(diffText).join('\n\n'));
    });
}
