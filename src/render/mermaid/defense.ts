// Defense in depth: the course's five layers stacked from the network inwards
// to monitoring, each with the controls the spec lists.
import { LAYER_TO_DEFINE_SHORT } from '../../present/security.js';
import type { Model } from '../../model/types.js';
import { LAYER_NAMES, type Control, type LayerName } from '../../spec/types.js';
import { label } from './escape.js';
import { classStyle, SWATCH, type Swatch } from './palette.js';

const LAYER_TITLE: Readonly<Record<LayerName, string>> = {
  network: 'Layer 1: Network',
  identity: 'Layer 2: Identity',
  application: 'Layer 3: Application',
  data: 'Layer 4: Data',
  monitoring: 'Layer 5: Monitoring',
};

const LAYER_SWATCH: Readonly<Record<LayerName, Swatch>> = {
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

export function defenseInDepth(model: Pick<Model, 'spec'>): string {
  const layers = model.spec.security?.layers ?? {};
  const lines = ['flowchart TB'];
  LAYER_NAMES.forEach((layer, index) => {
    const controls = layers[layer] ?? [];
    lines.push(`  subgraph L${index}["${LAYER_TITLE[layer]}"]`);
    // Each layer is one row across the page, the layers stacked from the network
    // inwards: the invisible links chain a layer's controls left to right (ELK
    // would otherwise stack unlinked boxes into a strip too tall to print).
    lines.push('    direction LR');
    if (controls.length === 0) {
      lines.push(`    L${index}c0["${LAYER_TO_DEFINE_SHORT}"]:::missing`);
    }
    controls.forEach((control, c) => lines.push(`    L${index}c${c}[${controlLabel(control)}]:::${layer}Control`));
    for (let c = 1; c < controls.length; c += 1) lines.push(`    L${index}c${c - 1} ~~~ L${index}c${c}`);
    lines.push('  end');
  });
  for (let index = 1; index < LAYER_NAMES.length; index += 1) lines.push(`  L${index - 1} --> L${index}`);
  LAYER_NAMES.forEach((layer, index) => {
    const swatch = LAYER_SWATCH[layer];
    lines.push(`  classDef ${layer}Control fill:#ffffff,stroke:${swatch.stroke},color:${swatch.text}`);
    lines.push(`  classDef ${layer}Layer ${classStyle(swatch)}`);
    lines.push(`  class L${index} ${layer}Layer`);
  });
  lines.push(`  classDef missing ${classStyle(SWATCH.missing, ',stroke-dasharray:4 3')}`);
  return `${lines.join('\n')}\n`;
}
