// Every rule, in report order. A new rule is one entry here plus a README row.
import type { Rule } from '../rule.js';
import { complianceUnmapped, certificationMissing, layerEmpty, residencyPartial } from './compliance.js';
import { noClientDate, riskUnmitigated, rollbackMissing } from './completeness.js';
import { overBudget, priceStale, targetMissed } from './cost.js';
import { lockIn, modelUnavailable, recommendationNotTop, weightsSensitive } from './platform.js';

export const RULES: readonly Rule[] = [
  recommendationNotTop,
  weightsSensitive,
  certificationMissing,
  residencyPartial,
  complianceUnmapped,
  layerEmpty,
  overBudget,
  priceStale,
  modelUnavailable,
  targetMissed,
  lockIn,
  riskUnmitigated,
  rollbackMissing,
  noClientDate,
];
