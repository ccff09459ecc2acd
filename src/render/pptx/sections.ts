// Which deck sections a proposal has content for. A section without it is left
// out of the deck and its agenda, rather than shown as a placeholder.
import type { Model } from '../../model/types.js';
import { hasSecurityControls as hasControls } from '../../present/security.js';

export const always = (): boolean => true;

export const hasContext = (m: Model): boolean => (m.spec.scenario.useCases ?? []).length > 0 || (m.spec.scenario.successCriteria ?? []).length > 0;

export const hasSecurityControls = (m: Model): boolean => hasControls(m.spec);

export const hasComplianceMapping = (m: Model): boolean => (m.spec.security?.compliance ?? []).length > 0;

export const hasOptimizations = (m: Model): boolean => m.optimizations.length > 0;

export const hasPhases = (m: Model): boolean => m.phases.length > 0;

export const hasRisks = (m: Model): boolean => (m.spec.platforms.risks ?? []).length > 0 || (m.spec.deployment?.risks ?? []).length > 0;

export const hasNextSteps = (m: Model): boolean => (m.spec.proposal?.nextSteps ?? []).length > 0 || (m.spec.proposal?.decisions ?? []).length > 0;
