// A reference architecture at the density the documented limits allow: 40
// components and 250 connections (the limit is 500) build every artifact. A
// fixed 20 s render timeout failed it; the allowance now grows with the diagram.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSpec } from '../../src/compile/prepare.js';
import { countEdges, MERMAID_MAX_EDGES, RENDER_TIMEOUT_BASE_MS, renderTimeoutMs } from '../../src/render/mermaid/limits.js';
import { DIAGRAM_NAMES } from '../../src/render/types.js';
import { requireBuild, ROOT, runCli } from '../support/cli.js';
import { readTree } from '../support/tree.js';

const SPEC = join(ROOT, 'test/fixtures/regression/dense-40x250.yaml');

describe('a dense reference architecture', () => {
  it('has 40 components and at least 250 connections in its diagram', () => {
    const prepared = prepareSpec('dense-40x250.yaml', readFileSync(SPEC));
    if (!prepared.ok) throw new Error(prepared.diagnostics.map((d) => d.message).join('; '));
    expect(prepared.model.spec.architecture.components.filter((c) => c.kind !== 'user')).toHaveLength(40);
    const reference = prepared.diagrams.find((d) => d.name === 'reference-architecture')!;
    const edges = countEdges(reference.source);
    expect(edges).toBeGreaterThanOrEqual(250);
    expect(edges).toBeLessThanOrEqual(MERMAID_MAX_EDGES);
    // The allowance grows with the connections; a small diagram keeps the base.
    expect(renderTimeoutMs(reference.source)).toBeGreaterThan(RENDER_TIMEOUT_BASE_MS + 250 * 100);
    expect(renderTimeoutMs('flowchart LR\n  a --> b')).toBeLessThan(RENDER_TIMEOUT_BASE_MS + 1_000);
  });

  it('builds every artifact', { timeout: 900_000 }, () => {
    requireBuild();
    const out = mkdtempSync(join(tmpdir(), 'aiarch-dense-'));
    const run = runCli(['build', SPEC, '-o', out, '--no-cache']);
    expect(run.code, run.stderr).toBe(0);
    const files = [...readTree(join(out, 'dense-grid-logistics')).keys()];
    for (const name of DIAGRAM_NAMES) {
      for (const ext of ['mmd', 'svg', 'png']) expect(files, `${name}.${ext}`).toContain(`diagrams/${name}.${ext}`);
    }
    expect(files).toContain('enterprise-architecture-proposal.pdf');
    expect(files).toContain('executive-deck.pptx');
    expect(files.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(6);
  });
});
