// Public surface of the check stage.
export { checkSpec } from './check.js';
export { renderChecklist } from './checklist.js';
export { renderRubric } from './rubric-markdown.js';
export { RULES } from './rules/index.js';
export { CRITERIA } from './rubric/index.js';
export { CHECK_FORMATS, formatReports, type CheckFormat } from './format/index.js';
export type { CheckReport, CriterionResult, Improvement, Rubric } from './types.js';
