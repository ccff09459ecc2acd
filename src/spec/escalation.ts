// An escalation level is written as text or as { who, contact }; everything
// downstream reads the one shape.
import type { Spec } from './types.js';

export interface EscalationStep {
  readonly who: string;
  readonly contact: string | null;
}

export function escalationSteps(spec: Pick<Spec, 'operations'>): EscalationStep[] {
  return (spec.operations?.escalation ?? []).map((level) =>
    typeof level === 'string' ? { who: level, contact: null } : { who: level.who, contact: level.contact ?? null },
  );
}
