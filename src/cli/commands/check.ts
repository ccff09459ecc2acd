// aiarch check [PATH...]: red-flag findings and the course rubric score of each spec.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { analyzeSpec } from '../../compile/analyze.js';
import { CHECK_FORMATS, formatReports, type CheckFormat, type Checked } from '../../check/format/index.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { display, readSpecFile, specFiles } from '../paths.js';
import { printDiagnostics } from '../report.js';

interface Options {
  readonly format: string;
  readonly minScore?: string;
}

function toolVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
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
  printDiagnostics(io, result.ok ? result.source.diagnostics : result.diagnostics, result.ok ? result.source.text : result.text);
  return result.ok ? { report: result.report, text: result.source.text } : null;
}

export function register(program: Command, io: Io): void {
  program
    .command('check')
    .description('score specs against the course rubric and report red flags (folders: every *.yaml / *.yml in them)')
    .argument('[paths...]', 'spec files or folders', ['specs/'])
    .option('--format <format>', `output format: ${CHECK_FORMATS.join(', ')}`, 'text')
    .option('--min-score <n>', 'exit 1 when a rubric total is below n (0-20)')
    .action((paths: string[], options: Options) => {
      if (!(CHECK_FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(`--format must be one of ${CHECK_FORMATS.join(', ')}, not "${options.format}"`);
      }
      const minScore = parseMinScore(options.minScore);
      const checked: Checked[] = [];
      for (const file of specFiles(io, paths)) {
        const result = checkFile(io, file);
        if (result) checked.push(result);
        else io.fail(EXIT.specErrors);
      }
      if (checked.length > 0) {
        io.out(formatReports(options.format as CheckFormat, checked, { toolVersion: toolVersion(), color: io.color.stdout }));
      }
      const failing = checked.some(({ report }) => report.rubric.total < minScore || report.findings.some((f) => f.severity === 'error'));
      if (failing) io.fail(EXIT.specErrors);
    });
}
