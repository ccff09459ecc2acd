// Every rule, in report order. A new rule is one entry here plus a README row.
import type { Rule } from '../rule.js';
import { complianceUnmapped, certificationMissing, industryCertificationMissing, layerEmpty, residencyPartial } from './compliance.js';
import { noClientDate, riskUnmitigated, rollbackMissing } from './completeness.js';
import { overBudget, priceStale, targetMissed } from './cost.js';
import { modelDeprecated, priceUnclear } from './models.js';
import { lockIn, modelUnavailable, recommendationNotTop, recommendationTie, weightsSensitive } from './platform.js';

export const RULES: readonly Rule[] = [
  recommendationNotTop,
  recommendationTie,
  weightsSensitive,
  certificationMissing,
  industryCertificationMissing,
  residencyPartial,
  complianceUnmapped,
  layerEmpty,
  overBudget,
  priceStale,
  priceUnclear,
  modelUnavailable,
  modelDeprecated,
  targetMissed,
  lockIn,
  riskUnmitigated,
  rollbackMissing,
  noClientDate,
];
