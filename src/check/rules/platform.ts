// Rules about the platform decision: is the stated choice the best-scored one, and does it hold?
import { toPointer } from '../../spec/pointer.js';
import { finding, listText } from '../context.js';
import { SENSITIVE_SHIFT_POINTS, type Rule } from '../rule.js';
import { ruleEntry } from '../../diagnostics/codes.js';
import { lockInFeatures } from './lock-in-features.js';

const score = (n: number) => n.toFixed(2);

export const recommendationNotTop: Rule = {
  ...ruleEntry('recommendation-not-top'),
  run(ctx) {
    const { model } = ctx;
    const rec = model.scores.find((s) => s.platform === model.recommendation);
    const top = model.scores.find((s) => s.platform === model.topPlatform);
    if (!rec || !top || rec.rank === 1) return [];
    return [
      finding(
        ctx,
        this.id,
        this.severity,
        '/platforms/recommendation',
        `recommendation ${rec.label} scores ${score(rec.weighted)}, ${score(-model.margin)} below ${top.label} (${score(top.weighted)})`,
        `Recommend ${model.topPlatform}, or revisit the scores and weights, or explain in platforms.rationale why the lower score wins.`,
      ),
    ];
  },
};

export const weightsSensitive: Rule = {
  ...ruleEntry('weights-sensitive'),
  run(ctx) {
    const s = ctx.model.sensitivity;
    if (!s || s.shiftPoints > SENSITIVE_SHIFT_POINTS) return [];
    const winner = ctx.model.scores.find((p) => p.platform === s.newWinner)?.label ?? s.newWinner;
    const verb = s.direction === 'increase' ? 'raising' : 'lowering';
    return [
      finding(
        ctx,
        this.id,
        this.severity,
        toPointer(['platforms', 'weights', s.criterion]),
        `${verb} the weight of ${s.criterion} by ${s.shiftPoints.toFixed(1)} points makes ${winner} the winner`,
        'Confirm the weights with the client, and say in platforms.rationale why the decision holds.',
      ),
    ];
  },
};

export const modelUnavailable: Rule = {
  ...ruleEntry('model-unavailable'),
  run(ctx) {
    const platform = ctx.platform;
    if (!platform) return [];
    return ctx.spec.costs.models.flatMap((m, i) =>
      platform.models[m.model]
        ? []
        : [
            finding(
              ctx,
              this.id,
              this.severity,
              toPointer(['costs', 'models', i, 'model']),
              `${m.model} is not offered on ${ctx.platformLabel}; its price comes from the spec`,
              `Pick a model ${ctx.platformLabel} offers (aiarch catalog ${platform.id}), or add it under catalog.platforms.${platform.id}.models if the platform does offer it.`,
            ),
          ],
    );
  },
};

export const lockIn: Rule = {
  ...ruleEntry('lock-in'),
  run(ctx) {
    const { features, mitigated } = lockInFeatures(ctx);
    if (features.length === 0 || mitigated) return [];
    const risks = ctx.spec.platforms.risks ?? [];
    const shown = features.length > 6 ? [...features.slice(0, 6), `${features.length - 6} more`] : features;
    return [
      finding(
        ctx,
        this.id,
        this.severity,
        risks.length > 0 ? '/platforms/risks' : '/platforms',
        `the design relies on provider-specific services of ${ctx.platformLabel} (${listText(shown)}) with no lock-in risk mitigated in platforms.risks`,
        'Add a platforms.risks entry for lock-in with a real mitigation (e.g. keep orchestration behind your own interface, keep data in portable formats).',
      ),
    ];
  },
};

export const recommendationTie: Rule = {
  ...ruleEntry('recommendation-tie'),
  run(ctx) {
    const tie = ctx.tie;
    if (!tie) return [];
    const severity = tie.kind === 'tie' ? 'error' : 'warning';
    return [
      finding(
        ctx,
        this.id,
        severity,
        ctx.spec.platforms.recommendation === undefined ? '/platforms/candidates' : '/platforms/recommendation',
        tie.kind === 'tie'
          ? `${ctx.platformLabel} and ${tie.runnerUp} have the same weighted score, so the recommendation depends on a tie`
          : `${ctx.platformLabel} leads ${tie.runnerUp} by only ${tie.margin.toFixed(2)} points of 10, so the recommendation depends on a near-tie`,
        'Score the candidates on evidence that separates them, or present the tie to the client with the factor that decides it.',
      ),
    ];
  },
};
