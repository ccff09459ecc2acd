// Users, requests and tokens per month, and the peak load they imply.
import type { Costs } from '../spec/types.js';
import type { MonthUsage, Peak } from './types.js';

export const MONTHS = 24;

/** Linear between growth points; flat before the first and after the last. */
export function usersAt(growth: Costs['growth'], month: number): number {
  const points = [...growth].sort((a, b) => a.month - b.month);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 0;
  if (month <= first.month) return first.users;
  if (month >= last.month) return last.users;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (month <= b.month) return a.users + ((b.users - a.users) * (month - a.month)) / (b.month - a.month);
  }
  return last.users;
}

export type Usage = MonthUsage;

export function usageByMonth(costs: Costs, daysPerMonth: number): Usage[] {
  const { requestsPerUserPerDay, tokensPerRequest } = costs.usage;
  return Array.from({ length: MONTHS }, (_, i) => {
    const month = i + 1;
    const users = usersAt(costs.growth, month);
    const requestsPerDay = users * requestsPerUserPerDay;
    const requests = requestsPerDay * daysPerMonth;
    return { month, users, requestsPerDay, requests, inputTokens: requests * tokensPerRequest.input, outputTokens: requests * tokensPerRequest.output };
  });
}

export function peakLoad(costs: Costs, usage: readonly Usage[]): Peak {
  const hours = costs.usage.peak?.hours ?? 8;
  const multiplier = costs.usage.peak?.multiplier ?? 1;
  let peak = { requestsPerSecond: 0, month: 1 };
  for (const u of usage) {
    const rps = ((u.users * costs.usage.requestsPerUserPerDay) / (hours * 3600)) * multiplier;
    if (rps > peak.requestsPerSecond) peak = { requestsPerSecond: rps, month: u.month };
  }
  const { input, output } = costs.usage.tokensPerRequest;
  return { ...peak, tokensPerMinute: peak.requestsPerSecond * 60 * (input + output) };
}
