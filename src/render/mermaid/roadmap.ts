// Deployment roadmap as a Gantt chart. Dates are anchored at client.date, or
// at a fixed Monday when the spec has none: never at the clock, so two builds
// of one spec draw the same chart.
import type { Model } from '../../model/types.js';
import { shiftIsoDate } from '../../format/dates.js';
import { present } from '../../present/index.js';
import { ganttLabel, label } from './escape.js';

/** Anchor when the spec has no client.date (documented in the README). */
export const DEFAULT_ROADMAP_ANCHOR = '2026-01-05';

/** The first day of a 1-based project week. */
export function weekStart(anchor: string, week: number): string {
  return shiftIsoDate(anchor, (week - 1) * 7);
}

/**
 * At most about seven ticks whatever the plan's length: at the chart's 16 px
 * a date label is about 90 px wide, and more ticks than that overlap.
 */
export function axisTicks(rolloutWeeks: number | null): { interval: string; format: string } {
  const span = rolloutWeeks ?? 0;
  if (span <= 7) return { interval: '1week', format: '%d %b' };
  if (span <= 14) return { interval: '2week', format: '%d %b' };
  const months = Math.ceil(span / 4.35 / 7);
  return { interval: `${months}month`, format: '%b %Y' };
}

export function deploymentRoadmap(model: Model): string {
  const anchor = present(model).isoDate ?? DEFAULT_ROADMAP_ANCHOR;
  const phases = model.spec.deployment?.phases ?? [];
  const strategy = model.spec.deployment?.strategy;
  const ticks = axisTicks(model.rolloutWeeks);
  const lines = [
    'gantt',
    `  title ${strategy !== undefined ? `Deployment roadmap (${label(strategy, 20)} rollout)` : 'Deployment roadmap'}`,
    '  dateFormat YYYY-MM-DD',
    // The marker would draw the build machine's clock into the chart.
    '  todayMarker off',
    `  axisFormat ${ticks.format}`,
    `  tickInterval ${ticks.interval}`,
  ];
  lines.push('  section Phases');
  if (phases.length === 0) {
    lines.push(`  Phases to be planned : p0, ${anchor}, 7d`);
  }
  phases.forEach((phase, index) => {
    const users = phase.users !== undefined ? ` (${phase.users} users)` : '';
    // Numbered so no phase name can read as a gantt keyword (section, title, click...).
    const name = ganttLabel(`${index + 1}. ${phase.name}${users}`, 60);
    const days = Math.max(1, Math.round(phase.weeks * 7));
    lines.push(`  ${name} : p${index}, ${weekStart(anchor, Math.max(1, phase.startWeek))}, ${days}d`);
  });
  return `${lines.join('\n')}\n`;
}
