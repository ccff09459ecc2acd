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

export function deploymentPipeline(model: Pick<Model, 'spec'>): string {
  const own = model.spec.deployment?.pipeline ?? [];
  const stages = own.length > 0 ? own : COURSE_PIPELINE;
  const lines = ['flowchart LR'];
  if (own.length === 0) lines.push('  note["Course default stages: add deployment.pipeline to the spec"]:::note');
  for (let row = 0; row * STAGES_PER_ROW < stages.length; row += 1) {
    lines.push(`  subgraph row${row}[" "]`, '    direction LR');
    stages.slice(row * STAGES_PER_ROW, (row + 1) * STAGES_PER_ROW).forEach((stage, i) => {
      const index = row * STAGES_PER_ROW + i;
      lines.push(`    s${index}[${quoted(`${index + 1}. ${stage}`, 40)}]:::${/approv|change request/i.test(stage) ? 'gate' : 'stage'}`);
    });
    lines.push('  end');
  }
  for (let i = 1; i < stages.length; i += 1) lines.push(`  s${i - 1} --> s${i}`);
  lines.push('  classDef stage fill:#dbeafe,stroke:#1d4ed8,color:#172554');
  lines.push('  classDef gate fill:#fef3c7,stroke:#b45309,color:#451a03');
  lines.push('  classDef note fill:#fff7ed,stroke:#c2410c,stroke-dasharray:4 3,color:#7c2d12');
  const rows = Math.ceil(stages.length / STAGES_PER_ROW);
  lines.push(`  classDef rowBox fill:none,stroke:none`);
  lines.push(`  class ${Array.from({ length: rows }, (_, r) => `row${r}`).join(',')} rowBox`);
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
  lines.push('  subgraph flow["Incident workflow"]', '    direction LR');
  INCIDENT_STEPS.forEach((step, i) => lines.push(`    i${i}["${step}"]:::step`));
  lines.push('  end');
  for (let i = 1; i < INCIDENT_STEPS.length; i += 1) lines.push(`  i${i - 1} --> i${i}`);
  lines.push('  subgraph esc["Escalation path"]', '    direction LR');
  if (escalation.length === 0) lines.push('    e0["Add operations.escalation to the spec"]:::missing');
  escalation.forEach((level, i) => lines.push(`    e${i}[${quoted(`${i + 1}. ${level}`, 50)}]:::level`));
  lines.push('  end');
  const critical = routing.find((r) => /crit|sev ?1|p1/i.test(r.severity));
  const trigger = critical !== undefined ? `${critical.severity}: ${critical.channel}${critical.responseTime !== undefined ? `, ${critical.responseTime}` : ''}` : 'SEV1 / SEV2';
  lines.push(`  i2 -->|${quoted(trigger, 50)}| e0`);
  for (let i = 1; i < escalation.length; i += 1) lines.push(`  e${i - 1} -.->|"not resolved"| e${i}`);
  lines.push(`  e${Math.max(0, escalation.length - 1)} -.-> i5`);
  lines.push('  classDef step fill:#dbeafe,stroke:#1d4ed8,color:#172554');
  lines.push('  classDef level fill:#fee2e2,stroke:#b91c1c,color:#450a0a');
  lines.push('  classDef missing fill:#fff7ed,stroke:#c2410c,stroke-dasharray:4 3,color:#7c2d12');
  return `${lines.join('\n')}\n`;
}
