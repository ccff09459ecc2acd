// Slide 5: the recommendation, its margin and how sensitive it is to the weights.
import { score } from '../format.js';
import { addBullets, addCard, addLabel, addLead, bodyBelow, contentSlide, pageTitle, paginateBullets, type DeckContext } from '../layout.js';
import { labelOf, labelOfCriterion } from './evaluation.js';

const BULLET_SIZE = 18;
const CARDS_W = 4.1;
const CARDS_GAP = 0.45;

function signed(value: number): string {
  return value >= 0 ? `+${score(value)}` : `−${score(-value)}`;
}

/** The criteria on which the recommended platform scores above the next candidate, heaviest weight first. */
function scoreReasons(ctx: DeckContext): string[] {
  const { model } = ctx;
  const rec = model.scores.find((s) => s.platform === model.recommendation);
  const other = model.scores.find((s) => s.platform !== model.recommendation);
  if (rec === undefined) return [];
  const scoreOf = (platform: typeof rec | undefined, criterion: string) => platform?.criteria.find((c) => c.criterion === criterion)?.score ?? 0;
  const leads = [...model.criteria]
    .sort((a, b) => b.weight - a.weight)
    .filter((c) => other === undefined || scoreOf(rec, c.id) > scoreOf(other, c.id))
    .map(
      (c) =>
        `${labelOfCriterion(ctx, c.id)} (${c.weight}% of the decision): ${score(scoreOf(rec, c.id))} of 10${other !== undefined ? ` against ${score(scoreOf(other, c.id))} for ${other.label}` : ''}`,
    );
  return leads.length > 0 ? leads : [`The highest weighted score across ${model.criteria.length} criteria`];
}

export function addRecommendation(ctx: DeckContext, title: string): void {
  const { model, theme } = ctx;
  const recommended = model.scores.find((s) => s.platform === model.recommendation);
  const label = ctx.p.platform;
  const candidate = model.spec.platforms.candidates[model.recommendation];
  const rationale = model.spec.platforms.rationale ?? [];
  const strengths = candidate?.strengths ?? [];
  // With neither a rationale nor strengths written, the scores themselves say why.
  const reasons = rationale.length > 0 ? rationale : strengths.length > 0 ? strengths : scoreReasons(ctx);
  const reasonsTitle = rationale.length > 0 ? `Why ${label}` : strengths.length > 0 ? `Strengths of ${label}` : `Where ${label} leads`;
  const runnerUp = model.runnerUp !== null ? labelOf(ctx, model.runnerUp) : null;
  const sensitivity = model.sensitivity;
  const sensitivityText =
    sensitivity !== null
      ? `${sensitivity.direction === 'increase' ? 'Raising' : 'Lowering'} the ${labelOfCriterion(ctx, sensitivity.criterion)} weight by ${score(sensitivity.shiftPoints)} points makes ${labelOf(ctx, sensitivity.newWinner)} the winner.`
      : 'No single-criterion weight shift changes the winner.';
  const sensitivityCaption =
    sensitivity !== null
      ? `${labelOf(ctx, sensitivity.newWinner)} wins only if the ${labelOfCriterion(ctx, sensitivity.criterion)} weight ${sensitivity.direction === 'increase' ? 'rises' : 'falls'} this much`
      : sensitivityText;
  const lead =
    model.recommendation === model.topPlatform
      ? `Recommendation: ${label}, the highest weighted score`
      : `Recommendation: ${label}, chosen over the top score of ${labelOf(ctx, model.topPlatform)}`;
  const notes = [
    `${lead}.`,
    recommended !== undefined ? `Weighted score ${score(recommended.weighted)} of 10, rank ${recommended.rank} of ${model.scores.length}.` : '',
    runnerUp !== null ? `Margin over ${runnerUp}: ${signed(model.margin)} points.` : '',
    `Sensitivity: ${sensitivityText}`,
    model.recommendationSource === 'spec' ? 'The recommendation is set in the spec.' : 'The recommendation is derived from the highest weighted score.',
    ...reasons.map((reason) => `• ${reason}`),
    candidate?.limitations?.length ? `Limitations: ${candidate.limitations.join('; ')}.` : '',
    candidate?.proprietaryFeatures?.length ? `Proprietary features relied on: ${candidate.proprietaryFeatures.join('; ')}.` : '',
  ];
  // Reasons page by measured height: beside the cards on the first slide, full width after.
  const room = bodyBelow(lead);
  const reasonPages = paginateBullets(reasons, room.w - CARDS_W - CARDS_GAP, BULLET_SIZE, room.h - 0.55);
  // Continuation pages are full width, so what is left is paged again at that width.
  const rest = reasonPages.slice(1).flat();
  const pagesOfReasons = [reasonPages[0] ?? [], ...(rest.length > 0 ? paginateBullets(rest, room.w, BULLET_SIZE, room.h - 0.55) : [])];
  pagesOfReasons.forEach((pageReasons, page) => {
    const slide = contentSlide(ctx, pageTitle(title, page), page === 0 ? notes : pageReasons.map((r) => `• ${r}`));
    const body = addLead(ctx, slide, lead);
    const cardsW = CARDS_W;
    // Continuation pages have no cards: the reasons take the full width.
    const right = page === 0 ? { x: body.x + cardsW + CARDS_GAP, y: body.y, w: body.w - cardsW - CARDS_GAP, h: body.h } : body;
    if (page === 0) {
      const cardH = (body.h - 0.3) / 3;
      addCard(
        ctx,
        slide,
        { x: body.x, y: body.y, w: cardsW, h: cardH },
        'Weighted score',
        recommended !== undefined ? `${score(recommended.weighted)} / 10` : '—',
        recommended !== undefined ? `Rank ${recommended.rank} of ${model.scores.length} candidates` : '',
        { valueColor: theme.accent },
      );
      addCard(
        ctx,
        slide,
        { x: body.x, y: body.y + cardH + 0.15, w: cardsW, h: cardH },
        runnerUp !== null ? `Margin over ${runnerUp}` : 'Margin',
        runnerUp !== null ? `${signed(model.margin)} pts` : '—',
        'Weighted points on the 0–10 scale',
        { valueColor: model.margin >= 0 ? theme.good : theme.bad },
      );
      addCard(
        ctx,
        slide,
        { x: body.x, y: body.y + 2 * (cardH + 0.15), w: cardsW, h: cardH },
        'Weight sensitivity',
        sensitivity !== null ? `${score(sensitivity.shiftPoints)} pts` : 'Robust',
        sensitivityCaption,
        { valueSize: 24 },
      );
    }
    if (pageReasons.length === 0) return;
    addLabel(ctx, slide, reasonsTitle, { x: right.x, y: right.y, w: right.w, h: 0.35 });
    addBullets(ctx, slide, pageReasons, { x: right.x, y: right.y + 0.55, w: right.w, h: right.h - 0.55 }, { fontSize: BULLET_SIZE });
  });
}
