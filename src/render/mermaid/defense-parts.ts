// Defense in depth as the PDF prints it when its layers hold too many
// controls to print on one page with labels at 6 pt (a generated spec's 30
// network and 24 monitoring controls, each with a sentence of implementation,
// stood 3,729 px tall and printed at 4.4 pt): an overview of the five layers
// with how many controls each holds, then one part per layer, cut into runs
// of its controls while a part still prints too small. The layers keep their
// order and colours, so each part reads as a slice of the whole.
import type { Model } from '../../model/types.js';
import { LAYER_TO_DEFINE_SHORT } from '../../present/security.js';
import { LAYER_NAMES, type Control, type LayerName } from '../../spec/types.js';
import type { DiagramPart, DiagramPrint } from '../types.js';
import { accessibleText, withAccessibility } from './accessibility.js';
import { drawLayers, LAYER_SWATCH, LAYER_TITLE } from './defense.js';
import { label } from './escape.js';
import { classStyle, SWATCH } from './palette.js';

/** Controls a layer's overview box names before "and N more". */
const NAMED = 3;

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const names = (controls: readonly Control[]): string => controls.map((c) => c.control).join(', ');

function overview(layers: ReadonlyMap<LayerName, readonly Control[]>): DiagramPart {
  const lines = ['flowchart TB'];
  LAYER_NAMES.forEach((layer, index) => {
    const controls = layers.get(layer) ?? [];
    const named = controls.slice(0, NAMED).map((c) => label(c.control, 40));
    const more = controls.length > NAMED ? ` and ${controls.length - NAMED} more` : '';
    const inner = controls.length === 0 ? LAYER_TO_DEFINE_SHORT : `${plural(controls.length, 'control', 'controls')}: ${named.join(', ')}${more}`;
    lines.push(`  L${index}["${LAYER_TITLE[layer]}<br/>${inner}"]:::${controls.length === 0 ? 'missing' : `${layer}Layer`}`);
  });
  for (let index = 1; index < LAYER_NAMES.length; index += 1) lines.push(`  L${index - 1} --> L${index}`);
  for (const layer of LAYER_NAMES) lines.push(`  classDef ${layer}Layer ${classStyle(LAYER_SWATCH[layer])}`);
  lines.push(`  classDef missing ${classStyle(SWATCH.missing, ',stroke-dasharray:4 3')}`);
  const title = 'Overview by layer';
  const counts = LAYER_NAMES.map((layer) => `${LAYER_TITLE[layer]} (${plural(layers.get(layer)?.length ?? 0, 'control', 'controls')})`).join(', ');
  const description = accessibleText(`The five security layers from the network inwards: ${counts}.`);
  return { title, description, source: withAccessibility(`${lines.join('\n')}\n`, `Defense in depth: ${title}`, description) };
}

/**
 * One layer's part, or a run of its controls (first is the run's position in
 * the layer); its halves, and theirs, for the renderer to draw while a part
 * still prints too small.
 */
function layerPart(layer: LayerName, all: readonly Control[], first: number, controls: readonly Control[]): DiagramPart {
  const whole = controls.length === all.length;
  const title = whole ? LAYER_TITLE[layer] : `${LAYER_TITLE[layer]}, controls ${first + 1} to ${first + controls.length} of ${all.length}`;
  const description = accessibleText(`${title}: ${names(controls)}.`);
  const source = withAccessibility(drawLayers([{ layer, title, controls }]), `Defense in depth: ${title}`, description);
  if (controls.length < 2) return { title, description, source };
  const half = Math.ceil(controls.length / 2);
  const parts = [layerPart(layer, all, first, controls.slice(0, half)), layerPart(layer, all, first + half, controls.slice(half))];
  return { title, description, source, parts };
}

/** The overview and one part per layer that has controls. */
export function defensePrint(model: Pick<Model, 'spec'>): DiagramPrint {
  const given = model.spec.security?.layers ?? {};
  const layers = new Map(LAYER_NAMES.map((layer) => [layer, given[layer] ?? []]));
  const parts = LAYER_NAMES.flatMap((layer) => {
    const controls = layers.get(layer) ?? [];
    return controls.length > 0 ? [layerPart(layer, controls, 0, controls)] : [];
  });
  return { overview: overview(layers), parts };
}
