// Rules about the platform decision: is the stated choice the best-scored one, and does it hold?
import { toPointer } from '../../spec/pointer.js';
import { finding, listText, type CheckContext } from '../context.js';
import { SENSITIVE_SHIFT_POINTS, type Rule } from '../rule.js';
import type { Finding } from '../types.js';

const score = (n: number) => n.toFixed(2);

export const recommendationNotTop: Rule = {
  id: 'recommendation-not-top',
  severity: 'warning',
  summary: 'The stated recommendation is not the highest weighted score.',
  run(ctx) {
    const { model } = ctx;
    const rec = model.scores.find((s) => s.platform === model.recommendation);
    const top = model.scores.find((s) => s.platform === model.topPlatform);
    if (!rec || !top || rec.rank === 1) return [];
    return [finding(ctx, this.id, this.severity, '/platforms/recommendation',
      `recommendation ${rec.label} scores ${score(rec.weighted)}, ${score(-model.margin)} below ${top.label} (${score(top.weighted)})`,
      `Recommend ${model.topPlatform}, or revisit the scores and weights, or explain in platforms.rationale why the lower score wins.`)];
  },
};

export const weightsSensitive: Rule = {
  id: 'weights-sensitive',
  severity: 'info',
  summary: `A weight shift of ${SENSITIVE_SHIFT_POINTS} points or less on one criterion changes the winner.`,
  run(ctx) {
    const s = ctx.model.sensitivity;
    if (!s || s.shiftPoints > SENSITIVE_SHIFT_POINTS) return [];
    const winner = ctx.model.scores.find((p) => p.platform === s.newWinner)?.label ?? s.newWinner;
    const verb = s.direction === 'increase' ? 'raising' : 'lowering';
    return [finding(ctx, this.id, this.severity, toPointer(['platforms', 'weights', s.criterion]),
      `${verb} the weight of ${s.criterion} by ${s.shiftPoints.toFixed(1)} points makes ${winner} the winner`,
      'Confirm the weights with the client, and say in platforms.rationale why the decision holds.')];
  },
};

export const modelUnavailable: Rule = {
  id: 'model-unavailable',
  severity: 'warning',
  summary: 'A model in the traffic mix is not offered on the recommended platform.',
  run(ctx) {
    const platform = ctx.platform;
    if (!platform) return [];
    return ctx.spec.costs.models.flatMap((m, i) => platform.models[m.model] ? [] : [
      finding(ctx, this.id, this.severity, toPointer(['costs', 'models', i, 'model']),
        `${m.model} is not offered on ${ctx.platformLabel}; its price comes from the spec`,
        `Pick a model ${ctx.platformLabel} offers (aiarch catalog ${platform.id}), or add it under catalog.platforms.${platform.id}.models if the platform does offer it.`),
    ]);
  },
};

const LOCK_IN = /lock-?in/i;
const MITIGATES = /lock-?in|portab|proprietary|vendor|abstraction|exit/i;

/** Proprietary features the design relies on: named by the candidate, in its limitations, or catalog ones the spec mentions. */
function reliedOn(ctx: CheckContext, text: string): string[] {
  const candidate = ctx.spec.platforms.candidates[ctx.model.recommendation];
  const found = new Set<string>(candidate?.proprietaryFeatures ?? []);
  for (const l of candidate?.limitations ?? []) if (LOCK_IN.test(l)) found.add(l);
  for (const feature of ctx.platform?.proprietary ?? []) if (text.includes(feature.toLowerCase())) found.add(feature);
  return [...found];
}

export const lockIn: Rule = {
  id: 'lock-in',
  severity: 'warning',
  summary: 'The design relies on proprietary platform features and no platform risk mitigates lock-in.',
  run(ctx) {
    const { spec } = ctx;
    // Search everything except the catalog overrides, where feature names appear as data.
    const { catalog: _omit, ...rest } = spec;
    const features = reliedOn(ctx, JSON.stringify(rest).toLowerCase());
    if (features.length === 0) return [];
    const risks = spec.platforms.risks ?? [];
    const mitigated = risks.some((r) => r.mitigation !== undefined &&
      (MITIGATES.test(r.risk) || features.some((f) => r.risk.toLowerCase().includes(f.toLowerCase()))));
    if (mitigated) return [];
    const out: Finding[] = [finding(ctx, this.id, this.severity, risks.length > 0 ? '/platforms/risks' : '/platforms',
      `the design relies on proprietary features of ${ctx.platformLabel} (${listText(features)}) with no lock-in risk mitigated in platforms.risks`,
      'Add a platforms.risks entry for lock-in with a mitigation (e.g. keep orchestration behind your own interface).')];
    return out;
  },
};
