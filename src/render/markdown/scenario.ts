// Scenario lines shared by the comparison and the proposal.

import { type RenderContext, joinAnd, omit } from './context.js';
import { text } from '../../format/markdown.js';
import { int } from '../../format/numbers.js';
import { lookupTable } from '../../records.js';

const INDUSTRIES = lookupTable({
  'financial-services': 'Financial services',
  healthcare: 'Healthcare',
  retail: 'Retail',
  'public-sector': 'Public sector',
  manufacturing: 'Manufacturing',
  technology: 'Technology',
  education: 'Education',
  other: 'Other',
});

export const CLOUDS = lookupTable({
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  none: 'no existing cloud footprint',
  multi: 'several clouds',
});

/** The client's industry, or '' (noted for the author) when the spec does not say. */
export function industry(ctx: RenderContext): string {
  const value = ctx.spec.client.industry;
  return value ? (INDUSTRIES[value] ?? text(value)) : omit(ctx, 'No industry', 'client.industry');
}

/** The client's cloud and the team's skills, or '' (noted for the author) when the spec names neither. */
export function existingInfrastructure(ctx: RenderContext): string {
  const cloud = ctx.spec.scenario.existingCloud;
  const skills = (ctx.spec.scenario.teamExpertise ?? []).map((s) => CLOUDS[s] ?? text(s));
  const base = cloud ? (CLOUDS[cloud] ?? text(cloud)) : omit(ctx, 'No existing cloud', 'scenario.existingCloud');
  if (skills.length === 0) return base;
  return base !== '' ? `${base}; the team's cloud skills: ${joinAnd(skills)}` : `the team's cloud skills: ${joinAnd(skills)}`;
}

/** "40 active users in month 1, 2,500 by month 12 and 4,000 by month 24 (660,000 requests in month 12)". */
export function scaleLine(ctx: RenderContext): string {
  const months = ctx.model.months;
  const at = (n: number) => months.find((m) => m.month === n);
  const first = at(1);
  const year = at(12);
  const last = at(24);
  if (!first || !year || !last) return 'no projection available';
  return `${int(first.users)} active users in month 1, ${int(year.users)} by month 12 and ${int(last.users)} by month 24 (${int(year.requests)} requests in month 12)`;
}

/** Compliance, budget, timeline, residency, sensitivity and free-form constraints, for one line. */
export function constraintParts(ctx: RenderContext): string[] {
  const s = ctx.spec.scenario;
  const parts: string[] = [];
  if (s.compliance?.length) parts.push(`compliance with ${joinAnd(s.compliance.map(text))}`);
  if (s.budget) parts.push(`a year-1 budget of ${ctx.fmt.money(s.budget.annualUsd)}`);
  if (s.timeline) parts.push(`delivery within ${int(s.timeline.months)} months`);
  if (s.dataResidency?.length) parts.push(`data residency in ${joinAnd(s.dataResidency.map((r) => text(r.toUpperCase())))}`);
  if (s.dataSensitivity) parts.push(`${s.dataSensitivity} data`);
  for (const c of s.constraints ?? []) parts.push(text(c));
  return parts;
}

export function constraintsLine(ctx: RenderContext): string {
  const parts = constraintParts(ctx);
  return parts.length > 0 ? `${joinAnd(parts)}.` : omit(ctx, 'No constraints (compliance, budget or others)', 'scenario.constraints');
}
