// checkSpec: red-flag findings and the rubric score of one loaded spec. Pure.
import type { Catalog } from '../catalog/types.js';
import type { Model } from '../model/types.js';
import type { SpecSource } from '../spec/source.js';
import { createContext } from './context.js';
import { scoreRubric } from './rubric/index.js';
import { RULES } from './rules/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckReport } from './types.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function checkSpec(source: SpecSource, model: Model, catalog: Catalog): CheckReport {
  const ctx = createContext(source, model, catalog);
  const findings: Diagnostic[] = RULES.flatMap((rule) => rule.run(ctx));
  // Most severe first, then in file order, so the list reads top-down.
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line || a.column - b.column);
  return { spec: source.file, rubric: scoreRubric(ctx, findings), findings };
}
