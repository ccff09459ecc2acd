// The two process flows: the deployment pipeline and the incident workflow.
import type { Model } from '../../model/types.js';
import { quoted } from './escape.js';

/** The course's pipeline (Exercise 2.1 template), used when the spec lists no stages. */
export const COURSE_PIPELINE: readonly string[] = [
  'Code commit',
  'Build',
  'Unit tests',
  'Security scan',
  'Deploy to staging',
  'Integration tests',
  'Performance tests',
  'Manual approval',
  'Deploy to pre-prod',
  'Validation',
  'Change request',
  'Deploy to production',
  'Smoke tests',
  'Monitor',
];

/** Stages wrap into rows of this many, so a long pipeline stays legible. */
const STAGES_PER_ROW = 5;

/**
 * Rows of stages joined row to row: Mermaid ignores a subgraph's direction as
 * soon as one of its nodes links outside it, so the rows link as boxes.
 */
function rows(prefix: string, items: readonly string[], perRow: number, node: (item: string, index: number) => string): string[] {
  const lines: string[] = [];
  const count = Math.ceil(items.length / perRow);
  for (let row = 0; row < count; row += 1) {
    const members = items.slice(row * perRow, (row + 1) * perRow);
    lines.push(`  subgraph ${prefix}Row${row}[" "]`, '    direction LR');
    members.forEach((item, i) => lines.push(`    ${node(item, row * perRow + i)}`));
    for (let i = 1; i < members.length; i += 1) lines.push(`    ${prefix}${row * perRow + i - 1} --> ${prefix}${row * perRow + i}`);
    lines.push('  end');
  }
  for (let row = 1; row < count; row += 1) lines.push(`  ${prefix}Row${row - 1} --> ${prefix}Row${row}`);
  lines.push('  classDef rowBox fill:none,stroke:none');
  if (count > 0) lines.push(`  class ${Array.from({ length: count }, (_, r) => `${prefix}Row${r}`).join(',')} rowBox`);
  return lines;
}

export function deploymentPipeline(model: Pick<Model, 'spec'>): string {
  const own = model.spec.deployment?.pipeline ?? [];
  const stages = own.length > 0 ? own : COURSE_PIPELINE;
  const lines = ['flowchart TB'];
  if (own.length === 0) lines.push('  note["Course default stages: add deployment.pipeline to the spec"]:::note');
  lines.push(
    ...rows('s', stages, STAGES_PER_ROW, (stage, index) => `s${index}[${quoted(`${index + 1}. ${stage}`, 40)}]:::${/approv|change request/i.test(stage) ? 'gate' : 'stage'}`),
  );
  lines.push('  classDef stage fill:#dbeafe,stroke:#1d4ed8,color:#172554');
  lines.push('  classDef gate fill:#fef3c7,stroke:#b45309,color:#451a03');
  lines.push('  classDef note fill:#fff7ed,stroke:#c2410c,stroke-dasharray:4 3,color:#7c2d12');
  return `${lines.join('\n')}\n`;
}

/** The course's incident workflow (Exercise 2.2 "Incident Workflow"). */
const INCIDENT_STEPS: readonly string[] = [
  'Detection',
  'Acknowledge',
  'Assess severity',
  'Communicate',
  'Investigate',
  'Resolve',
  'Post-incident review',
  'Document',
  'Close',
];

export function incidentWorkflow(model: Pick<Model, 'spec'>): string {
  const escalation = model.spec.operations?.escalation ?? [];
  const routing = model.spec.operations?.alertRouting ?? [];
  const lines = ['flowchart TB'];
  lines.push(...rows('i', INCIDENT_STEPS, 3, (step, index) => `i${index}["${step}"]:::step`));
  lines.push('  subgraph esc["Escalation path"]', '    direction LR');
  if (escalation.length === 0) lines.push('    e0["Add operations.escalation to the spec"]:::missing');
  escalation.forEach((level, i) => lines.push(`    e${i}[${quoted(`${i + 1}. ${level}`, 50)}]:::level`));
  for (let i = 1; i < escalation.length; i += 1) lines.push(`    e${i - 1} -.-> e${i}`);
  lines.push('  end');
  const critical = routing.find((r) => /crit|sev ?1|p1/i.test(r.severity));
  const trigger =
    critical !== undefined ? `${critical.severity}: ${critical.channel}${critical.responseTime !== undefined ? `, ${critical.responseTime}` : ''}` : 'SEV1 / SEV2';
  lines.push(`  iRow0 -.->|${quoted(`escalate: ${trigger}`, 60)}| esc`);
  lines.push('  classDef step fill:#dbeafe,stroke:#1d4ed8,color:#172554');
  lines.push('  classDef level fill:#fee2e2,stroke:#b91c1c,color:#450a0a');
  lines.push('  classDef missing fill:#fff7ed,stroke:#c2410c,stroke-dasharray:4 3,color:#7c2d12');
  lines.push('  classDef escBox fill:#fff1f2,stroke:#b91c1c,stroke-dasharray:4 3,color:#450a0a');
  lines.push('  class esc escBox');
  return `${lines.join('\n')}\n`;
}
