// aiarch validate [PATH...]: YAML, schema and semantic checks, no output files.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { formatSummary, summarize } from '../../diagnostics/format.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { loadSpec } from '../../spec/load.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { display, specFiles } from '../paths.js';
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
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch (error) {
          throw new UsageError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        }
        const source = loadSpec(name, bytes);
        all.push(...source.diagnostics);
        if (!options.json) {
          printDiagnostics(io, source);
          if (source.spec) io.err(`ok  ${name}`);
        }
      }
      if (options.json) io.out(JSON.stringify({ files: files.map((f) => display(io, f)), diagnostics: all }, null, 2));
      const summary = summarize(all, files.length);
      io.err(formatSummary(summary, { color: io.color.stderr }));
      if (summary.errors > 0) io.fail(EXIT.specErrors);
    });
}
