// `aiarch check` lists what the client documents leave out or assume, from the
// same list rubric.md ends with, each with the spec field to add and where.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { check } from '../../src/index.js';
import { gapPointer } from '../../src/compile/gaps.js';
import { prepareSpec } from '../../src/compile/prepare.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MINIMAL = 'test/fixtures/valid/minimal.yaml';

async function run(args: string[]) {
  let stdout = '';
  const code = await main({
    argv: ['node', 'aiarch', ...args],
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => true },
    env: {},
    cwd: () => ROOT,
  });
  return { code, stdout };
}

interface JsonGap {
  what: string;
  path: string;
  assumed: boolean;
  documents: string[];
  line: number;
  column: number;
}

/** The "- what: add `path` to the spec" lines of rubric.md's section, as [what, path]. */
function rubricGaps(file: string): [string, string][] {
  const prepared = prepareSpec(file, readFileSync(`${ROOT}${file}`));
  if (!prepared.ok) throw new Error(`${file} does not load`);
  const rubric = prepared.extras.find((d) => d.name === 'rubric')?.markdown ?? '';
  const section = rubric.slice(rubric.indexOf('## What the documents leave out or assume'));
  return [...section.matchAll(/^- (.+): add `([^`]+)` to the spec\.$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

describe('aiarch check: what the documents leave out or assume', () => {
  it('gives in JSON the list rubric.md ends with, each gap once, with the field, its documents and where to add it', async () => {
    const { code, stdout } = await run(['check', MINIMAL, '--format', 'json']);
    expect(code).toBe(0);
    const gaps = (JSON.parse(stdout) as { documentGaps: JsonGap[] }).documentGaps;
    expect(gaps.length).toBeGreaterThan(5);
    const fromRubric = new Set(rubricGaps(MINIMAL).map(([what, path]) => `${what} ${path}`));
    expect(new Set(gaps.map((g) => `${g.what} ${g.path}`))).toEqual(fromRubric);
    const hours = gaps.find((g) => g.path === 'costs.usage.peak.hours');
    // The minimal spec has costs.usage but no peak: the place to add it is the usage mapping.
    const usageLine =
      readFileSync(`${ROOT}${MINIMAL}`, 'utf8')
        .split('\n')
        .findIndex((l) => l.trim() === 'requestsPerUserPerDay: 10') + 1;
    expect(hours).toMatchObject({ assumed: true, documents: ['Enterprise AI Cost Model'], line: usageLine });
    expect(gaps.find((g) => g.path === 'security.layers')).toMatchObject({ assumed: true });
  });

  it('prints the same list as text, with file:line, what is missing and the field to add', async () => {
    const { stdout } = await run(['check', MINIMAL]);
    expect(stdout).toContain('What the documents leave out or assume:');
    expect(stdout).toMatch(
      /test\/fixtures\/valid\/minimal\.yaml:\d+:\d+ {2}assumed: Busy hours assumed to be 8 a day; add costs\.usage\.peak\.hours \(Enterprise AI Cost Model\)/,
    );
    expect(stdout).toMatch(/left out: No escalation path[^;]*; add operations\.escalation/);
  });

  it('has nothing to list for a spec the documents are filled from, and the library check gives the same list', () => {
    const result = check(`${ROOT}${MINIMAL}`);
    if (!result.ok) throw new Error('minimal does not load');
    expect(result.report.documentGaps?.map((g) => g.path)).toContain('costs.usage.peak.hours');
  });

  it('turns a field path into the pointer of the spec part that holds it', () => {
    expect(gapPointer('costs.usage.peak.hours')).toBe('/costs/usage/peak/hours');
    expect(gapPointer('deployment.phases[1].scope')).toBe('/deployment/phases/1/scope');
    expect(gapPointer('architecture.components[].cost')).toBe('/architecture/components');
  });
});
