// The course's platform decision tree (Segment 4) with every branch drawn and
// the branch this client takes highlighted, ending at the recommendation.
import { DECISION_TREE } from '../../model/decision.js';
import type { DecisionStep, Model } from '../../model/types.js';
import { label, quoted } from './escape.js';
import { classStyle, GROUP_FILL, MUTED, SWATCH, TEAL } from './palette.js';

export function decisionTree(model: Pick<Model, 'decisionPath' | 'recommendation' | 'scores'>): string {
  const lines = ['flowchart TB'];
  const chosenEdges: number[] = [];
  let edgeCount = 0;
  const path: readonly DecisionStep[] = model.decisionPath;
  path.forEach((step, q) => {
    lines.push(`  q${q}{${quoted(step.question, 60)}}`);
    const branches = DECISION_TREE[q]?.branches ?? [];
    const taken = branches.some((b) => b.key === step.branch);
    branches.forEach((branch, b) => {
      const chosen = branch.key === step.branch;
      // The client's own answer and outcome replace the course's generic wording on the taken branch.
      const answer = chosen ? step.answer : branch.answer;
      const outcome = chosen ? step.outcome : branch.outcome;
      lines.push(`  q${q} -->|${quoted(answer, 40)}| q${q}b${b}[${quoted(outcome, 50)}]:::${chosen ? 'chosen' : 'other'}`);
      if (chosen) chosenEdges.push(edgeCount);
      edgeCount += 1;
    });
    if (!taken) {
      lines.push(`  q${q} -->|${quoted(step.answer, 40)}| q${q}x[${quoted(step.outcome, 50)}]:::chosen`);
      chosenEdges.push(edgeCount);
      edgeCount += 1;
    }
    const next = q + 1 < path.length ? `q${q + 1}` : 'result';
    const from = taken ? `q${q}b${branches.findIndex((b) => b.key === step.branch)}` : `q${q}x`;
    lines.push(`  ${from} --> ${next}`);
    chosenEdges.push(edgeCount);
    edgeCount += 1;
  });
  const recommended = model.scores.find((s) => s.platform === model.recommendation)?.label ?? model.recommendation;
  lines.push(`  result(["Recommended: ${label(recommended, 50)}"]):::result`);
  if (path.length === 0) lines.push('  start(["Add scenario.existingCloud and scenario.modelPreference"]) --> result');
  lines.push(`  classDef chosen ${classStyle(SWATCH.teal, ',stroke-width:2px')}`);
  lines.push(`  classDef other fill:${GROUP_FILL},stroke:#cbd5e1,color:${MUTED}`);
  lines.push(`  classDef result ${classStyle(SWATCH.strong)}`);
  if (chosenEdges.length > 0) lines.push(`  linkStyle ${chosenEdges.join(',')} stroke:${TEAL},stroke-width:3px`);
  return `${lines.join('\n')}\n`;
}
