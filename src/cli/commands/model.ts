// aiarch model SPEC [--json]: the derived numbers of one spec.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalog } from '../../catalog/load.js';
import { mergeCatalog } from '../../catalog/merge.js';
import { formatSummary, summarize } from '../../diagnostics/format.js';
import { buildModel, UnpricedModelError } from '../../model/build.js';
import { toModelJson } from '../../model/json.js';
import { loadSpec } from '../../spec/load.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { modelSummary } from '../model-summary.js';
import { display } from '../paths.js';
import { printDiagnostics } from '../report.js';

export function register(program: Command, io: Io): void {
  program
    .command('model')
    .description('print the model of one spec: scores, recommendation, 24-month costs, peak load, payback')
    .argument('<spec>', 'spec file')
    .option('--json', 'print the whole model as JSON on stdout')
    .action((specPath: string, options: { json?: boolean }) => {
      const file = resolve(io.cwd, specPath);
      const name = display(io, file);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new UsageError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      const source = loadSpec(name, bytes);
      printDiagnostics(io, source);
      if (!source.spec) {
        io.err(formatSummary(summarize(source.diagnostics, 1), { color: io.color.stderr }));
        io.fail(EXIT.specErrors);
        return;
      }
      let model;
      try {
        model = buildModel(source.spec, mergeCatalog(loadCatalog(), source.spec.catalog));
      } catch (error) {
        if (!(error instanceof UnpricedModelError)) throw error;
        io.err(`${name}: ${error.message}`);
        io.fail(EXIT.specErrors);
        return;
      }
      io.out(options.json ? JSON.stringify(toModelJson(model), null, 2) : modelSummary(model));
    });
}
