// aiarch validate [PATH...]: YAML, schema and semantic checks, no output files.
import type { Command } from 'commander';
import { formatSummary, summarize } from '../../diagnostics/format.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { loadSpec } from '../../spec/load.js';
import { EXIT, type Io } from '../io.js';
import { display, readSpecFile, specFiles } from '../paths.js';
import { printDiagnostics } from '../report.js';

export function register(program: Command, io: Io): void {
  program
    .command('validate')
    .description('check specs for YAML, schema and consistency errors (folders: every *.yaml / *.yml in them)')
    .argument('[paths...]', 'spec files or folders', ['specs/'])
    .option('--json', 'print the diagnostics as JSON on stdout')
    .action((paths: string[], options: { json?: boolean }) => {
      const files = specFiles(io, paths);
      const all: Diagnostic[] = [];
      for (const file of files) {
        const name = display(io, file);
        const source = loadSpec(name, readSpecFile(io, file));
        all.push(...source.diagnostics);
        if (!options.json) {
          printDiagnostics(io, source.diagnostics, source.texts);
          if (source.spec) io.err(`ok  ${name}`);
        }
      }
      if (options.json) io.out(JSON.stringify({ files: files.map((f) => display(io, f)), diagnostics: all }, null, 2));
      const summary = summarize(all, files.length);
      io.err(formatSummary(summary, { color: io.color.stderr }));
      if (summary.errors > 0) io.fail(EXIT.specErrors);
    });
}
