// The page shapes of a run of printed parts (a diagram too dense to print
// whole, printed part after part with nothing between them). Each part on
// the page shape that prints it largest (figure.ts, orientationOf) often
// left small parts alone on a page: a page of another shape always starts a
// new page, so a short part printed on a portrait page between two landscape
// ones took a page of its own (seed 8156's defense in depth: five layers on
// five pages after the overview). Here a part may take the shape of its
// neighbours wherever its labels print as large as READABLE_PT there (or as
// large as on its own shape, when that is smaller), and the shapes are chosen
// so that the run takes the fewest pages; among runs as short, the one with
// most parts on their own shape. Consecutive figures of one shape flow onto a
// page while they fit (a figure never breaks: style.ts), so the pages only
// need the shapes.
import { LABEL_PX } from '../images/config.js';
import type { DiagramImage } from '../types.js';
import { FIGURE_DOWN_PX, figureBox, labelPoints, type Orientation, orientationOf, printScale, READABLE_PT } from './figure.js';
import type { PaperSize } from './paper.js';

const PX_PER_MM = 96 / 25.4;

/**
 * Room a figure below another takes besides its drawing, in CSS px: what
 * figureBox leaves out for one figure (margins, padding, border, a caption
 * line), a second caption line, and slack for what this estimate does not
 * model. Erring high only leaves a part on a page of its own, as before.
 */
const NEXT_FIGURE_PX = FIGURE_DOWN_PX + 8 * PX_PER_MM;

const SHAPES: readonly Orientation[] = ['portrait', 'landscape', 'tall'];

type Part = Pick<DiagramImage, 'name' | 'width' | 'height'>;

/** The first part of the run, placed with the sentence introducing the parts (html.ts). */
export interface FirstPart {
  readonly orientation: Orientation;
  /** Page height it takes with that sentence, in CSS px. */
  readonly height: number;
}

interface Choice {
  readonly orientation: Orientation;
  readonly height: number;
  /** 1 when this is not the part's own shape. */
  readonly cost: number;
}

/** The shapes a part may print on, with the height its drawing takes there. */
function choices(part: Part, paper: PaperSize): Choice[] {
  const own = orientationOf(part, paper);
  const labels = (o: Orientation): number => labelPoints(LABEL_PX[part.name], printScale(part, paper, o));
  const least = Math.min(READABLE_PT, labels(own));
  return SHAPES.filter((o) => o === own || labels(o) >= least).map((o) => ({
    orientation: o,
    height: part.height * printScale(part, paper, o),
    cost: o === own ? 0 : 1,
  }));
}

interface Best {
  readonly pages: number;
  readonly cost: number;
  /** The shape of each part up to here. */
  readonly shapes: readonly Orientation[];
}

const better = (a: Best, b: Best | undefined): boolean => b === undefined || a.pages < b.pages || (a.pages === b.pages && a.cost < b.cost);

/**
 * The page shape of each part of a run, the first one's given. The parts are
 * cut into pages, each of one shape holding parts that fit it together;
 * the fewest pages win, then the fewest parts off their own shape.
 */
export function partShapes(parts: readonly Part[], paper: PaperSize, first: FirstPart): Orientation[] {
  const options = parts.map((part, i) => (i === 0 ? [{ orientation: first.orientation, height: first.height, cost: 0 }] : choices(part, paper)));
  // best[i]: the parts before i laid out, a page ending after part i - 1.
  const best: (Best | undefined)[] = [{ pages: 0, cost: 0, shapes: [] }];
  for (let start = 0; start < parts.length; start += 1) {
    const before = best[start];
    if (before === undefined) continue;
    for (const shape of SHAPES) {
      const room = figureBox(paper, shape).height;
      let used = -NEXT_FIGURE_PX;
      let cost = 0;
      const shapes: Orientation[] = [];
      for (let end = start; end < parts.length; end += 1) {
        const choice = options[end]?.find((c) => c.orientation === shape);
        if (choice === undefined) break;
        used += NEXT_FIGURE_PX + choice.height;
        // One part always has its page; more share it only while they fit.
        if (end > start && used > room) break;
        cost += choice.cost;
        shapes.push(shape);
        const candidate: Best = { pages: before.pages + 1, cost: before.cost + cost, shapes: [...before.shapes, ...shapes] };
        if (better(candidate, best[end + 1])) best[end + 1] = candidate;
      }
    }
  }
  return [...(best[parts.length]?.shapes ?? parts.map((part) => orientationOf(part, paper)))];
}
