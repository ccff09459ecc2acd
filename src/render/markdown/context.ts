// What every document renderer receives: the model, the spec inside it, the
// diagram sources, one money formatter and the catalog facts.
import type { Catalog, CatalogPlatform } from '../../catalog/types.js';
import type { Model } from '../../model/types.js';
import { platformName, present, type Presentation } from '../../present/index.js';
import type { Spec } from '../../spec/types.js';
import type { DiagramRef, DocumentGap as Gap, DocumentName } from '../types.js';
import { callout } from '../document/build.js';
import type { Callout, Inline } from '../document/tree.js';
import { text } from '../../format/markdown.js';
import { createFormatter, type Formatter } from '../../format/numbers.js';

export interface RenderContext {
  readonly model: Model;
  /** The display facts (names, dates, counts) every artifact shares. */
  readonly p: Presentation;
  readonly spec: Spec;
  readonly diagrams: readonly DiagramRef[];
  readonly fmt: Formatter;
  readonly catalog: Catalog;
  /** The document being built, and what it leaves out or assumes where the spec is silent (for the author, never the client). */
  readonly document: DocumentName;
  readonly gaps: Gap[];
}

export function createContext(model: Model, diagrams: readonly DiagramRef[], document: DocumentName = 'enterprise-architecture-proposal'): RenderContext {
  return {
    model,
    p: present(model),
    spec: model.spec,
    diagrams,
    fmt: createFormatter(model.currency),
    catalog: model.catalog,
    document,
    gaps: [],
  };
}

/** Escaped display label of a candidate platform id. */
export function platformLabel(ctx: RenderContext, id: string): string {
  return text(platformName(ctx.model, id));
}

export function recommendedLabel(ctx: RenderContext): string {
  return platformLabel(ctx, ctx.model.recommendation);
}

/** Catalog facts of a candidate, only when the model says the catalog knows it. */
export function catalogEntry(ctx: RenderContext, id: string): CatalogPlatform | undefined {
  return ctx.model.scores.find((s) => s.platform === id)?.inCatalog ? ctx.catalog[id] : undefined;
}

/** Escaped criterion label. */
export function criterionLabel(ctx: RenderContext, id: string): string {
  return text(ctx.model.criteria.find((c) => c.id === id)?.label ?? id);
}

/** "a, b and c" for prose. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Lower-cases a leading capital for use mid-sentence, but leaves acronyms ("AI", "HR") alone. */
export function lowerFirst(value: string): string {
  return /^[A-Z][a-z]/.test(value) ? value.charAt(0).toLowerCase() + value.slice(1) : value;
}

export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * Where the spec leaves a part of the template empty, the document leaves it
 * out: the note goes to the author (rubric.md, the draft's author notes) and
 * the empty string returned here drops out of the document tree, taking its
 * section with it when nothing else is in it.
 */
export function omit(ctx: RenderContext, what: string, path: string): '' {
  ctx.gaps.push({ document: ctx.document, what, path, assumed: false });
  return '';
}

/** An assumption the text already marks where it stands ("8 busy hours a day (assumed)"): only the author's note. */
export function assumedInline(ctx: RenderContext, what: string, path: string): '' {
  ctx.gaps.push({ document: ctx.document, what, path, assumed: true });
  return '';
}

/** Where the spec is silent and an industry-standard value stands in: a labelled assumption for the client, a note for the author. */
export function assume(ctx: RenderContext, text: Inline, what: string, path: string): Callout {
  ctx.gaps.push({ document: ctx.document, what, path, assumed: true });
  return callout('Assumed', text);
}

/** "serverless", "queue-based", "edge-to-cloud"… with its article when asked: "an edge-to-cloud". */
export function patternName(ctx: RenderContext, withArticle = false): string {
  return withArticle ? ctx.p.pattern.withArticle : ctx.p.pattern.name;
}
