// The published entry point (dist/index.js, built by `npm test` first) exposes
// the library API the CLI is built on.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const SPEC = new URL('../specs/meridian-bank.yaml', import.meta.url).pathname;

it('checks, diffs and compiles through the package entry point', async () => {
  const api = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
  const checked = api.check(SPEC);
  if (!checked.ok) throw new Error('example spec failed to load');
  expect(checked.model.recommendation).toBe('azure-openai');
  expect(checked.report.rubric.max).toBe(20);

  const broken = api.check('broken.yaml', 'version: 1\n');
  expect(broken.ok).toBe(false);

  const diff = api.diff({ file: SPEC }, { file: SPEC });
  expect('year1Total' in diff && diff.year1Total.delta).toBe(0);

  const out = mkdtempSync(join(tmpdir(), 'aiarch-api-'));
  const result = await api.compile([SPEC], { out, formats: ['md', 'mmd'] });
  expect(result.specs[0]?.ok).toBe(true);
  expect(readdirSync(join(out, 'meridian-bank'))).toContain('cost-model.md');
});
