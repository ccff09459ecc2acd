// Runs mutated specs through the real CLI in child processes, so a hang or an
// abort costs one child, not the run. Every outcome must be a build or located
// diagnostics; never a crash, a stack trace, a hang over 5 s, or a changed
// output folder after a failed build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../support/cli.js';
import { differences, EXPECTED_FILES, listFiles, snapshot } from './artifacts.js';
import { stackTraceIn } from './stack-trace.js';

/** The bound for any one spec's validation. */
export const HANG_MS = 5_000;
/** Whole-file diagnostics (empty, too large) have no line to point at. */
const WHOLE_FILE = new Set(['AIA109', 'AIA110']);

export type Verdict = 'valid' | 'diagnosed' | 'crash' | 'hang' | 'unlocated' | 'partial-write';

export interface Outcome {
  readonly verdict: Verdict;
  readonly detail: string;
}

interface JsonDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

function node(args: readonly string[], timeout: number) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Judges one file's diagnostics from `validate --json`. */
function judge(file: string, diagnostics: readonly JsonDiagnostic[]): Outcome {
  const errors = diagnostics.filter((d) => d.file === file && d.severity === 'error');
  if (errors.length === 0) return { verdict: 'valid', detail: '' };
  const unlocated = errors.filter((d) => !(d.line >= 1 || WHOLE_FILE.has(d.code)));
  if (unlocated.length > 0) return { verdict: 'unlocated', detail: unlocated.map((d) => `${d.code} line ${d.line}: ${d.message}`).join('\n') };
  return { verdict: 'diagnosed', detail: errors.map((d) => `${d.code}:${d.line}`).join(' ') };
}

/** `aiarch validate --json` on one file, retried once on a timeout so that a load spike is not called a hang. */
export function validateOne(file: string): Outcome {
  for (let attempt = 0; ; attempt++) {
    const run = node(['validate', '--json', file], HANG_MS);
    if (run.error && (run.signal === 'SIGKILL' || (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT')) {
      if (attempt === 0) continue;
      return { verdict: 'hang', detail: `validate ran over ${HANG_MS} ms twice` };
    }
    const trace = stackTraceIn(`${run.stdout}\n${run.stderr}`);
    if (trace) return { verdict: 'crash', detail: trace };
    if (run.status !== 0 && run.status !== 1) return { verdict: 'crash', detail: `exit ${run.status ?? run.signal}: ${run.stderr.slice(-1000)}` };
    try {
      return judge(file, (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics);
    } catch {
      return { verdict: 'crash', detail: `validate --json printed no JSON: ${run.stdout.slice(0, 500)}${run.stderr.slice(-500)}` };
    }
  }
}

/** Validates many files in one child; any doubt (timeout, crash, odd exit) reruns them one by one. */
export function validateMany(files: readonly string[]): Outcome[] {
  if (files.length === 0) return [];
  const run = node(['validate', '--json', ...files], HANG_MS * 2 + files.length * 1_000);
  const clean = !run.error && (run.status === 0 || run.status === 1) && stackTraceIn(`${run.stdout}\n${run.stderr}`) === null;
  if (clean) {
    try {
      const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] };
      return files.map((f) => judge(f, diagnostics));
    } catch {
      // Fall through to one at a time.
    }
  }
  return files.map(validateOne);
}

export interface BuildCheck {
  /** Formats for --only; all when absent. */
  readonly only?: string;
  readonly timeoutMs: number;
}

/**
 * Builds `spec` into a copy of `seeded` (an output folder holding an earlier
 * build). A failed build must leave every byte as it was; a successful one must
 * write the complete set for the formats asked.
 */
export function buildOutcome(spec: string, seeded: string, check: BuildCheck): Outcome {
  const root = mkdtempSync(join(tmpdir(), 'aiarch-mutant-'));
  try {
    const out = join(root, 'out');
    cpSync(seeded, out, { recursive: true });
    const before = snapshot(out);
    const run = node(['build', spec, '-o', out, '--no-cache', ...(check.only ? ['--only', check.only] : [])], check.timeoutMs);
    if (run.error) return { verdict: 'hang', detail: `build ran over ${check.timeoutMs} ms` };
    const trace = stackTraceIn(`${run.stdout}\n${run.stderr}`);
    if (trace) return { verdict: 'crash', detail: trace };
    const after = snapshot(out);
    if (run.status === 1) {
      const changed = differences(before, after);
      if (changed.length > 0) return { verdict: 'partial-write', detail: `failed build changed ${changed.join(', ')}` };
      if (!/:\d+:\d+\s+error\s+AIA\d{3}|error\s+AIA\d{3}/.test(run.stderr)) return { verdict: 'unlocated', detail: run.stderr.slice(-1000) };
      return { verdict: 'diagnosed', detail: '' };
    }
    if (run.status !== 0) return { verdict: 'crash', detail: `exit ${run.status}: ${run.stderr.slice(-1000)}` };
    const formats = check.only?.split(',');
    const expected = EXPECTED_FILES.filter((f) => formats === undefined || formats.some((ext) => f.endsWith(`.${ext}`)));
    for (const slug of readdirSync(out).filter((d) => !d.startsWith('.'))) {
      const files = listFiles(join(out, slug));
      const fresh = [...after.keys()].some((p) => p.startsWith(`${slug}/`) && after.get(p) !== before.get(p));
      if (!fresh) continue;
      const missing = expected.filter((f) => !files.includes(f));
      if (missing.length > 0) return { verdict: 'partial-write', detail: `${slug}/ lacks ${missing.join(', ')}` };
    }
    return { verdict: 'valid', detail: '' };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * An output folder holding a build of `spec` in the given formats (the "before"
 * of a mutant's build). When the source itself does not build, the folder stays
 * empty and the problem is returned (a generated spec's own failure is reported
 * by the generated-spec properties).
 */
export function seedOutput(spec: string, only: string | undefined, into: string): string | null {
  mkdirSync(into, { recursive: true });
  const run = node(['build', spec, '-o', into, '--no-cache', ...(only ? ['--only', only] : [])], 600_000);
  if (run.status === 0) return null;
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  return `exit ${run.status ?? run.signal}: ${run.stderr.slice(-500)}`;
}

export function writeMutant(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
