import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSpec, type PreparedSpec } from '../../src/compile/prepare.js';
import { compareSpecs } from '../../src/diff/compare.js';
import { diffMarkdown } from '../../src/diff/format.js';

const SPEC = new URL('../../specs/northwind-health.yaml', import.meta.url).pathname;
const BIN = new URL('../../bin/aiarch.js', import.meta.url).pathname;
const text = readFileSync(SPEC, 'utf8');

function prepared(source: string): PreparedSpec {
  const p = prepareSpec('spec.yaml', source);
  if (!p.ok) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return p;
}

describe('compareSpecs', () => {
  it('reports the score, cost and rubric moves of an edit', () => {
    const before = prepared(text);
    // Bedrock loses 2 points on model fit (weight 25%): 0.5 off its weighted score.
    const after = prepared(text.replace('modelFit: 9, integration: 10', 'modelFit: 7, integration: 10').replace('savingsPercent: 20', 'savingsPercent: 35'));
    const diff = compareSpecs(before, after);
    expect(diff.recommendation).toEqual({ before: 'aws-bedrock', after: 'aws-bedrock' });
    expect(diff.scores.find((s) => s.platform === 'aws-bedrock')?.delta).toBeCloseTo(-0.5, 9);
    expect(diff.year1Total.delta).toBeCloseTo(after.model.year1.total - before.model.year1.total, 9);
    expect(diff.year1Total.delta!).toBeLessThan(0);
    expect(diff.year1Baseline.delta).toBe(0);
    expect(diff.rubricTotal.delta).toBe(0);
    const md = diffMarkdown(diff);
    expect(md).toContain('| Score: Amazon Bedrock | 8.8 | 8.3 | −0.5 |');
  });

  it('lists findings an edit adds and resolves', () => {
    const before = prepared(text);
    const after = prepared(text.replace('annualUsd: 120000', 'annualUsd: 20000'));
    const diff = compareSpecs(before, after);
    expect(diff.findingsAdded.some((f) => f.startsWith('over-budget'))).toBe(true);
    expect(compareSpecs(after, before).findingsResolved.some((f) => f.startsWith('over-budget'))).toBe(true);
  });

  it('treats a spec with no earlier version as new', () => {
    const diff = compareSpecs(null, prepared(text));
    expect(diff.recommendation.before).toBeNull();
    expect(diff.year1Total.delta).toBeNull();
  });
});

describe('aiarch diff --base', () => {
  it('compares the working copy with a git revision', () => {
    const repo = mkdtempSync(join(tmpdir(), 'aiarch-diff-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('init', '-q');
    copyFileSync(SPEC, join(repo, 'spec.yaml'));
    git('add', 'spec.yaml');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'spec.yaml'), text.replace('annualUsd: 120000', 'annualUsd: 20000'));
    // The edit adds an error finding (over budget): without --allow-new-errors the gate would fail the run.
    const out = execFileSync(process.execPath, [BIN, 'diff', 'spec.yaml', '--base', 'HEAD', '--format', 'json', '--allow-new-errors'], {
      cwd: repo,
      encoding: 'utf8',
    });
    const diff = JSON.parse(out) as { budgetHeadroom: { before: number; after: number }; findingsAdded: string[] };
    expect(diff.budgetHeadroom.before - diff.budgetHeadroom.after).toBeCloseTo(100000, 6);
    expect(diff.findingsAdded.some((f) => f.startsWith('over-budget'))).toBe(true);
  });
});

describe('aiarch diff --base, a removed spec', () => {
  it('lists a spec the change deletes, and counts it as a change', () => {
    const repo = mkdtempSync(join(tmpdir(), 'aiarch-diff-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('init', '-q');
    mkdirSync(join(repo, 'specs'));
    copyFileSync(SPEC, join(repo, 'specs/keep.yaml'));
    copyFileSync(SPEC, join(repo, 'specs/gone.yaml'));
    git('add', '.');
    git('commit', '-qm', 'base');
    git('rm', '-q', 'specs/gone.yaml');
    const out = execFileSync(process.execPath, [BIN, 'diff', 'specs/', '--base', 'HEAD', '--format', 'markdown'], { cwd: repo, encoding: 'utf8' });
    expect(out).toContain('Compared with `HEAD`: 0 specs changed, 1 removed, 1 unchanged.');
    expect(out).toContain('Removed: `specs/gone.yaml`.');
    expect(out).toContain('Unchanged: `specs/keep.yaml`.');
  });
});
