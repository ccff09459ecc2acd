// What commands may touch of the outside world. `main(process)` builds it from
// a real or fake process, so tests run the CLI in memory.
import { wantsColor } from '../diagnostics/color.js';

export interface Stream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/** The part of Node's `process` the CLI uses. */
export interface ProcessLike {
  readonly argv: readonly string[];
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly env: Readonly<Record<string, string | undefined>>;
  cwd?(): string;
}

export interface Io {
  /** Machine output (JSON, generated text). */
  out(text: string): void;
  /** Human messages: diagnostics, progress, errors. */
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly color: { readonly stdout: boolean; readonly stderr: boolean };
  /** Raise the exit code; the worst outcome of a run wins. */
  fail(code: ExitCode): void;
  readonly exitCode: ExitCode;
}

export const EXIT = { ok: 0, specErrors: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem with how the command was called (bad path, existing file): exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function createIo(proc: ProcessLike): Io {
  let exitCode: ExitCode = EXIT.ok;
  return {
    out: (text) => void proc.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => void proc.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    env: proc.env,
    cwd: proc.cwd ? proc.cwd() : process.cwd(),
    color: { stdout: wantsColor(proc.stdout, proc.env), stderr: wantsColor(proc.stderr, proc.env) },
    fail(code) {
      if (code > exitCode) exitCode = code;
    },
    get exitCode() {
      return exitCode;
    },
  };
}
