// The presentation layer: every display fact any artifact shows, worked out once
// from the model. Renderers (markdown, PDF, deck, diagrams) read this and the
// model's numbers; they never derive a name, date, count or sentence of their own
// from the spec, so one fact reads the same in every artifact.
import type { Model, PhaseWindow } from '../model/types.js';
import type { Component } from '../spec/types.js';
import { FALLBACK_DATE, isoDate, longDate, parseIsoDate } from '../format/dates.js';
import { patternName, withArticle, type Pattern } from './names.js';

export { kindName, patternName, withArticle, zoneName } from './names.js';
export type { Pattern, Zone } from './names.js';

export interface PhaseView extends PhaseWindow {
  /** "Weeks 1-4" or "Week 5", as the course template writes them. */
  readonly window: string;
}

export type BudgetState = 'none' | 'within' | 'over';

export interface Presentation {
  /** The proposal's date ("26 November 2026"); null when the spec has none. */
  readonly date: string | null;
  /** The proposal's date as YYYY-MM-DD (the Gantt chart's anchor); null when the spec has none. */
  readonly isoDate: string | null;
  /** The date stamped into the files (PDF, PPTX): the spec's, else a fixed one, never the clock. */
  readonly stamp: Date;
  /** The recommended platform's display name. */
  readonly platform: string;
  /** The runner-up's display name; null with one candidate. */
  readonly runnerUp: string | null;
  readonly pattern: { readonly id: Pattern; readonly name: string; readonly withArticle: string };
  /** Components that make up the system (all but the users of kind `user`), in spec order. */
  readonly system: readonly Component[];
  /** "10 components": the one way any artifact counts them. */
  readonly componentCount: string;
  readonly phases: readonly PhaseView[];
  readonly budget: BudgetState;
}

/** A spec date (YYYY-MM-DD) in the one display format; other text unchanged, undefined as null. */
export function displayDate(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const date = parseIsoDate(value);
  return date === null ? value : longDate(date);
}

/** A candidate's display name: the spec's label, else the catalog's, else its id. */
export function platformName(model: Pick<Model, 'scores'>, id: string): string {
  return model.scores.find((s) => s.platform === id)?.label ?? id;
}

/** "Weeks 1-4", "Week 5". */
export function phaseWindow(phase: Pick<PhaseWindow, 'startWeek' | 'endWeek'>): string {
  return phase.startWeek === phase.endWeek ? `Week ${phase.startWeek}` : `Weeks ${phase.startWeek}-${phase.endWeek}`;
}

export function componentsText(count: number): string {
  return `${count} component${count === 1 ? '' : 's'}`;
}

const cache = new WeakMap<Model, Presentation>();

export function present(model: Model): Presentation {
  const known = cache.get(model);
  if (known !== undefined) return known;
  const { architecture, client } = model.spec;
  const parsed = parseIsoDate(client.date);
  const name = patternName(architecture.pattern);
  const system = architecture.components.filter((c) => c.kind !== 'user');
  const presentation: Presentation = {
    date: parsed === null ? null : longDate(parsed),
    isoDate: parsed === null ? null : isoDate(parsed),
    stamp: parsed ?? FALLBACK_DATE,
    platform: platformName(model, model.recommendation),
    runnerUp: model.runnerUp === null ? null : platformName(model, model.runnerUp),
    pattern: { id: architecture.pattern, name, withArticle: withArticle(name) },
    system,
    componentCount: componentsText(model.systemComponents),
    phases: model.phases.map((p) => ({ ...p, window: phaseWindow(p) })),
    budget: model.budget.headroom === null ? 'none' : model.budget.headroom >= 0 ? 'within' : 'over',
  };
  cache.set(model, presentation);
  return presentation;
}
