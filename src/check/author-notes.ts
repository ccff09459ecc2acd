// What the author of a spec should still do, as plain sentences: the red-flag
// findings and every rubric point not yet earned. A --draft build shows them in
// the deck and the PDF; a client build never does.
import type { CheckReport } from './types.js';

export function authorNotes(report: CheckReport): string[] {
  const findings = report.findings.map((f) => `Line ${f.line}: ${f.message}${f.hint !== undefined ? ` ${f.hint}` : ''}`);
  const points = report.rubric.criteria.flatMap((c) =>
    c.toImprove.map((i) => `${c.name} point ${i.point} (line ${i.line}): ${i.reason}; to earn it, ${i.message}.`),
  );
  return [...findings, ...points];
}
