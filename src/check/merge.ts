// Merges the `check --format json` output of several shards (`check --shard i/n`)
// into one class: the reports of every shard, sorted by spec path, each spec once.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckReport } from './types.js';

export class MergeInputError extends Error {
  override readonly name = 'MergeInputError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What `check --format json` writes, checked as far as the scoreboard needs; throws MergeInputError naming the file. */
export function parseCheckJson(file: string, text: string): CheckReport[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MergeInputError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)}); give the output of aiarch check --format json`);
  }
  const reports = Array.isArray(data) ? data : [data];
  reports.forEach((report, i) => {
    const rubric = isObject(report) ? report['rubric'] : undefined;
    const ok =
      isObject(report) &&
      typeof report['spec'] === 'string' &&
      Array.isArray(report['findings']) &&
      isObject(rubric) &&
      typeof rubric['total'] === 'number' &&
      typeof rubric['passed'] === 'boolean' &&
      typeof rubric['distinction'] === 'boolean' &&
      Array.isArray(rubric['criteria']);
    if (!ok) throw new MergeInputError(`${file}: entry ${i + 1} is not a check report (spec, rubric, findings); give the output of aiarch check --format json`);
  });
  // The JSON names a finding's code `rule` (its documented key); in memory every issue carries `code`.
  type Stored = Omit<CheckReport, 'findings'> & { readonly findings: readonly (Omit<Diagnostic, 'code'> & { readonly rule: Diagnostic['code'] })[] };
  return (reports as Stored[]).map((r) => ({ ...r, findings: r.findings.map(({ rule, ...f }) => ({ ...f, code: rule })) }));
}

/** One list sorted by spec path; a spec in two inputs means the shards overlap. */
export function mergeReports(inputs: readonly { readonly file: string; readonly reports: readonly CheckReport[] }[]): CheckReport[] {
  const seen = new Map<string, string>();
  const all: CheckReport[] = [];
  for (const { file, reports } of inputs) {
    for (const report of reports) {
      const earlier = seen.get(report.spec);
      if (earlier !== undefined) throw new MergeInputError(`${report.spec} is in both ${earlier} and ${file}: each spec belongs to one shard`);
      seen.set(report.spec, file);
      all.push(report);
    }
  }
  return all.sort((a, b) => (a.spec < b.spec ? -1 : a.spec > b.spec ? 1 : 0));
}
