// What commands may touch of the outside world. `main(process)` builds it from
// a real or fake process, so tests run the CLI in memory.
import { wantsColor } from '../diagnostics/color.js';

export interface Stream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
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
  /**
   * A progress line redrawn in place, or null where it cannot be (stderr not a
   * terminal, or CI set): write(text) replaces the line, write('') clears it.
   */
  readonly liveLine: { write(text: string): void } | null;
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
    liveLine: proc.stderr.isTTY === true && !proc.env['CI'] ? liveLine(proc.stderr) : null,
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

function liveLine(stream: Stream): { write(text: string): void } {
  return {
    write(text) {
      // Cut to the terminal's width: a wrapped line cannot be redrawn in place.
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1b[2K${text.length > width ? text.slice(0, width - 1) + '…' : text}`);
    },
  };
}
