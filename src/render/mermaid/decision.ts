// The course's platform decision tree (Segment 4) with every branch drawn and
// the branch this client takes highlighted, ending at the recommendation.
import { platformName } from '../../present/index.js';
import { DECISION_TREE } from '../../model/decision.js';
import type { DecisionStep, Model } from '../../model/types.js';
import { label, quoted } from './escape.js';
import { classStyle, GROUP_FILL, MUTED, SWATCH, TEAL } from './palette.js';

/**
 * The answer heads its outcome's box instead of labelling the edge: edge labels
 * widened every row of branches by their own width and pushed the tree off the page.
 */
function branchLabel(answer: string, outcome: string): string {
  return `"${label(breakable(answer), 40)}:<br/>${label(outcome, 50)}"`;
}

/**
 * Mermaid wraps labels at spaces only and splits a word wider than the box
 * letter by letter ('Government/FedRAMP' then ':' alone on the next line):
 * spaced slashes give it a place to wrap.
 */
function breakable(text: string): string {
  return text.replace(/\s*\/\s*/g, ' / ');
}

export function decisionTree(model: Pick<Model, 'decisionPath' | 'recommendation' | 'scores'>): string {
  const lines = ['flowchart TB'];
  const chosenEdges: number[] = [];
  let edgeCount = 0;
  const path: readonly DecisionStep[] = model.decisionPath;
  path.forEach((step, q) => {
    // A hexagon, not a rhombus: a diamond grows with the square of its text and made the tree too tall to print.
    lines.push(`  q${q}{{${quoted(step.question, 60)}}}`);
    const branches = DECISION_TREE[q]?.branches ?? [];
    const taken = branches.some((b) => b.key === step.branch);
    // The client's own answer and outcome replace the course's generic wording on the taken branch.
    const drawn = branches.map((branch, b) => {
      const chosen = branch.key === step.branch;
      return { id: `q${q}b${b}`, chosen, text: chosen ? branchLabel(step.answer, step.outcome) : branchLabel(branch.answer, branch.outcome) };
    });
    if (!taken) drawn.push({ id: `q${q}x`, chosen: true, text: branchLabel(step.answer, step.outcome) });
    // The taken branch goes in the middle of its row, so the path runs straight
    // down the page instead of stepping sideways by a row's width at every question.
    const chosenAt = drawn.findIndex((d) => d.chosen);
    const [picked] = drawn.splice(chosenAt, 1);
    if (picked !== undefined) drawn.splice(Math.floor(drawn.length / 2), 0, picked);
    for (const branch of drawn) {
      lines.push(`  q${q} --> ${branch.id}[${branch.text}]:::${branch.chosen ? 'chosen' : 'other'}`);
      if (branch.chosen) chosenEdges.push(edgeCount);
      edgeCount += 1;
    }
    const from = picked?.id ?? `q${q}x`;
    const next = q + 1 < path.length ? `q${q + 1}` : 'result';
    lines.push(`  ${from} --> ${next}`);
    chosenEdges.push(edgeCount);
    edgeCount += 1;
  });
  const recommended = platformName(model, model.recommendation);
  lines.push(`  result(["Recommended: ${label(recommended, 50)}"]):::result`);
  if (path.length === 0) lines.push('  start(["Add scenario.existingCloud and scenario.modelPreference"]) --> result');
  lines.push(`  classDef chosen ${classStyle(SWATCH.teal, ',stroke-width:2px')}`);
  lines.push(`  classDef other fill:${GROUP_FILL},stroke:#cbd5e1,color:${MUTED}`);
  lines.push(`  classDef result ${classStyle(SWATCH.strong)}`);
  if (chosenEdges.length > 0) lines.push(`  linkStyle ${chosenEdges.join(',')} stroke:${TEAL},stroke-width:3px`);
  return `${lines.join('\n')}\n`;
}
