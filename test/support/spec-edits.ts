// Spec edits the review tests share, applied to the text of a complete spec,
// and a throwaway git repository holding a spec at a base commit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NORTHWIND = new URL('../../specs/northwind-health.yaml', import.meta.url).pathname;
export const northwindText = readFileSync(NORTHWIND, 'utf8');

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`spec edit did not apply: ${String(from)}`);
  return out;
}

/** Adds a response cache (a component the orchestrator connects to) and removes the data layer's PII redaction control. */
export function addCacheRemovePii(text: string): string {
  let out = replaceOnce(
    text,
    '    - id: logs\n',
    '    - id: cache\n      kind: cache\n      name: Response cache\n      service: ElastiCache\n      zone: data\n      cost: { monthly: 300 }\n    - id: logs\n',
  );
  out = replaceOnce(out, '      connects:\n        - { to: bedrock,', '      connects:\n        - cache\n        - { to: bedrock,');
  return replaceOnce(out, /\n *- \{ control: PII redaction[^\n]*/, '');
}

export interface SpecRepo {
  readonly dir: string;
  git(...args: string[]): string;
  write(text: string): void;
}

/** A git repository whose first commit holds `text` as spec.yaml. */
export function specRepo(text: string = northwindText): SpecRepo {
  const dir = mkdtempSync(join(tmpdir(), 'aiarch-review-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  const write = (t: string) => writeFileSync(join(dir, 'spec.yaml'), t);
  git('init', '-q');
  write(text);
  git('add', 'spec.yaml');
  git('commit', '-qm', 'base');
  return { dir, git, write };
}
