// aiarch model SPEC [--json]: the derived numbers of one spec.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { analyzeSpec } from '../../compile/analyze.js';
import { formatSummary, summarize } from '../../diagnostics/format.js';
import { toModelJson } from '../../model/json.js';
import { isAbstractSpec } from '../../spec/abstract.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { modelSummary } from '../model-summary.js';
import { display, readSpecFile } from '../paths.js';
import { printDiagnostics } from '../report.js';

export function register(program: Command, io: Io): void {
  program
    .command('model')
    .description('print the model of one spec: scores, recommendation, 24-month costs, peak load, payback')
    .argument('<spec>', 'spec file')
    .option('--json', 'print the whole model as JSON on stdout')
    .action((specPath: string, options: { json?: boolean }) => {
      const file = resolve(io.cwd, specPath);
      const bytes = readSpecFile(io, file);
      if (isAbstractSpec(bytes)) throw new UsageError(`${display(io, file)} is an abstract base spec (abstract: true): run model on a spec that extends it`);
      const result = analyzeSpec(display(io, file), bytes);
      const diagnostics = result.ok ? result.source.diagnostics : result.diagnostics;
      printDiagnostics(io, diagnostics, result.ok ? result.source.texts : result.texts);
      if (!result.ok) {
        io.err(formatSummary(summarize(diagnostics, 1), { color: io.color.stderr }));
        io.fail(EXIT.specErrors);
        return;
      }
      const { model } = result;
      io.out(options.json ? JSON.stringify(toModelJson(model), null, 2) : modelSummary(model));
    });
}
