// The aiarch command line: a thin shell over the library. Each command lives in
// commands/<name>.ts and registers itself; add a command with one entry in COMMANDS.
import { Command, CommanderError } from 'commander';
import { crashReport, invocation } from './crash.js';
import { createIo, EXIT, UsageError, type Io, type ProcessLike } from './io.js';
import { packageVersion } from './package-files.js';

export type Register = (program: Command, io: Io) => void;

// Each command module is imported only when it runs: `aiarch validate` never
// loads the renderers or the browser code, and starts in about the time Node
// itself needs. Help and unknown commands load them all (for the full list and
// did-you-mean). Order is the order of --help.
const COMMANDS: ReadonlyMap<string, () => Promise<{ register: Register }>> = new Map([
  ['build', () => import('./commands/build.js')],
  ['validate', () => import('./commands/validate.js')],
  ['model', () => import('./commands/model.js')],
  ['check', () => import('./commands/check.js')],
  ['catalog', () => import('./commands/catalog.js')],
  ['diff', () => import('./commands/diff.js')],
  ['review', () => import('./commands/review.js')],
  ['init', () => import('./commands/init.js')],
  ['doctor', () => import('./commands/doctor.js')],
  ['preview', () => import('./commands/preview.js')],
]);

/** The command modules this argv needs: the one it names, or all of them. */
async function commandsFor(argv: readonly string[]): Promise<Register[]> {
  const named = argv[2] === undefined ? undefined : COMMANDS.get(argv[2]);
  const loaders = named ? [named] : [...COMMANDS.values()];
  return (await Promise.all(loaders.map((load) => load()))).map((m) => m.register);
}

export async function main(proc: ProcessLike): Promise<number> {
  const io = createIo(proc);
  const program = new Command('aiarch')
    .description('Compile a YAML enterprise AI architecture spec into diagrams, documents, a PDF proposal and an executive deck.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run aiarch --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  for (const register of await commandsFor(proc.argv)) register(program, io);

  try {
    await program.parseAsync([...proc.argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`aiarch: ${error.message}`);
      return EXIT.usage;
    }
    io.err(crashReport(error, invocation(program), proc.env['AIARCH_DEBUG'] === '1'));
    return EXIT.specErrors;
  }
  return io.exitCode;
}
