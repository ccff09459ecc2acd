// The executive deck: model (+ the tool's own diagram renders) in, PPTX bytes
// out. Pure: no disk, no network, no clock — the same inputs give the same bytes.
import type { Model } from '../../model/types.js';
import type { DiagramImage } from '../types.js';
import { cleanDeep, oneLine } from './clean.js';
import { deckDate, normaliseDeck } from './deterministic.js';
import { defineMasters, type DeckContext } from './layout.js';
import { loadPptxGenJS } from './pptxgen.js';
import { addArchitecture } from './slides/architecture.js';
import { addContext } from './slides/context.js';
import { addCostProjection, addCostSummary } from './slides/costs.js';
import { addAgenda, addCover, longDate } from './slides/cover.js';
import { addEvaluation } from './slides/evaluation.js';
import { addNextSteps } from './slides/next-steps.js';
import { addOperations } from './slides/operations.js';
import { addOptimizations } from './slides/optimizations.js';
import { addRecommendation } from './slides/recommendation.js';
import { addRisks } from './slides/risks.js';
import { addRoadmap } from './slides/roadmap.js';
import { addCompliance, addSecurity } from './slides/security.js';
import { DECK_THEMES, deckTheme, isDeckTheme, type DeckThemeName } from './theme.js';

export interface DeckOptions {
  readonly theme: DeckThemeName;
}

type SectionRenderer = (ctx: DeckContext, title: string) => void;

/** The deck after the title and agenda slides, in order; each may add continuation slides. */
const SECTIONS: readonly (readonly [string, SectionRenderer])[] = [
  ['Business context and goals', addContext],
  ['Platform evaluation', addEvaluation],
  ['Recommendation and rationale', addRecommendation],
  ['Reference architecture', addArchitecture],
  ['Security architecture', addSecurity],
  ['Compliance mapping', addCompliance],
  ['Cost projection', addCostProjection],
  ['Year-1 cost, ROI and payback', addCostSummary],
  ['Optimization roadmap', addOptimizations],
  ['Deployment roadmap', addRoadmap],
  ['Risks and mitigations', addRisks],
  ['Operations and SLOs', addOperations],
  ['Next steps and decisions', addNextSteps],
];

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
    client,
    currency: clean.currency,
    images: new Map((images ?? []).map((image) => [image.name, image] as const)),
  };
  const date = longDate(clean.spec.client.date);
  defineMasters(ctx, date.length > 0 ? `Executive briefing · ${date}` : 'Executive briefing');
  addCover(ctx);
  addAgenda(ctx, SECTIONS.map(([title]) => title));
  for (const [title, render] of SECTIONS) render(ctx, title);
  const written = await pres.write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes.');
  return normaliseDeck(written, { date: deckDate(clean.spec.client.date), company: client });
}
