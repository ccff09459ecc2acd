// `aiarch check specs/*.yaml | head -1`: the reader closes the pipe while the
// command still prints. A command then finishes quietly with its own exit
// code; before, the quick commands died of an unhandled EPIPE with a stack
// trace and exit code 1.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, ROOT } from '../support/cli.js';

beforeAll(requireBuild);

/** Runs the command with its output piped into `head -c 1`, which closes the pipe after one byte. */
function intoClosingReader(args: readonly string[]): { status: number | null; stderr: string } {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  // The exit code of the command itself, not of head; its stderr captured through fd 3.
  const script = `{ ${quoted} 2>&3; echo $? >&4; } | head -c 1 >/dev/null`;
  const run = spawnSync('bash', ['-c', `exec 4>&1; ${script}`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  const status = Number.parseInt(run.stdout.trim(), 10);
  return { status: Number.isNaN(status) ? null : status, stderr: `${run.stderr}${(run.output[3] as string | null) ?? ''}` };
}

describe('a reader that closes the pipe early', () => {
  const specs = [
    'specs/harbor-outfitters.yaml',
    'specs/kestrel-drivetrain.yaml',
    'specs/meridian-bank.yaml',
    'specs/northbridge-county.yaml',
    'specs/northwind-health.yaml',
  ];
  for (const args of [['check', ...specs], ['check', '--format', 'json', ...specs], ['model', 'specs/kestrel-drivetrain.yaml'], ['catalog']]) {
    it(`aiarch ${args.slice(0, 3).join(' ')} finishes without a stack trace`, () => {
      const run = intoClosingReader(args);
      expect(run.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.c?js:\d+/);
      expect(run.status).toBe(0);
    });
  }
});
