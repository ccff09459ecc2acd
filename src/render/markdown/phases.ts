// Week ranges of deployment phases, as the course template writes them.
import type { Phase } from '../../spec/types.js';
import { text } from './escape.js';

export function phaseWeeks(phase: Phase): { start: number; end: number } {
  return { start: phase.startWeek, end: phase.startWeek + Math.max(phase.weeks, 1) - 1 };
}

/** "Phase 1: Pilot (Weeks 1-4)". */
export function phaseHeading(phase: Phase, index: number): string {
  const { start, end } = phaseWeeks(phase);
  const range = start === end ? `Week ${start}` : `Weeks ${start}-${end}`;
  return `Phase ${index + 1}: ${text(phase.name)} (${range})`;
}
