// What the user sees when aiarch itself breaks: one line naming the command
// and the specs it was given, and a request to report it. The stack is for
// whoever fixes the bug, so it is printed only when AIARCH_DEBUG=1.
import type { Command } from 'commander';

/** The subcommand that ran and the operands it received (spec files or folders). */
export function invocation(program: Command): { command: string; specs: string[] } {
  const command = program.commands.find((c) => c.args.length > 0 || c.processedArgs.length > 0);
  if (command === undefined) return { command: '', specs: [] };
  const specs = command.processedArgs.flat().filter((a): a is string => typeof a === 'string' && a !== '');
  return { command: command.name(), specs };
}

function summary(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.replace(/\s+/g, ' ').trim();
  return String(error).replace(/\s+/g, ' ').trim();
}

export function crashReport(error: unknown, at: { command: string; specs: readonly string[] }, debug: boolean): string {
  const where = at.command === '' ? '' : ` in \`aiarch ${at.command}\``;
  const on = at.specs.length === 0 ? '' : ` on ${at.specs.join(', ')}`;
  const line = `aiarch: internal error${where}${on} (${summary(error)}). This is a bug in aiarch, not in the spec: please report it with the spec attached. Set AIARCH_DEBUG=1 to print the stack.`;
  if (!debug) return line;
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  return stack === '' ? line : `${line}\n${stack}`;
}
