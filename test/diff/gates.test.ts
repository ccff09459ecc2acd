// The gates of `aiarch diff`, run as a user runs them: exit codes and the one-line reasons.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from '../support/cli.js';
import { addCacheRemovePii, northwindText as text } from '../support/spec-edits.js';

const dir = mkdtempSync(join(tmpdir(), 'aiarch-gates-'));
const spec = (name: string, body: string) => {
  writeFileSync(join(dir, name), body);
  return name;
};
const base = spec('base.yaml', text);
const cacheEdit = spec('cache.yaml', addCacheRemovePii(text)); // year-1 cost +5.8%
const noRoles = spec('no-roles.yaml', text.replace(/\n {2}roles:\n( {4}- [^\n]*\n)+/, '\n')); // rubric 18 → 17 (northwind loses its security roles point)
const overBudget = spec('over-budget.yaml', text.replace('annualUsd: 120000', 'annualUsd: 20000')); // adds the over-budget error

const diff = (...args: string[]) => runCli(['diff', ...args], dir);
const gateLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('aiarch: gate failed: '));

beforeAll(() => requireBuild());

describe('aiarch diff gates', () => {
  it('--fail-on-cost-increase fails only above the percentage', () => {
    expect(diff(base, cacheEdit, '--fail-on-cost-increase', '6').code).toBe(0);
    const failed = diff(base, cacheEdit, '--fail-on-cost-increase', '5');
    expect(failed.code).toBe(1);
    expect(gateLines(failed.stderr)).toEqual(['aiarch: gate failed: cache.yaml: year-1 cost rises 5.8%, over the 5% limit (--fail-on-cost-increase)']);
    // The output is still printed in full.
    expect(failed.stdout).toContain('Year-1 total (optimized)');
    // A cost that falls never fails, whatever the limit.
    expect(diff(cacheEdit, base, '--fail-on-cost-increase', '0').code).toBe(0);
  });

  it('--fail-below-rubric fails a changed spec that ends below the score', () => {
    expect(diff(base, noRoles, '--fail-below-rubric', '17').code).toBe(0);
    const failed = diff(base, noRoles, '--fail-below-rubric', '20', '--format', 'markdown');
    expect(failed.code).toBe(1);
    expect(gateLines(failed.stderr)).toEqual(['aiarch: gate failed: no-roles.yaml: rubric total 17 of 20 is below 20 (--fail-below-rubric)']);
    expect(failed.stdout).toContain('**Gates failed** (1)');
  });

  it('fails on error findings the change introduces unless --allow-new-errors', () => {
    const failed = diff(base, overBudget);
    expect(failed.code).toBe(1);
    expect(gateLines(failed.stderr)).toEqual([
      'aiarch: gate failed: over-budget.yaml: the change adds 1 error finding (over-budget); fix them or pass --allow-new-errors',
    ]);
    expect(diff(base, overBudget, '--allow-new-errors').code).toBe(0);
    // Resolving the error is no failure.
    expect(diff(overBudget, base).code).toBe(0);
  });

  it('reports every failing gate, one line each', () => {
    const everything = spec(
      'everything.yaml',
      addCacheRemovePii(text)
        .replace(/\n {2}roles:\n( {4}- [^\n]*\n)+/, '\n')
        .replace('annualUsd: 120000', 'annualUsd: 20000'),
    );
    const failed = diff(base, everything, '--fail-below-rubric', '20', '--fail-on-cost-increase', '0');
    expect(failed.code).toBe(1);
    expect(
      gateLines(failed.stderr).map((l) =>
        l
          .replace(/^aiarch: gate failed: everything\.yaml: /, '')
          .split(' ')
          .slice(0, 3)
          .join(' '),
      ),
    ).toEqual(['year-1 cost rises', 'rubric total 16', 'the change adds']);
  });

  it('does not gate a spec the change did not touch', () => {
    expect(diff(noRoles, noRoles, '--fail-below-rubric', '20').code).toBe(0);
  });

  it('rejects a gate value it cannot read', () => {
    const bad = diff(base, cacheEdit, '--fail-on-cost-increase', 'ten');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on-cost-increase takes a percentage of 0 or more, not "ten"');
    expect(diff(base, cacheEdit, '--fail-below-rubric', '21').code).toBe(2);
  });
});
