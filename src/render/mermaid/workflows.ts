// The two process flows: the deployment pipeline and the incident workflow.
import type { Model } from '../../model/types.js';
import { MAX_LABEL_LENGTH, quoted } from './escape.js';
import { classStyle, SWATCH } from './palette.js';

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

/** Stages wrap into rows of this many, so a long pipeline fits a page at a readable size. */
const STAGES_PER_ROW = 5;

/**
 * Rows of stages, each row left to right. A row that continues on the next
 * ends in a lettered connector that the next row starts from (the flowchart
 * convention for a line that breaks), so every arrow joins two drawn nodes.
 * Rows stack through invisible links: Mermaid ignores a subgraph's direction
 * as soon as one of its nodes links outside it.
 */
function rows(prefix: string, items: readonly string[], perRow: number, node: (item: string, index: number) => string): string[] {
  const lines: string[] = [];
  const count = Math.ceil(items.length / perRow);
  for (let row = 0; row < count; row += 1) {
    const first = row * perRow;
    const members = items.slice(first, first + perRow);
    const chain = members.map((_, i) => `${prefix}${first + i}`);
    lines.push(`  subgraph ${prefix}Row${row}[" "]`, '    direction LR');
    if (row > 0) {
      lines.push(`    ${prefix}In${row}(("${connectorName(row - 1)}")):::connector`);
      chain.unshift(`${prefix}In${row}`);
    }
    members.forEach((item, i) => lines.push(`    ${node(item, first + i)}`));
    if (row + 1 < count) {
      lines.push(`    ${prefix}Out${row}(("${connectorName(row)}")):::connector`);
      chain.push(`${prefix}Out${row}`);
    }
    for (let i = 1; i < chain.length; i += 1) lines.push(`    ${chain[i - 1]!} --> ${chain[i]!}`);
    lines.push('  end');
  }
  for (let row = 1; row < count; row += 1) lines.push(`  ${prefix}Row${row - 1} ~~~ ${prefix}Row${row}`);
  lines.push('  classDef rowBox fill:none,stroke:none');
  lines.push(`  classDef connector ${CONNECTOR_STYLE}`);
  if (count > 0) lines.push(`  class ${Array.from({ length: count }, (_, r) => `${prefix}Row${r}`).join(',')} rowBox`);
  return lines;
}

const CONNECTOR_STYLE = `fill:#ffffff,stroke:${SWATCH.navy.stroke},stroke-width:2px,color:${SWATCH.navy.text}`;

/** A, B, … Z, then AA, AB: the letter pairing a row's end with the next row's start. */
function connectorName(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${connectorName(Math.floor(index / 26) - 1)}${letter}`;
}

export function deploymentPipeline(model: Pick<Model, 'spec'>): string {
  const own = model.spec.deployment?.pipeline ?? [];
  const stages = own.length > 0 ? own : COURSE_PIPELINE;
  const lines = ['flowchart TB'];
  if (own.length === 0) lines.push('  note["Assumed: standard delivery stages"]:::note');
  lines.push(
    ...rows(
      's',
      stages,
      STAGES_PER_ROW,
      (stage, index) => `s${index}[${quoted(`${index + 1}. ${stage}`, 40)}]:::${/approv|change request/i.test(stage) ? 'gate' : 'stage'}`,
    ),
  );
  lines.push(`  classDef stage ${classStyle(SWATCH.navy)}`);
  lines.push(`  classDef gate ${classStyle(SWATCH.amber)}`);
  lines.push(`  classDef note ${classStyle(SWATCH.missing, ',stroke-dasharray:4 3')}`);
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

/**
 * The steps top to bottom in one column, with the escalation path beside them,
 * entered from "Assess severity" where the course decides on escalating. The
 * escalation edge ends at the path's box, so the box keeps its own direction.
 */
export function incidentWorkflow(model: Pick<Model, 'spec' | 'escalation'>): string {
  const escalation = model.escalation.map((step) => step.who);
  const routing = model.spec.operations?.alertRouting ?? [];
  const lines = ['flowchart TB'];
  INCIDENT_STEPS.forEach((step, index) => lines.push(`  i${index}["${step}"]:::step`));
  for (let i = 1; i < INCIDENT_STEPS.length; i += 1) lines.push(`  i${i - 1} --> i${i}`);
  lines.push('  subgraph esc["Escalation path"]', '    direction TB');
  if (escalation.length === 0) lines.push('    e0["Escalation path to be agreed"]:::missing');
  escalation.forEach((level, i) => lines.push(`    e${i}[${quoted(`${i + 1}. ${level}`, 50)}]:::level`));
  for (let i = 1; i < escalation.length; i += 1) lines.push(`    e${i - 1} -.-> e${i}`);
  lines.push('  end');
  const critical = routing.find((r) => /crit|sev ?1|p1/i.test(r.severity));
  const trigger =
    critical !== undefined
      ? `${critical.severity}: ${critical.channel}${critical.responseTime !== undefined ? `, ${critical.responseTime}` : ''}`
      : 'SEV1 / SEV2';
  const assess = INCIDENT_STEPS.indexOf('Assess severity');
  // The label wraps; the limit only guards against a runaway field (60 cut Meridian's '…, 15 min').
  lines.push(`  i${assess} -.->|${quoted(`escalate: ${trigger}`, MAX_LABEL_LENGTH)}| esc`);
  lines.push(`  classDef step ${classStyle(SWATCH.navy)}`);
  lines.push(`  classDef level ${classStyle(SWATCH.red)}`);
  lines.push(`  classDef missing ${classStyle(SWATCH.missing, ',stroke-dasharray:4 3')}`);
  lines.push(`  classDef escBox fill:#fff8f8,stroke:${SWATCH.red.stroke},stroke-dasharray:4 3,color:${SWATCH.red.text}`);
  lines.push('  class esc escBox');
  return `${lines.join('\n')}\n`;
}
