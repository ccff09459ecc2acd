// The README documents every diagnostic code the loader can emit.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CODES } from '../../src/spec/codes.js';

it('README lists every spec diagnostic code with its meaning', () => {
  const lines = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split('\n');
  for (const [code, meaning] of Object.entries(CODES)) {
    const row = lines.find((l) => l.startsWith(`| ${code} |`));
    expect(row, code).toBeDefined();
    expect(row?.endsWith(`| ${meaning} |`), code).toBe(true);
  }
});
