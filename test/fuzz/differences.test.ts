// A rebuild that differs keeps both versions of each changed file, so a flaky
// byte difference found by a long campaign can be looked at afterwards.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { keepDifferences } from './properties.js';

it('copies both sides of every changed file under a flat, labelled name', () => {
  const root = mkdtempSync(join(tmpdir(), 'aiarch-differences-'));
  for (const [side, byte] of [
    ['a', 'first bytes'],
    ['b', 'second bytes'],
  ] as const) {
    mkdirSync(join(root, side, 'diagrams'), { recursive: true });
    writeFileSync(join(root, side, 'diagrams', 'network-architecture.png'), byte);
  }
  writeFileSync(join(root, 'a', 'only-first.md'), 'x');
  const kept = join(root, 'kept');
  const said = keepDifferences(['diagrams/network-architecture.png', 'only-first.md'], join(root, 'a'), join(root, 'b'), kept);
  expect(said).toContain(kept);
  expect(readdirSync(kept).sort()).toEqual(['diagrams_network-architecture.first.png', 'diagrams_network-architecture.second.png', 'only-first.first.md']);
  expect(readFileSync(join(kept, 'diagrams_network-architecture.second.png'), 'utf8')).toBe('second bytes');
});
