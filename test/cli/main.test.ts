// main(process) in memory, with a fake process: exit codes, streams, colour.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ProcessLike } from '../../src/cli/io.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function fake(args: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const proc: ProcessLike = {
    argv: ['node', 'aiarch', ...args],
    stdout: { write: (s: string) => out.push(s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => err.push(s), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: () => ROOT,
  };
  return { proc, out, err };
}

describe('main(process)', () => {
  it('returns the exit code instead of exiting', async () => {
    const ok = fake(['validate', 'specs/northwind-health.yaml']);
    expect(await main(ok.proc)).toBe(0);
    expect(ok.out).toEqual([]);
    expect(ok.err.join('')).toContain('ok  specs/northwind-health.yaml');

    const bad = fake(['validate', 'test/fixtures/invalid/weights-sum.yaml']);
    expect(await main(bad.proc)).toBe(1);
    expect(await main(fake(['validate', 'missing/']).proc)).toBe(2);
  });

  it('colours diagnostics on a terminal unless NO_COLOR is set', async () => {
    const tty = fake(['validate', 'test/fixtures/invalid/weights-sum.yaml'], { tty: true });
    await main(tty.proc);
    expect(tty.err.join('')).toContain('\u001b[31m');
    const noColor = fake(['validate', 'test/fixtures/invalid/weights-sum.yaml'], { tty: true, env: { NO_COLOR: '1' } });
    await main(noColor.proc);
    expect(noColor.err.join('')).not.toContain('\u001b[');
  });

  it('prints usage errors to stderr', async () => {
    const run = fake(['validate', '--bogus']);
    expect(await main(run.proc)).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err.join('')).toContain("unknown option '--bogus'");
  });

  describe('an internal error', () => {
    // A stdout that breaks is a failure inside aiarch no spec can cause; it stands in for any bug.
    function crashing(env: Record<string, string>) {
      const run = fake(['model', '--json', 'specs/northwind-health.yaml'], { env });
      const proc: ProcessLike = {
        ...run.proc,
        stdout: {
          write: () => {
            throw new TypeError('text.replace is not a function');
          },
        },
      };
      return { proc, err: run.err };
    }

    it('prints one line naming the command and the spec and asking for a report, without a stack', async () => {
      const run = crashing({});
      expect(await main(run.proc)).toBe(1);
      const text = run.err.join('');
      expect(text.trimEnd().split('\n')).toHaveLength(1);
      expect(text).toContain('aiarch: internal error in `aiarch model` on specs/northwind-health.yaml');
      expect(text).toContain('TypeError: text.replace is not a function');
      expect(text).toMatch(/please report it/);
      expect(text).not.toMatch(/\n\s+at /);
    });

    it('adds the stack when AIARCH_DEBUG=1', async () => {
      const run = crashing({ AIARCH_DEBUG: '1' });
      expect(await main(run.proc)).toBe(1);
      const [first, ...rest] = run.err.join('').trimEnd().split('\n');
      expect(first).toContain('internal error');
      expect(rest.join('\n')).toMatch(/^\s+at /m);
    });
  });
});
