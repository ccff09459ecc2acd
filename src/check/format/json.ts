// JSON output: one report as an object, several as an array, in the documented key order.
import type { CheckReport } from '../types.js';

export function formatJson(reports: readonly CheckReport[]): string {
  const one = (r: CheckReport) => ({
    spec: r.spec,
    rubric: {
      total: r.rubric.total,
      max: r.rubric.max,
      passed: r.rubric.passed,
      distinction: r.rubric.distinction,
      criteria: r.rubric.criteria.map((c) => ({
        id: c.id,
        name: c.name,
        score: c.score,
        max: c.max,
        evidence: c.evidence,
        toImprove: c.toImprove.map((t) => ({
          point: t.point,
          reason: t.reason,
          message: t.message,
          path: t.path,
          line: t.line,
          column: t.column,
          ...(t.file === undefined ? {} : { file: t.file }),
        })),
        // Reports merged from older shards' JSON may lack points: `?? []` keeps them printable.
        points: (c.points ?? []).map((p) => ({
          point: p.point,
          requirement: p.requirement,
          earned: p.earned,
          summary: p.summary,
          ...(p.cappedBy === undefined ? {} : { cappedBy: p.cappedBy }),
          used: p.used.map((u) => ({ label: u.label, path: u.path, line: u.line, column: u.column, ...(u.file === undefined ? {} : { file: u.file }) })),
        })),
      })),
    },
    // `rule` is the documented key of the JSON output; it holds the finding's code (a rule id).
    findings: r.findings.map((f) => ({
      rule: f.code,
      severity: f.severity,
      message: f.message,
      hint: f.hint ?? '',
      file: f.file,
      line: f.line,
      column: f.column,
      path: f.path,
    })),
    ...(r.documentGaps === undefined
      ? {}
      : {
          documentGaps: r.documentGaps.map((g) => ({
            what: g.what,
            path: g.path,
            assumed: g.assumed,
            documents: g.documents,
            line: g.line,
            column: g.column,
            ...(g.file === undefined ? {} : { file: g.file }),
          })),
        }),
  });
  return JSON.stringify(reports.length === 1 ? one(reports[0]!) : reports.map(one), null, 2);
}
