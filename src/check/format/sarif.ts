// SARIF 2.1.0 output, for code-scanning annotations: one run, every rule as a
// reportingDescriptor, every finding as a result located in the spec file.
import type { Severity } from '../../diagnostics/diagnostic.js';
import { RULES } from '../rules/index.js';
import type { CheckReport } from '../types.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** A spec path as a relative URI with forward slashes (SARIF wants URIs, not OS paths). */
function uri(file: string): string {
  return file.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(reports: readonly CheckReport[], toolVersion: string): string {
  const index = new Map<string, number>(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'aiarch',
            version: toolVersion,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        results: reports.flatMap((report) =>
          report.findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: index.get(f.code) ?? -1,
            level: LEVEL[f.severity],
            message: { text: `${f.message}. ${f.hint}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri(f.file) },
                  ...(f.line > 0 ? { region: { startLine: f.line, startColumn: Math.max(1, f.column) } } : {}),
                },
              },
            ],
            properties: { path: f.path },
          })),
        ),
        properties: {
          rubric: reports.map((r) => ({ spec: r.spec, total: r.rubric.total, max: r.rubric.max, passed: r.rubric.passed })),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
