// The executive deck: model (+ the tool's own diagram renders) in, PPTX bytes
// out. Pure: no disk, no network, no clock — the same inputs give the same bytes.
import type { Model } from '../../model/types.js';
import type { DiagramImage } from '../types.js';
import { cleanDeep, oneLine } from './clean.js';
import { normaliseDeck } from './deterministic.js';
import { defineMasters, type DeckContext } from './layout.js';
import { loadPptxGenJS } from './pptxgen.js';
import { addArchitecture } from './slides/architecture.js';
import { addContext } from './slides/context.js';
import { addCostProjection, addCostSummary } from './slides/costs.js';
import { addAgenda, addCover } from './slides/cover.js';
import { present } from '../../present/index.js';
import { addEvaluation } from './slides/evaluation.js';
import { addNextSteps } from './slides/next-steps.js';
import { addOperations } from './slides/operations.js';
import { addOptimizations } from './slides/optimizations.js';
import { addRecommendation } from './slides/recommendation.js';
import { addRisks } from './slides/risks.js';
import { addRoadmap } from './slides/roadmap.js';
import { addExecutiveSummary } from './slides/summary.js';
import { addAuthorNotes } from './slides/author-notes.js';
import { always, hasComplianceMapping, hasContext, hasNextSteps, hasOptimizations, hasPhases, hasRisks, hasSecurityControls } from './sections.js';
import { addCompliance, addSecurity } from './slides/security.js';
import { DECK_THEMES, deckTheme, isDeckTheme, type DeckThemeName } from './theme.js';

export interface DeckOptions {
  readonly theme: DeckThemeName;
  /** A draft deck: every slide is marked, and these author notes close the deck. */
  readonly draft?: readonly string[];
}

type SectionRenderer = (ctx: DeckContext, title: string) => void;

/**
 * The deck after the title, summary and agenda slides, in order; each may add
 * continuation slides. A section whose content the proposal does not have is
 * left out, agenda included: a sparse proposal gives a shorter deck, never a
 * placeholder slide.
 */
const SECTIONS: readonly (readonly [string, SectionRenderer, (model: Model) => boolean])[] = [
  ['Business context and goals', addContext, hasContext],
  ['Platform evaluation', addEvaluation, always],
  ['Recommendation and rationale', addRecommendation, always],
  ['Reference architecture', addArchitecture, always],
  ['Security architecture', addSecurity, hasSecurityControls],
  ['Compliance mapping', addCompliance, hasComplianceMapping],
  ['Cost projection', addCostProjection, always],
  ['Year-1 cost, ROI and payback', addCostSummary, always],
  ['Optimization roadmap', addOptimizations, hasOptimizations],
  ['Deployment roadmap', addRoadmap, hasPhases],
  ['Risks and mitigations', addRisks, hasRisks],
  ['Operations and SLOs', addOperations, always],
  ['Next steps and decisions', addNextSteps, hasNextSteps],
];

/** The deck's sections for this model, in order. */
export function deckSections(model: Model): readonly string[] {
  return SECTIONS.filter(([, , shows]) => shows(model)).map(([title]) => title);
}

export async function renderDeck(model: Model, images: readonly DiagramImage[] | null, options: DeckOptions): Promise<Uint8Array> {
  if (!isDeckTheme(options.theme)) {
    throw new Error(`Unknown deck theme "${String(options.theme)}"; expected one of: ${DECK_THEMES.join(', ')}.`);
  }
  // Loaded here, not at the top, so commands that build no deck never pay for it.
  const PptxGenJS = await loadPptxGenJS();
  const clean = cleanDeep(model);
  const theme = deckTheme(options.theme);
  const client = oneLine(clean.spec.client.name);
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = `${client}: executive briefing`;
  pres.subject = oneLine(clean.spec.scenario.useCase);
  pres.author = oneLine(clean.spec.client.preparedBy ?? '') || 'aiarch';
  // Left empty: pptxgenjs writes it unescaped (issue #1407); normaliseDeck sets it.
  pres.company = '';
  pres.revision = '1';
  pres.theme = { headFontFace: theme.headingFont, bodyFontFace: theme.font };
  const ctx: DeckContext = {
    pres,
    theme,
    model: clean,
    p: present(clean),
    client,
    currency: clean.currency,
    images: new Map((images ?? []).map((image) => [image.name, image] as const)),
  };
  const footer = ctx.p.date !== null ? `Executive briefing · ${ctx.p.date}` : 'Executive briefing';
  defineMasters(ctx, options.draft !== undefined ? `DRAFT · ${footer}` : footer, options.draft !== undefined);
  addCover(ctx);
  addExecutiveSummary(ctx);
  const sections = SECTIONS.filter(([, , shows]) => shows(clean));
  addAgenda(
    ctx,
    sections.map(([title]) => title),
  );
  for (const [title, render] of sections) render(ctx, title);
  if (options.draft !== undefined) addAuthorNotes(ctx, options.draft);
  const written = await pres.write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes.');
  return normaliseDeck(written, { date: ctx.p.stamp, company: client });
}
