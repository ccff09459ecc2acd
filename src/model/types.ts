// The model: every number any artifact shows, computed once by `buildModel`.
// Renderers format these values and compute nothing of their own.
import type { Catalog, Tier } from '../catalog/types.js';
import type { EscalationStep } from '../spec/escalation.js';
import type { Spec } from '../spec/types.js';
import type { PlatformScore, Sensitivity } from '../scoring/types.js';

export type { CriterionScore, PlatformScore, Sensitivity } from '../scoring/types.js';

export type CostCategory = 'ai' | 'infrastructure' | 'operations';

export interface PricedModel {
  readonly model: string;
  readonly name: string;
  /** Traffic share in percent. */
  readonly share: number;
  readonly inputPer1M: number;
  readonly outputPer1M: number;
  readonly asOf: string | null;
  readonly source: string;
  readonly origin: 'spec' | 'catalog';
  /** Age of the price in days at the spec's date; null when either date is unknown. */
  readonly ageDays: number | null;
}

/** Load of one month. */
export interface MonthUsage {
  readonly month: number;
  readonly users: number;
  /** users × requestsPerUserPerDay: requests on one active day. */
  readonly requestsPerDay: number;
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** Costs and benefits of a month or of a period. */
export interface Totals {
  /** Optimized costs. */
  readonly ai: number;
  readonly infrastructure: number;
  readonly operations: number;
  /** Costs before optimizations. */
  readonly aiBaseline: number;
  readonly infrastructureBaseline: number;
  readonly operationsBaseline: number;
  readonly baselineTotal: number;
  /** Optimized total. */
  readonly total: number;
  readonly savings: number;
  readonly benefits: number;
}

export interface Month extends MonthUsage, Totals {
  readonly cumulativeCost: number;
  readonly cumulativeBenefits: number;
}

export interface CostLine {
  /** Component id, or null for a costs.infrastructure / costs.operations item. */
  readonly componentId: string | null;
  readonly name: string;
  readonly category: CostCategory;
  readonly monthly: number;
  readonly perMillionRequests: number;
  /** The volume a costs.infrastructure line is priced for ("500 GB"); null when not given. */
  readonly volume: string | null;
  /** Baseline cost of the line for months 1..24 (index 0 = month 1). */
  readonly byMonth: readonly number[];
}

export interface OptimizationEffect {
  readonly strategy: string;
  readonly appliesTo: CostCategory;
  readonly savingsPercent: number;
  readonly startMonth: number;
  readonly effort: 'low' | 'medium' | 'high' | null;
  /** What this optimization alone would save over months 1–12 and 1–24. */
  readonly standaloneSavingsYear1: number;
  readonly standaloneSavings24: number;
}

export interface TransactionCost {
  readonly scenario: string;
  readonly input: number;
  readonly output: number;
  /** tokenCost + infrastructureCost. */
  readonly cost: number;
  /** Model-mix token cost of the transaction. */
  readonly tokenCost: number;
  /** Σ perMillionRequests / 1e6 of the infrastructure lines. */
  readonly infrastructureCost: number;
  readonly target: number | null;
  /** null when there is no target. */
  readonly meetsTarget: boolean | null;
}

/** One model of a platform's estimate, with the spec's model it serves for when it is another. */
export interface StandIn {
  readonly model: string;
  readonly share: number;
  /** The spec's model whose traffic share this one serves; null when it is the spec's own model. */
  readonly standsInFor: string | null;
  readonly tier: Tier | null;
}

export interface PlatformCostEstimate {
  readonly platform: string;
  /**
   * 'spec-mix': the spec's own model mix, priced on this platform;
   * 'tier-equivalent': at least one share is served by this platform's own model of the same tier.
   */
  readonly basis: 'spec-mix' | 'tier-equivalent';
  /** The models and shares the estimate prices, in the order of the spec's mix. */
  readonly mix: readonly StandIn[];
  /** False when a model of the spec's mix has no counterpart of its tier on this platform. */
  readonly priced: boolean;
  readonly missingModels: readonly string[];
  /** Model-mix token cost of one average request; null when not priced. */
  readonly costPerRequest: number | null;
  /** AI cost at scale (the month with the most requests); null when not priced. */
  readonly monthlyAtScale: number | null;
  readonly scaleMonth: number;
}

export interface Peak {
  readonly requestsPerSecond: number;
  readonly tokensPerMinute: number;
  /** Month in which the peak occurs. */
  readonly month: number;
}

export interface Roi {
  /** First month where cumulative benefits ≥ cumulative optimized cost; null when never. */
  readonly paybackMonth: number | null;
  readonly year1Benefits: number;
  readonly year1Cost: number;
  /** (benefits − cost) / cost × 100 over year 1; null when there is no cost. */
  readonly year1RoiPercent: number | null;
  /** year1Benefits − year1Cost. */
  readonly year1Net: number;
  readonly benefits24: number;
  readonly cost24: number;
  readonly net24: number;
}

export interface Budget {
  readonly annual: number | null;
  /** annual − year-1 optimized total; negative means over budget. */
  readonly headroom: number | null;
  readonly usedPercent: number | null;
}

/** A deployment phase's place on the week axis (deployment.phases, in spec order). */
export interface PhaseWindow {
  readonly name: string;
  readonly startWeek: number;
  /** startWeek + weeks − 1: the phase's last week. */
  readonly endWeek: number;
  readonly weeks: number;
}

export interface DecisionStep {
  /** 1..4, the course's four decision-tree questions in order. */
  readonly step: number;
  readonly question: string;
  /** Which branch this client takes, a stable key per question:
   * 1 'yes' | 'no' | 'multi'; 2 'openai' | 'claude' | 'google' | 'flexible';
   * 3 'fedramp' | 'residency' | 'industry' | 'none'; 4 'skills' | 'no-skills'. */
  readonly branch: string;
  readonly answer: string;
  readonly outcome: string;
}

export interface Model {
  readonly spec: Spec;
  /** The shipped catalog with the spec's overrides merged in: the facts every renderer shows. */
  readonly catalog: Catalog;
  readonly clientSlug: string;
  readonly currency: string;
  readonly daysPerMonth: number;
  /** Weighted criteria in spec order, with a display label. */
  readonly criteria: readonly { readonly id: string; readonly label: string; readonly weight: number }[];
  /** One per candidate, in ranking order. */
  readonly scores: readonly PlatformScore[];
  readonly recommendation: string;
  readonly recommendationSource: 'spec' | 'derived';
  /** The highest weighted score's platform (first by spec order on a tie). */
  readonly topPlatform: string;
  /** Recommended weighted score minus the best other candidate's. */
  readonly margin: number;
  readonly runnerUp: string | null;
  readonly sensitivity: Sensitivity | null;
  readonly decisionPath: readonly DecisionStep[];
  readonly prices: readonly PricedModel[];
  /** Model-mix cost of one average request (tokensPerRequest). */
  readonly costPerRequest: number;
  readonly months: readonly Month[];
  readonly year1: Totals;
  readonly year2: Totals;
  readonly budget: Budget;
  readonly lines: readonly CostLine[];
  readonly optimizations: readonly OptimizationEffect[];
  readonly transactions: readonly TransactionCost[];
  readonly platformCosts: readonly PlatformCostEstimate[];
  readonly peak: Peak;
  readonly roi: Roi;
  /** Components that make up the system: every component but the users of kind `user`. */
  readonly systemComponents: number;
  readonly phases: readonly PhaseWindow[];
  /** The last week of the last phase; null without phases. */
  readonly rolloutWeeks: number | null;
  /** operations.escalation in order, each level as { who, contact }. */
  readonly escalation: readonly EscalationStep[];
}
