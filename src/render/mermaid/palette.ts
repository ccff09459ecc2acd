// The diagrams' colours: the proposal's navy and teal with light tints for
// fills, so every diagram reads as part of the same document. Each text
// colour passes WCAG AA (4.5:1) on the fill it is drawn on; the palette test
// checks every pair.
export const NAVY = '#0b2545';
export const NAVY_MID = '#1e3a5f';
export const TEAL = '#13837a';
export const INK = '#1f2937';
export const MUTED = '#475569';
export const LINE = '#475569';
export const PAPER = '#ffffff';
export const GROUP_FILL = '#f8fafc';
export const GROUP_STROKE = '#94a3b8';

export interface Swatch {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
}

/** Fills of the kinds of box the diagrams draw. */
export const SWATCH = {
  neutral: { fill: '#f1f5f9', stroke: '#475569', text: '#0f172a' },
  navy: { fill: '#e6eef7', stroke: NAVY_MID, text: NAVY },
  teal: { fill: '#e3f4f1', stroke: TEAL, text: '#053b36' },
  amber: { fill: '#fdf0e3', stroke: '#b45309', text: '#451a03' },
  green: { fill: '#e6f4ea', stroke: '#1b7a4c', text: '#052e16' },
  red: { fill: '#fdecec', stroke: '#b3261e', text: '#450a0a' },
  sky: { fill: '#e4f0fa', stroke: '#2563a8', text: '#082f49' },
  stone: { fill: '#ecebe9', stroke: '#57534e', text: '#1c1917' },
  missing: { fill: '#fff7ed', stroke: '#c2410c', text: '#7c2d12' },
  strong: { fill: NAVY_MID, stroke: NAVY, text: '#ffffff' },
} as const satisfies Readonly<Record<string, Swatch>>;

/** A Mermaid classDef body for a swatch. */
export function classStyle(swatch: Swatch, extra: string = ''): string {
  return `fill:${swatch.fill},stroke:${swatch.stroke},color:${swatch.text}${extra}`;
}

/** Mermaid theme variables (theme `base`): groups, edges, gantt bars and charts in the palette. */
export const THEME_VARIABLES = {
  background: PAPER,
  primaryColor: SWATCH.navy.fill,
  primaryBorderColor: SWATCH.navy.stroke,
  primaryTextColor: INK,
  secondaryColor: SWATCH.teal.fill,
  secondaryBorderColor: TEAL,
  secondaryTextColor: INK,
  tertiaryColor: GROUP_FILL,
  tertiaryBorderColor: GROUP_STROKE,
  tertiaryTextColor: INK,
  lineColor: LINE,
  textColor: INK,
  titleColor: NAVY,
  clusterBkg: GROUP_FILL,
  clusterBorder: GROUP_STROKE,
  edgeLabelBackground: PAPER,
  // Gantt: dark text on light bars (the default drew white on lavender).
  sectionBkgColor: '#f1f5f9',
  altSectionBkgColor: PAPER,
  sectionBkgColor2: '#f1f5f9',
  taskBkgColor: SWATCH.teal.fill,
  taskBorderColor: TEAL,
  taskTextColor: SWATCH.teal.text,
  taskTextLightColor: SWATCH.teal.text,
  taskTextDarkColor: SWATCH.teal.text,
  taskTextOutsideColor: INK,
  taskTextClickableColor: SWATCH.teal.text,
  activeTaskBkgColor: SWATCH.navy.fill,
  activeTaskBorderColor: NAVY_MID,
  doneTaskBkgColor: '#e2e8f0',
  doneTaskBorderColor: MUTED,
  gridColor: '#cbd5e1',
  xyChart: {
    backgroundColor: PAPER,
    titleColor: NAVY,
    xAxisLabelColor: INK,
    xAxisTitleColor: INK,
    xAxisTickColor: MUTED,
    xAxisLineColor: MUTED,
    yAxisLabelColor: INK,
    yAxisTitleColor: INK,
    yAxisTickColor: MUTED,
    yAxisLineColor: MUTED,
    plotColorPalette: `${'#94a3b8'}, ${NAVY_MID}, ${TEAL}, #b45309`,
  },
} as const;
