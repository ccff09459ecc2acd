// Progress of a multi-spec build: a line redrawn in place on a terminal, plain
// lines in CI or a log, nothing for a single spec.
import { describe, expect, it } from 'vitest';
import { createIo } from '../../src/cli/io.js';
import { progressView } from '../../src/cli/progress.js';

function fakeProcess(tty: boolean, env: Record<string, string> = {}): { proc: Parameters<typeof createIo>[0]; stderr: string[] } {
  const stderr: string[] = [];
  return {
    stderr,
    proc: { argv: [], env, stdout: { write: () => true }, stderr: { write: (chunk: string) => stderr.push(chunk), isTTY: tty, columns: 200 }, cwd: () => '/' },
  };
}

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('progressView', () => {
  it('redraws one line on a terminal: specs done, each running spec with its stage, elapsed time', () => {
    const { proc, stderr } = fakeProcess(true);
    const time = clock();
    const view = progressView(createIo(proc), time.now);
    view.listener({ kind: 'stage', index: 1, total: 3, file: 'a.yaml', stage: 'model' });
    view.listener({ kind: 'stage', index: 1, total: 3, file: 'a.yaml', stage: 'diagrams' });
    time.advance(2500);
    view.listener({ kind: 'stage', index: 2, total: 3, file: 'b.yaml', stage: 'model' });
    view.listener({ kind: 'done', index: 1, total: 3, file: 'a.yaml', ok: true });
    expect(stderr.every((s) => s.startsWith('\r\x1b[2K'))).toBe(true);
    expect(stderr[1]).toBe('\r\x1b[2K0 of 3 done · spec 1 of 3 a.yaml: diagrams · 0.0 s');
    expect(stderr.at(-1)).toBe('\r\x1b[2K1 of 3 done · spec 2 of 3 b.yaml: model · 2.5 s');
    view.stop();
    expect(stderr.at(-1)).toBe('\r\x1b[2K');
  });

  it('prints a plain line per finished spec when stderr is not a terminal, or in CI', () => {
    for (const fake of [fakeProcess(false), fakeProcess(true, { CI: 'true' })]) {
      const time = clock();
      const view = progressView(createIo(fake.proc), time.now);
      view.listener({ kind: 'stage', index: 1, total: 2, file: 'a.yaml', stage: 'pdf' });
      time.advance(1200);
      view.listener({ kind: 'done', index: 1, total: 2, file: 'a.yaml', ok: true });
      view.listener({ kind: 'done', index: 2, total: 2, file: 'b.yaml', ok: false });
      view.stop();
      expect(fake.stderr).toEqual(['[1/2] a.yaml: built (1.2 s)\n', '[2/2] b.yaml: failed (1.2 s)\n']);
    }
  });

  it('shows nothing for a build of one spec', () => {
    for (const fake of [fakeProcess(false), fakeProcess(true)]) {
      const view = progressView(createIo(fake.proc), clock().now);
      view.listener({ kind: 'stage', index: 1, total: 1, file: 'a.yaml', stage: 'diagrams' });
      view.listener({ kind: 'done', index: 1, total: 1, file: 'a.yaml', ok: true });
      view.stop();
      expect(fake.stderr).toEqual([]);
    }
  });
});
