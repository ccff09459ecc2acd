// Defense in depth: the course's five layers stacked from the network inwards
// to monitoring, each with the controls the spec lists.
import type { Model } from '../../model/types.js';
import { LAYER_NAMES, type Control, type LayerName } from '../../spec/types.js';
import { label } from './escape.js';

const LAYER_TITLE: Readonly<Record<LayerName, string>> = {
  network: 'Layer 1: Network',
  identity: 'Layer 2: Identity',
  application: 'Layer 3: Application',
  data: 'Layer 4: Data',
  monitoring: 'Layer 5: Monitoring',
};

const LAYER_STYLE: Readonly<Record<LayerName, string>> = {
  network: 'fill:#dbeafe,stroke:#1d4ed8,color:#172554',
  identity: 'fill:#fef3c7,stroke:#b45309,color:#451a03',
  application: 'fill:#ede9fe,stroke:#6d28d9,color:#2e1065',
  data: 'fill:#dcfce7,stroke:#15803d,color:#052e16',
  monitoring: 'fill:#e0f2fe,stroke:#0369a1,color:#082f49',
};

function controlLabel(control: Control): string {
  const status = control.status !== undefined ? ` (${label(control.status, 20)})` : '';
  const how = control.implementation !== undefined && control.implementation.trim() !== '' ? `<br/>${label(control.implementation, 60)}` : '';
  return `"${label(control.control, 50)}${status}${how}"`;
}

export function defenseInDepth(model: Pick<Model, 'spec'>): string {
  const layers = model.spec.security?.layers ?? {};
  const lines = ['flowchart TB'];
  LAYER_NAMES.forEach((layer, index) => {
    const controls = layers[layer] ?? [];
    lines.push(`  subgraph L${index}["${LAYER_TITLE[layer]}"]`);
    lines.push('    direction LR');
    if (controls.length === 0) {
      lines.push(`    L${index}c0["no controls defined: add security.layers.${layer}"]:::missing`);
    }
    controls.forEach((control, c) => lines.push(`    L${index}c${c}[${controlLabel(control)}]:::${layer}Control`));
    lines.push('  end');
  });
  for (let index = 1; index < LAYER_NAMES.length; index += 1) lines.push(`  L${index - 1} --> L${index}`);
  for (const layer of LAYER_NAMES) lines.push(`  classDef ${layer}Control ${LAYER_STYLE[layer]}`);
  lines.push('  classDef missing fill:#fff7ed,stroke:#c2410c,stroke-dasharray:4 3,color:#7c2d12');
  return `${lines.join('\n')}\n`;
}
