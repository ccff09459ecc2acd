// What `diff` and `review` share: loading each spec on both sides (two files,
// or files against a git revision), comparing them, and the review gates.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { analyzeSpec, type AnalyzedSpec, type FailedSpec } from '../compile/analyze.js';
import { compareSpecs, type SpecDiff } from '../diff/compare.js';
import type { BrokenSpec } from '../diff/comment.js';
import type { GateFailure, Gates } from '../diff/gates.js';
import { isAbstractSpec } from '../spec/abstract.js';
import type { ReadFile } from '../spec/extends.js';
import { EXIT, UsageError, type Io } from './io.js';
import { display, readSpecFile, specFiles } from './paths.js';
import { printDiagnostics } from './report.js';

/** The spec at a git revision, or null when it did not exist there. */
function atRevision(file: string, rev: string): Buffer | null {
  try {
    return execFileSync('git', ['show', `${rev}:./${basename(file)}`], { cwd: dirname(file), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 4 << 20 });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    if (/does not exist|exists on disk, but not in/.test(stderr)) return null;
    throw new UsageError(`git show ${rev}:${basename(file)} failed: ${stderr.trim() || String(error)}`);
  }
}

/**
 * Spec files in the folders among `paths` at `rev` that are gone from the
 * working copy: deleting a spec is a change too. Folders are read one level
 * deep, as `collectSpecFiles` reads them; abstract bases are left out.
 */
function removedAt(io: Io, paths: readonly string[], rev: string): string[] {
  const removed: string[] = [];
  for (const path of paths) {
    const dir = resolve(io.cwd, path);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    let listing: string;
    try {
      listing = execFileSync('git', ['ls-tree', '--name-only', rev, '--', './'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 4 << 20,
      });
    } catch {
      continue; // Not a git checkout, or the folder is new: nothing there was removed.
    }
    for (const name of listing.split('\n')) {
      const file = resolve(dir, name);
      if (!/\.ya?ml$/i.test(name) || existsSync(file)) continue;
      const old = atRevision(file, rev);
      if (old !== null && !isAbstractSpec(old)) removed.push(display(io, file));
    }
  }
  return [...new Set(removed)].sort();
}

export interface DiffRun {
  readonly diffs: SpecDiff[];
  /** Specs that existed at the base revision and are gone now. */
  readonly removed: string[];
  /** Specs that do not load on one side; their diagnostics are already printed. */
  readonly broken: BrokenSpec[];
  /** What the specs were compared with, in words. */
  readonly against: string;
}

/** With `base`: every spec under `paths` against its version at that revision; without: `paths` is OLD NEW. */
export function diffSpecs(io: Io, paths: readonly string[], base: string | undefined): DiffRun {
  const pairs: { name: string; before: AnalyzedSpec | FailedSpec | null; after: AnalyzedSpec | FailedSpec }[] = [];
  const load = (name: string, content: Buffer, readFile?: ReadFile) => analyzeSpec(name, content, readFile ? { readFile } : {});
  let against: string;
  let removed: string[] = [];
  if (base === undefined) {
    if (paths.length !== 2) throw new UsageError('give two spec files (OLD NEW), or spec paths with --base REV');
    const [oldPath, newPath] = paths.map((p) => resolve(io.cwd, p)) as [string, string];
    against = display(io, oldPath);
    pairs.push({ name: display(io, newPath), before: load(against, readSpecFile(io, oldPath)), after: load(display(io, newPath), readSpecFile(io, newPath)) });
  } else {
    against = base;
    removed = removedAt(io, paths, base);
    for (const file of specFiles(io, paths)) {
      const name = display(io, file);
      const old = atRevision(file, base);
      const oldName = `${base}:${name}`;
      // Bases are named relative to oldName; read them at the same revision, relative to the spec's folder.
      const readBase = (path: string) => atRevision(resolve(dirname(file), relative(dirname(oldName), path)), base);
      pairs.push({ name, before: old === null ? null : load(oldName, old, readBase), after: load(name, readSpecFile(io, file)) });
    }
  }
  const diffs: SpecDiff[] = [];
  const broken: BrokenSpec[] = [];
  for (const { name, before, after } of pairs) {
    const failed = [before, after].filter((s): s is FailedSpec => s !== null && !s.ok);
    for (const f of failed) printDiagnostics(io, f.diagnostics, f.texts);
    if (failed.length > 0 || !after.ok || (before !== null && !before.ok)) {
      const errors = failed.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error'));
      broken.push({ file: name, errors: errors.length, first: errors[0] === undefined ? 'does not load' : `${errors[0].code} ${errors[0].message}` });
      io.fail(EXIT.specErrors);
      continue;
    }
    diffs.push(compareSpecs(before, after));
  }
  return { diffs, removed, broken, against };
}

export interface GateOptions {
  readonly failOnCostIncrease?: string;
  readonly failBelowRubric?: string;
  readonly allowNewErrors?: boolean;
}

export function addGateOptions(command: Command): Command {
  return command
    .option('--fail-on-cost-increase <pct>', "exit 1 when a changed spec's year-1 cost rises by more than pct percent")
    .option('--fail-below-rubric <n>', "exit 1 when a changed spec's rubric total is below n (0-20)")
    .option('--allow-new-errors', 'do not fail on findings of severity error that the change introduces');
}

export function parseGates(options: GateOptions): Gates {
  const gates: { maxCostIncreasePercent?: number; minRubric?: number; allowNewErrors: boolean } = { allowNewErrors: options.allowNewErrors === true };
  if (options.failOnCostIncrease !== undefined) {
    const pct = Number(options.failOnCostIncrease);
    if (options.failOnCostIncrease.trim() === '' || !Number.isFinite(pct) || pct < 0)
      throw new UsageError(`--fail-on-cost-increase takes a percentage of 0 or more, not "${options.failOnCostIncrease}"`);
    gates.maxCostIncreasePercent = pct;
  }
  if (options.failBelowRubric !== undefined) {
    const n = Number(options.failBelowRubric);
    if (!/^\d+$/.test(options.failBelowRubric) || n > 20)
      throw new UsageError(`--fail-below-rubric takes a whole number from 0 to 20, not "${options.failBelowRubric}"`);
    gates.minRubric = n;
  }
  return gates;
}

/** One line per failed gate on stderr, and exit 1. */
export function reportGateFailures(io: Io, failures: readonly GateFailure[]): void {
  for (const failure of failures) io.err(`aiarch: gate failed: ${failure.reason}`);
  if (failures.length > 0) io.fail(EXIT.specErrors);
}
