// The aiarch command line: a thin shell over the library. Each command lives in
// commands/<name>.ts and registers itself; add a command with one import and
// one entry in COMMANDS.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { crashReport, invocation } from './crash.js';
import { createIo, EXIT, UsageError, type Io, type ProcessLike } from './io.js';
import { register as build } from './commands/build.js';
import { register as catalog } from './commands/catalog.js';
import { register as check } from './commands/check.js';
import { register as diff } from './commands/diff.js';
import { register as doctor } from './commands/doctor.js';
import { register as init } from './commands/init.js';
import { register as model } from './commands/model.js';
import { register as validate } from './commands/validate.js';

export type Register = (program: Command, io: Io) => void;

const COMMANDS: readonly Register[] = [build, validate, model, check, catalog, diff, init, doctor];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(proc: ProcessLike): Promise<number> {
  const io = createIo(proc);
  const program = new Command('aiarch')
    .description('Compile a YAML enterprise AI architecture spec into diagrams, documents, a PDF proposal and an executive deck.')
    .version(version(), '-V, --version')
    .showHelpAfterError('(run aiarch --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  for (const register of COMMANDS) register(program, io);

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
