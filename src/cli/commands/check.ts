// aiarch check [PATH...]: red-flag findings and the course rubric score of each spec.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { analyzeSpec } from '../../compile/analyze.js';
import { withDocumentGaps } from '../../compile/gaps.js';
import { resolve } from 'node:path';
import { CHECK_FORMATS, formatMergedReports, formatReports, type CheckFormat, type Checked } from '../../check/format/index.js';
import { mergeReports, MergeInputError, parseCheckJson } from '../../check/merge.js';
import type { CheckReport } from '../../check/types.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { packageVersion } from '../package-files.js';
import { display, readSpecFile, specFiles } from '../paths.js';
import { printDiagnostics } from '../report.js';
import { parseShard, shardOf } from '../shard.js';

interface Options {
  readonly format: string;
  readonly minScore?: string;
  readonly shard?: string;
  readonly merge?: boolean;
  readonly explain?: boolean;
}

function parseMinScore(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 20) throw new UsageError(`--min-score must be a whole number from 0 to 20, not "${value}"`);
  return n;
}

/** Loads, models and checks one file; null (with diagnostics printed) when it cannot be modelled. */
function checkFile(io: Io, file: string): Checked | null {
  const result = analyzeSpec(display(io, file), readSpecFile(io, file));
  printDiagnostics(io, result.ok ? result.source.diagnostics : result.diagnostics, result.ok ? result.source.texts : result.texts);
  if (!result.ok) return null;
  const { report } = withDocumentGaps(result);
  return { report, texts: result.source.texts };
}

export function register(program: Command, io: Io): void {
  program
    .command('check')
    .description('score specs against the course rubric and report red flags (folders: every *.yaml / *.yml in them)')
    .argument('[paths...]', 'spec files or folders', ['specs/'])
    .option('--format <format>', `output format: ${CHECK_FORMATS.join(', ')}`, 'text')
    .option('--min-score <n>', 'exit 1 when a rubric total is below n (0-20)')
    .option('--shard <i/n>', 'check only part i of n of the specs (sorted by path), e.g. 2/3 on the second of three CI runners')
    .option('--merge', 'the paths are `check --format json` outputs of shards: print them as one class (as text: the scoreboard)')
    .option('--explain', 'print, for every rubric point, the evidence in the spec it was judged on')
    .action((paths: string[], options: Options) => {
      if (!(CHECK_FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(`--format must be one of ${CHECK_FORMATS.join(', ')}, not "${options.format}"`);
      }
      const format = options.format as CheckFormat;
      const minScore = parseMinScore(options.minScore);
      const shard = parseShard(options.shard);
      const ctx = { toolVersion: packageVersion(), color: io.color.stdout, explain: options.explain === true };
      let reports: readonly CheckReport[];
      if (options.merge === true) {
        if (shard !== null) throw new UsageError('--merge combines shards already checked; it takes no --shard');
        reports = mergedReports(io, paths);
        io.out(formatMergedReports(format, reports, ctx));
      } else {
        const checked: Checked[] = [];
        for (const file of shardOf(specFiles(io, paths), shard)) {
          const result = checkFile(io, file);
          if (result) checked.push(result);
          else io.fail(EXIT.specErrors);
        }
        // A shard with no specs still writes valid JSON, so `--merge` can take every shard's file.
        if (checked.length > 0 || (shard !== null && format === 'json')) io.out(formatReports(format, checked, ctx));
        reports = checked.map((c) => c.report);
      }
      const failing = reports.some((report) => report.rubric.total < minScore || report.findings.some((f) => f.severity === 'error'));
      if (failing) io.fail(EXIT.specErrors);
    });
}

function mergedReports(io: Io, paths: readonly string[]): CheckReport[] {
  // The default path (specs/) is for specs; merging needs its inputs named.
  if (paths.length === 1 && paths[0] === 'specs/')
    throw new UsageError('--merge needs the JSON files to merge: aiarch check --merge shard-1.json shard-2.json ...');
  try {
    return mergeReports(
      paths.map((path) => {
        const file = resolve(io.cwd, path);
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          throw new UsageError(`${display(io, file)}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        }
        return { file: display(io, file), reports: parseCheckJson(display(io, file), text) };
      }),
    );
  } catch (error) {
    if (error instanceof MergeInputError) throw new UsageError(error.message);
    throw error;
  }
}
