// Defense in depth: the course's five layers stacked from the network inwards
// to monitoring, each with the controls the spec lists.
import { LAYER_TO_DEFINE_SHORT } from '../../present/security.js';
import type { Model } from '../../model/types.js';
import { LAYER_NAMES, type Control, type LayerName } from '../../spec/types.js';
import { label } from './escape.js';
import { classStyle, SWATCH, type Swatch } from './palette.js';
import { ROW_BUDGET_PX, textWidth } from './wrap.js';
import { MERMAID_CONFIG } from '../images/config.js';

export const LAYER_TITLE: Readonly<Record<LayerName, string>> = {
  network: 'Layer 1: Network',
  identity: 'Layer 2: Identity',
  application: 'Layer 3: Application',
  data: 'Layer 4: Data',
  monitoring: 'Layer 5: Monitoring',
};

export const LAYER_SWATCH: Readonly<Record<LayerName, Swatch>> = {
  network: SWATCH.navy,
  identity: SWATCH.amber,
  application: SWATCH.teal,
  data: SWATCH.green,
  monitoring: SWATCH.sky,
};

/** Long enough for a sentence of implementation; Mermaid wraps it inside the box instead of cutting it. */
const IMPLEMENTATION_CHARS = 160;

function controlLabel(control: Control): string {
  const status = control.status !== undefined ? ` (${label(control.status, 20)})` : '';
  const how = control.implementation !== undefined && control.implementation.trim() !== '' ? `<br/>${label(control.implementation, IMPLEMENTATION_CHARS)}` : '';
  return `"${label(control.control, 80)}${status}${how}"`;
}

/** Around a control's label: Mermaid's padding on both sides plus the stroke (as wrap.ts counts it). */
const NODE_PADDING_PX = 40;

/**
 * How many controls a layer's row holds: all of them while the row is no
 * wider than a page prints readably (wrap.ts's budget), else as many as the
 * widest control allows. A generated layer of 25 controls in one row was
 * 6,000 px wide and printed at 2 pt.
 */
function perRow(labels: readonly string[]): number {
  const widths = labels.map((text) => Math.max(...text.slice(1, -1).split('<br/>').map(textWidth)) + NODE_PADDING_PX);
  const { nodeSpacing } = MERMAID_CONFIG.flowchart;
  const row = widths.reduce((sum, width) => sum + width, 0) + nodeSpacing * Math.max(0, widths.length - 1);
  if (row <= ROW_BUDGET_PX) return Math.max(1, labels.length);
  const widest = Math.max(...widths);
  return Math.max(1, Math.floor((ROW_BUDGET_PX + nodeSpacing) / (widest + nodeSpacing)));
}

/** One layer as drawn: its title and the controls shown in it. */
export interface LayerRows {
  readonly layer: LayerName;
  readonly title: string;
  readonly controls: readonly Control[];
}

/** The layers stacked from the network inwards, each a box of its controls in rows. */
export function drawLayers(layers: readonly LayerRows[]): string {
  const lines = ['flowchart TB'];
  layers.forEach(({ layer, title, controls }, index) => {
    const labels = controls.map(controlLabel);
    const row = perRow(labels);
    // Titles are the tool's own words, never spec text.
    lines.push(`  subgraph L${index}["${title}"]`);
    // Each layer is one row across the page, the layers stacked from the network
    // inwards: the invisible links chain a layer's controls left to right (ELK
    // would otherwise stack unlinked boxes into a strip too tall to print).
    // A row too wide for the page is cut into rows of `row` controls, one
    // column of rows per position: each control is held below the one `row`
    // places before it.
    if (row >= controls.length) lines.push('    direction LR');
    if (controls.length === 0) {
      lines.push(`    L${index}c0["${LAYER_TO_DEFINE_SHORT}"]:::missing`);
    }
    labels.forEach((text, c) => lines.push(`    L${index}c${c}[${text}]:::${layer}Control`));
    if (row >= controls.length) for (let c = 1; c < controls.length; c += 1) lines.push(`    L${index}c${c - 1} ~~~ L${index}c${c}`);
    else for (let c = row; c < controls.length; c += 1) lines.push(`    L${index}c${c - row} ~~~ L${index}c${c}`);
    lines.push('  end');
  });
  for (let index = 1; index < layers.length; index += 1) lines.push(`  L${index - 1} --> L${index}`);
  layers.forEach(({ layer }, index) => {
    const swatch = LAYER_SWATCH[layer];
    lines.push(`  classDef ${layer}Control fill:#ffffff,stroke:${swatch.stroke},color:${swatch.text}`);
    lines.push(`  classDef ${layer}Layer ${classStyle(swatch)}`);
    lines.push(`  class L${index} ${layer}Layer`);
  });
  lines.push(`  classDef missing ${classStyle(SWATCH.missing, ',stroke-dasharray:4 3')}`);
  return `${lines.join('\n')}\n`;
}

export function defenseInDepth(model: Pick<Model, 'spec'>): string {
  const layers = model.spec.security?.layers ?? {};
  return drawLayers(LAYER_NAMES.map((layer) => ({ layer, title: LAYER_TITLE[layer], controls: layers[layer] ?? [] })));
}
