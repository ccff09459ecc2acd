import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/render/mermaid/roadmap.js';
import { figureBox, fillsPage, labelPoints, orientationOf, placeFigure, printScale, READABLE_PT } from '../../../src/render/pdf/figure.js';
import { leadHeight } from '../../../src/render/pdf/lead.js';
import { PAPER } from '../../../src/render/pdf/paper.js';

const A4 = PAPER.a4;
const flow = (width: number, height: number) => ({ name: 'reference-architecture' as const, width, height });

describe('figure orientation', () => {
  it('keeps a diagram that prints readably across a portrait page there', () => {
    expect(orientationOf({ name: 'cost-projection', width: 900, height: 480 }, A4)).toBe('portrait');
    expect(orientationOf(flow(1100, 1500), A4)).toBe('portrait');
    expect(labelPoints(24, printScale(flow(1100, 1500), A4, 'portrait'))).toBeGreaterThanOrEqual(READABLE_PT);
  });
  it('turns a wide, short diagram onto a landscape page where its labels print larger', () => {
    const wide = flow(2100, 1000);
    expect(orientationOf(wide, A4)).toBe('landscape');
    expect(printScale(wide, A4, 'landscape')).toBeGreaterThan(printScale(wide, A4, 'portrait'));
  });
  it('never turns a tall diagram onto a landscape page, which would only make it smaller', () => {
    expect(orientationOf(flow(1300, 3000), A4)).not.toBe('landscape');
  });
  it('gives a tall diagram that still prints too small a page of its own with header-sized margins', () => {
    // Kestrel's network diagram: height-bound on letter paper.
    const tall = { name: 'network-architecture' as const, width: 1294, height: 2204 };
    const letter = PAPER.letter;
    expect(labelPoints(20, printScale(tall, letter, 'portrait'))).toBeLessThan(6);
    expect(orientationOf(tall, letter)).toBe('tall');
    expect(labelPoints(20, printScale(tall, letter, 'tall'))).toBeGreaterThan(6);
    expect(figureBox(letter, 'tall').width).toBeGreaterThan(figureBox(letter, 'portrait').width);
    expect(figureBox(letter, 'tall').height).toBeGreaterThan(figureBox(letter, 'portrait').height);
  });
  it('gives a diagram too wide for the text column the tall page, whose side margins are narrower', () => {
    // Kestrel's reference architecture: width-bound on A4, 5.8 pt across the text column.
    const wide = flow(1622, 2019);
    expect(labelPoints(20, printScale(wide, A4, 'portrait'))).toBeLessThan(6);
    expect(orientationOf(wide, A4)).toBe('tall');
    expect(labelPoints(20, printScale(wide, A4, 'tall'))).toBeGreaterThan(6.3);
  });
  it('marks a portrait figure that leaves no room for its heading and introduction above it', () => {
    // Kestrel's incident workflow: narrow and tall, on a portrait page of its own height.
    const workflow = { name: 'incident-workflow' as const, width: 700, height: 1500 };
    expect(orientationOf(workflow, A4)).toBe('portrait');
    expect(fillsPage(workflow, A4)).toBe(true);
    expect(fillsPage({ width: 900, height: 480 }, A4)).toBe(false);
  });
  it('never enlarges a small diagram', () => {
    expect(printScale(flow(200, 100), A4, 'portrait')).toBe(1);
  });
  it('fits the paper: Letter is wider and shorter than A4', () => {
    expect(figureBox(PAPER.letter, 'portrait').width).toBeGreaterThan(figureBox(A4, 'portrait').width);
    expect(figureBox(PAPER.letter, 'portrait').height).toBeLessThan(figureBox(A4, 'portrait').height);
    expect(figureBox(A4, 'landscape').width).toBeGreaterThan(figureBox(A4, 'portrait').width);
  });
});

describe('a figure and the headings above it', () => {
  const lead = leadHeight([
    { kind: 'heading', depth: 2, text: 'Network Security', rule: true },
    { kind: 'heading', depth: 3, text: 'Architecture Diagram', rule: false },
  ]);
  /** The point size a placed figure's labels print at. */
  const printed = (image: { name: 'incident-workflow' | 'network-architecture'; width: number; height: number }, paper = A4) => {
    const placement = placeFigure(image, paper, lead);
    const scale = Math.min(printScale(image, paper, placement.orientation), (placement.maxHeight ?? Number.POSITIVE_INFINITY) / image.height);
    return { placement, points: labelPoints(20, scale) };
  };

  it('reserves room for two headings', () => {
    expect(lead).toBeGreaterThan(25 * (96 / 25.4));
    expect(leadHeight([])).toBe(0);
  });
  it('keeps a figure on its own page with its headings when both fit', () => {
    const placement = placeFigure({ name: 'cost-projection', width: 900, height: 480 }, A4, lead);
    expect(placement).toEqual({ orientation: 'portrait', maxHeight: null, kept: true });
  });
  it('takes the headings onto the page of another shape a wide or tall figure needs', () => {
    // Northwind's network diagram: a tall page for its width; its headings print there with it.
    const network = { name: 'network-architecture' as const, width: 1622, height: 1500 };
    expect(orientationOf(network, A4)).toBe('tall');
    expect(placeFigure(network, A4, lead)).toEqual({ orientation: 'tall', maxHeight: null, kept: true });
  });
  it('gives a figure that fills its page the room for its headings without printing a label under the readable size', () => {
    const workflow = { name: 'incident-workflow' as const, width: 700, height: 1500 };
    expect(fillsPage(workflow, A4)).toBe(true);
    const { placement, points } = printed(workflow);
    expect(placement.kept).toBe(true);
    expect(points).toBeGreaterThanOrEqual(READABLE_PT);
    expect(image(workflow, placement)).toBeLessThanOrEqual(figureBox(A4, placement.orientation).height - lead + 0.001);
  });
  it('keeps a short landscape figure on its landscape page with its headings', () => {
    // Pine Dental's deployment pipeline.
    expect(placeFigure({ name: 'deployment-pipeline', width: 1477, height: 322 }, A4, lead)).toEqual({ orientation: 'landscape', maxHeight: null, kept: true });
  });
  it('moves a landscape figure that fills its page to the tall page under its headings while its labels stay readable', () => {
    // Northwind's reference architecture: 7.6 pt across a landscape page, which leaves no room for two headings and a sentence.
    const reference = flow(1491, 1121);
    expect(orientationOf(reference, A4)).toBe('landscape');
    const withSentence =
      lead +
      leadHeight([{ kind: 'paragraph', text: 'The serverless architecture groups its components by zone; labeled edges show what flows between them.' }]);
    const placement = placeFigure(reference, A4, withSentence);
    expect(placement).toMatchObject({ orientation: 'tall', kept: true });
    expect(labelPoints(20, printScale(reference, A4, 'tall'))).toBeGreaterThanOrEqual(READABLE_PT);
  });
  it('leaves the headings behind rather than print a figure too small (Kestrel network diagram on letter)', () => {
    const { placement } = printed({ name: 'network-architecture', width: 1294, height: 2204 }, PAPER.letter);
    expect(placement).toEqual({ orientation: 'tall', maxHeight: null, kept: false });
  });
});

/** The printed height of a placed drawing, in CSS px. */
function image(size: { width: number; height: number }, placement: ReturnType<typeof placeFigure>): number {
  const scale = Math.min(printScale(size, A4, placement.orientation), (placement.maxHeight ?? Number.POSITIVE_INFINITY) / size.height);
  return size.height * scale;
}

describe('roadmap axis', () => {
  it('keeps to about seven ticks however long the plan runs', () => {
    expect(axisTicks(6)).toEqual({ interval: '1week', format: '%d %b' });
    expect(axisTicks(12)).toEqual({ interval: '2week', format: '%d %b' });
    expect(axisTicks(24)).toEqual({ interval: '1month', format: '%b %Y' });
    expect(axisTicks(104)).toEqual({ interval: '4month', format: '%b %Y' });
    expect(axisTicks(null)).toEqual({ interval: '1week', format: '%d %b' });
  });
});
