// How the PDF prints an architecture diagram too dense to print whole with
// its labels at 6 pt (the renderer decides, src/render/images/print-fit.ts).
// The reference architecture: an overview of its zones and the calls between
// them, then one part per zone group, cut finer while a part still prints too
// small (the deck's parts, reference-parts.ts). The network architecture:
// where each component runs, without the calls, which the reference
// architecture's parts draw in full; cutting the network into parts would
// draw each subnet apart from the boundaries that give it its meaning.
// Defense in depth: an overview of its layers, then one part per layer
// (defense-parts.ts).
import type { Model } from '../../model/types.js';
import type { DiagramName, DiagramPart, DiagramPrint } from '../types.js';
import { accessibleText, withAccessibility } from './accessibility.js';
import { defensePrint } from './defense-parts.js';
import { IconCollector } from './graph.js';
import { networkArchitecture, providerOf } from './network.js';
import { referenceOverview } from './reference-overview.js';

/**
 * Rows of boxes wrapped this narrow make the placement view taller than wide:
 * a portrait page, where the default rows print it under the floor, prints it
 * larger (two generated specs: 5.09 and 5.81 pt with the default rows).
 */
const NARROW_ROW_PX = 1200;

function networkPlacement(model: Model): DiagramPart {
  const icons = new IconCollector(providerOf(model));
  const source = networkArchitecture(model, icons, { connections: false });
  const narrow = networkArchitecture(model, undefined, { connections: false, rowBudget: NARROW_ROW_PX });
  const title = 'Where each component runs';
  const components = model.spec.architecture.components;
  const description = accessibleText(
    `The network boundaries, subnets and managed-service areas with the ${components.length} components placed in them; the calls between components are drawn in the reference architecture's parts.`,
  );
  return {
    title,
    description,
    source: withAccessibility(source, `Network architecture: ${title}`, description),
    turned: withAccessibility(narrow, `Network architecture: ${title}`, description),
    ...(icons.icons.length > 0 ? { icons: icons.icons } : {}),
  };
}

/** The overview and parts for a diagram the PDF may print in parts; undefined for the others. */
export function printedAsParts(name: DiagramName, model: Model, referenceParts: readonly DiagramPart[]): DiagramPrint | undefined {
  if (name === 'reference-architecture') return { overview: referenceOverview(model), parts: referenceParts };
  if (name === 'network-architecture') return { overview: networkPlacement(model), parts: [] };
  if (name === 'defense-in-depth') return defensePrint(model);
  return undefined;
}
