// Week ranges of deployment phases (from the model), as the course template writes them.
import type { PhaseWindow } from '../../model/types.js';
import type { RenderContext } from './context.js';
import { text } from '../../format/markdown.js';

/** The model's window of the index-th phase of deployment.phases. */
export function phaseWeeks(ctx: RenderContext, index: number): { start: number; end: number } {
  const window: PhaseWindow | undefined = ctx.model.phases[index];
  return { start: window?.startWeek ?? 0, end: window?.endWeek ?? 0 };
}

/** "Phase 1: Pilot (Weeks 1-4)". */
export function phaseHeading(ctx: RenderContext, index: number): string {
  const phase = ctx.p.phases[index];
  return `Phase ${index + 1}: ${text(phase?.name ?? '')} (${phase?.window ?? ''})`;
}
