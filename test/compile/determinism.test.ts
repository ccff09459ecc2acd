// Two --no-cache builds of the same spec into fresh folders write the same
// bytes. The spec uses every component kind, so the node shapes Mermaid draws
// with rough.js (random unless seeded) appear in the reference, network and
// decision-tree diagrams, and through their PNGs in the deck.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, ROOT, runCli } from '../support/cli.js';
import { readTree } from '../support/tree.js';

const SPEC = join(ROOT, 'test/fixtures/regression/every-shape.yaml');

function buildInto(): Map<string, Buffer> {
  const out = mkdtempSync(join(tmpdir(), 'aiarch-determinism-'));
  const run = runCli(['build', SPEC, '-o', out, '--no-cache', '--only', 'md,mmd,svg,png,pptx']);
  expect(run.code, run.stderr).toBe(0);
  return readTree(join(out, 'every-shape-labs'));
}

describe('rebuilds are byte-identical', () => {
  let first: Map<string, Buffer>;
  let second: Map<string, Buffer>;

  beforeAll(() => {
    requireBuild();
    first = buildInto();
    second = buildInto();
  });

  it('writes the same files', () => {
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const name of ['diagrams/reference-architecture.svg', 'diagrams/network-architecture.png', 'diagrams/decision-tree.svg', 'executive-deck.pptx']) {
      expect(first.has(name), name).toBe(true);
    }
  });

  it('gives every file the same bytes', () => {
    const differing = [...first].filter(([name, bytes]) => !second.get(name)?.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
