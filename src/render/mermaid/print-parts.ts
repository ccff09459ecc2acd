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
import { type NetworkArea, networkArchitecture, networkAreas, providerOf } from './network.js';
import { referenceOverview } from './reference-overview.js';

/**
 * Rows of boxes wrapped this narrow make the placement view taller than wide:
 * a portrait page, where the default rows print it under the floor, prints it
 * larger (two generated specs: 5.09 and 5.81 pt with the default rows).
 */
const NARROW_ROW_PX = 1200;

/**
 * The placement view of the components in `only` (all when undefined), in its
 * two layouts. `parts` are the finer views to print while this one is too
 * dense: one per area, each joined back to its neighbour while the two fit.
 */
function placementView(model: Model, title: string, only?: ReadonlySet<string>): DiagramPart {
  const icons = new IconCollector(providerOf(model));
  const view = only === undefined ? {} : { only };
  const source = networkArchitecture(model, icons, { ...view, connections: false });
  const narrow = networkArchitecture(model, undefined, { ...view, connections: false, rowBudget: NARROW_ROW_PX });
  const components = model.spec.architecture.components;
  const count = only?.size ?? components.length;
  const description = accessibleText(
    `The network boundaries, subnets and managed-service areas with ${count === components.length ? `the ${count}` : `${count} of the ${components.length}`} components placed in them; the calls between components are drawn in the reference architecture's parts.`,
  );
  return {
    title,
    description,
    source: withAccessibility(source, `Network architecture: ${title}`, description),
    turned: withAccessibility(narrow, `Network architecture: ${title}`, description),
    ...(icons.icons.length > 0 ? { icons: icons.icons } : {}),
    ...(only === undefined ? {} : { members: components.filter((c) => only.has(c.id)).map((c) => c.id) }),
  };
}

/**
 * An area view's title: the areas it shows whole, and for an area it shows
 * only some of, which of its components ("App subnet, 9 to 16 of 30").
 */
function areaTitle(areas: readonly NetworkArea[], only: ReadonlySet<string>): string {
  return areas
    .map((area) => {
      const at = area.ids.flatMap((id, i) => (only.has(id) ? [i + 1] : []));
      if (at.length === 0) return undefined;
      return at.length === area.ids.length ? area.title : `${area.title}, ${at[0]} to ${at.at(-1)} of ${area.ids.length}`;
    })
    .filter((title): title is string => title !== undefined)
    .join('; ');
}

/** The view of `ids`, able to split into halves and to join the view after it. */
function areaView(model: Model, areas: readonly NetworkArea[], ids: readonly string[]): DiagramPart {
  const only = new Set(ids);
  const view = placementView(model, `Where each component runs: ${areaTitle(areas, only)}`, only);
  const half = Math.ceil(ids.length / 2);
  return {
    ...view,
    // One area too dense alone prints in runs of its components; the renderer joins them back while they fit.
    ...(ids.length > 1 && areas.filter((a) => a.ids.some((id) => only.has(id))).length === 1
      ? { parts: [areaView(model, areas, ids.slice(0, half)), areaView(model, areas, ids.slice(half))] }
      : {}),
    join: (next) => (next.members === undefined ? undefined : areaView(model, areas, [...ids, ...next.members])),
  };
}

function networkPlacement(model: Model): DiagramPart {
  const areas = networkAreas(model);
  const whole = placementView(model, 'Where each component runs');
  return areas.length > 1 || (areas[0]?.ids.length ?? 0) > 1 ? { ...whole, parts: areas.map((area) => areaView(model, areas, area.ids)) } : whole;
}

/** The overview and parts for a diagram the PDF may print in parts; undefined for the others. */
export function printedAsParts(name: DiagramName, model: Model, referenceParts: readonly DiagramPart[]): DiagramPrint | undefined {
  if (name === 'reference-architecture') return { overview: referenceOverview(model), parts: referenceParts };
  if (name === 'network-architecture') return { overview: networkPlacement(model), parts: [] };
  if (name === 'defense-in-depth') return defensePrint(model);
  return undefined;
}
