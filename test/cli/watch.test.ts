// `build --watch` through the real binary: it rebuilds after an edit, reports a
// broken spec at its line, and keeps watching.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

it('rebuilds when the spec changes and keeps watching after an error', async () => {
  const work = mkdtempSync(join(tmpdir(), 'aiarch-watch-'));
  mkdirSync(join(work, 'specs'));
  const spec = join(work, 'specs', 'bank.yaml');
  copyFileSync(join(ROOT, 'specs/meridian-bank.yaml'), spec);
  const child = spawn(process.execPath, [join(ROOT, 'bin/aiarch.js'), 'build', '--watch', '--only', 'md', '--out', 'out'], {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const waitFor = async (text: string, count = 1): Promise<void> => {
    for (let i = 0; i < 300; i++) {
      if (stderr.split(text).length - 1 >= count) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for "${text}" in:\n${stderr}`);
  };
  try {
    await waitFor('watching for changes');
    const original = readFileSync(spec, 'utf8');
    writeFileSync(spec, original.replace('currency: USD', 'currency: USD\n  daysPerMont: 22'));
    await waitFor('error AIA201');
    expect(stderr).toContain('specs/bank.yaml:');
    await waitFor('watching for changes', 2);
    writeFileSync(spec, original);
    await waitFor('1 of 1 spec built', 2);
  } finally {
    child.kill('SIGINT');
  }
});
