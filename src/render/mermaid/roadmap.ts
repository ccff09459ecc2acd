// Deployment roadmap as a Gantt chart. Dates are anchored at client.date, or
// at a fixed Monday when the spec has none: never at the clock, so two builds
// of one spec draw the same chart.
import type { Model } from '../../model/types.js';
import { addDays, FALLBACK_DATE, isoDate, parseIsoDate } from '../../format/dates.js';
import { ganttLabel, label } from './escape.js';

/** Anchor when the spec has no client.date (documented in the README). */
export const DEFAULT_ROADMAP_ANCHOR = '2026-01-05';

function anchorOf(value: string | undefined): string {
  return parseIsoDate(value) === null ? DEFAULT_ROADMAP_ANCHOR : (value as string);
}

/** The first day of a 1-based project week. */
export function weekStart(anchor: string, week: number): string {
  return isoDate(addDays(parseIsoDate(anchor) ?? FALLBACK_DATE, (week - 1) * 7));
}

/** Ticks every 1, 2 or 4 weeks so the axis stays readable however long the plan runs. */
function tickWeeks(rolloutWeeks: number | null): number {
  const span = rolloutWeeks ?? 0;
  return span <= 12 ? 1 : span <= 26 ? 2 : 4;
}

export function deploymentRoadmap(model: Pick<Model, 'spec' | 'rolloutWeeks'>): string {
  const anchor = anchorOf(model.spec.client.date);
  const phases = model.spec.deployment?.phases ?? [];
  const strategy = model.spec.deployment?.strategy;
  const lines = [
    'gantt',
    `  title ${strategy !== undefined ? `Deployment roadmap (${label(strategy, 20)} rollout)` : 'Deployment roadmap'}`,
    '  dateFormat YYYY-MM-DD',
    // The marker would draw the build machine's clock into the chart.
    '  todayMarker off',
    '  axisFormat %d %b %Y',
    `  tickInterval ${tickWeeks(model.rolloutWeeks)}week`,
  ];
  lines.push('  section Phases');
  if (phases.length === 0) {
    lines.push(`  Add deployment.phases to the spec : p0, ${anchor}, 7d`);
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
