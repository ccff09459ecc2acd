// aiarch diff OLD NEW | aiarch diff [PATH...] --base REV: the cost, score,
// rubric and architecture change of a spec edit, as text, JSON or a
// pull-request comment, with gates that fail the run.
import type { Command } from 'commander';
import { reviewComment } from '../../diff/comment.js';
import { diffText } from '../../diff/format.js';
import { evaluateGates } from '../../diff/gates.js';
import { addGateOptions, diffSpecs, parseGates, reportGateFailures, type GateOptions } from '../diff-specs.js';
import { UsageError, type Io } from '../io.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

interface Options extends GateOptions {
  readonly base?: string;
  readonly format: string;
}

export function register(program: Command, io: Io): void {
  const command = program
    .command('diff')
    .description('show how a spec change moves scores, costs, payback, the rubric and the architecture: two files, or files against a git revision')
    .argument('<paths...>', 'OLD NEW spec files, or with --base: spec files or folders')
    .option('--base <rev>', 'compare each spec with its version at this git revision (e.g. origin/main)')
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'text');
  addGateOptions(command).action((paths: string[], options: Options) => {
    if (!(FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}; got "${options.format}"`);
    const gates = parseGates(options);
    const { diffs, removed, broken, against } = diffSpecs(io, paths, options.base);
    const failures = evaluateGates(diffs, gates);
    if (options.format === 'json') io.out(JSON.stringify(diffs.length + broken.length === 1 ? (diffs[0] ?? null) : diffs, null, 2));
    else if (options.format === 'markdown') io.out(reviewComment(diffs, { against, broken, removed, gates: { asked: gates, failures } }));
    else io.out([...diffs.map(diffText), ...removed.map((file) => `${file} (removed)`)].join('\n\n'));
    reportGateFailures(io, failures);
  });
}
