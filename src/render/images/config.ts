// Everything that decides how a diagram looks, in one place: it feeds both
// the page's Mermaid configuration and the render cache key.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { INK, THEME_VARIABLES } from '../mermaid/palette.js';
import type { DiagramName } from '../types.js';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE } from '../mermaid/limits.js';
import { DENSE_LINKS, type NodePlacement } from './node-placement.js';

/** Bump when the SVG/PNG output of this renderer changes for the same source. */
export const RENDERER_VERSION = 'diagram-images-10';

export const FONT_FAMILY = 'Inter, "Helvetica Neue", Arial, sans-serif';
/** @fontsource/inter weights loaded into the page (labels, titles, bold markdown). */
export const FONT_WEIGHTS = [400, 600, 700] as const;
/** CSS pixels of the render page; gantt and chart widths follow it. */
export const PAGE_WIDTH = 1200;
export const PAGE_HEIGHT = 900;
export const DEVICE_SCALE = 2;

/**
 * Label sizes. Flowchart labels are drawn large because ELK's spacing between
 * boxes is fixed in pixels: the larger the text, the smaller the share of the
 * drawing that is empty space, and the larger the text prints once the
 * diagram is fitted to a page. Gantt and chart text is set on its own.
 */
export const FLOWCHART_FONT_PX = 20;
export const CHART_FONT_PX = 16;

/** The size every label of each diagram is drawn at, for placing it on a page. */
export const LABEL_PX: Readonly<Record<DiagramName, number>> = {
  'reference-architecture': FLOWCHART_FONT_PX,
  'network-architecture': FLOWCHART_FONT_PX,
  'defense-in-depth': FLOWCHART_FONT_PX,
  'decision-tree': FLOWCHART_FONT_PX,
  'weighted-scores': CHART_FONT_PX,
  'cost-projection': CHART_FONT_PX,
  'deployment-roadmap': CHART_FONT_PX,
  'deployment-pipeline': FLOWCHART_FONT_PX,
  'incident-workflow': FLOWCHART_FONT_PX,
};

/**
 * Passed to mermaid.initialize(). `secure` lists every key a diagram's own
 * directive could otherwise override, so a source can never loosen it.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  deterministicIds: true,
  // Some node shapes are drawn with rough.js, whose default seed is random:
  // without a fixed one the path coordinates change on every render.
  handDrawnSeed: 1,
  maxTextSize: MERMAID_MAX_TEXT_SIZE,
  maxEdges: MERMAID_MAX_EDGES,
  fontFamily: FONT_FAMILY,
  theme: 'base',
  // ELK routes edges around node boxes and group titles; dagre ran them through both.
  layout: 'elk',
  elk: { nodePlacementStrategy: 'NETWORK_SIMPLEX', mergeEdges: false },
  themeVariables: { ...THEME_VARIABLES, fontFamily: FONT_FAMILY, fontSize: `${FLOWCHART_FONT_PX}px` },
  // The gantt axis draws its dates at a fixed 10 px (d3's default), which printed under 6 pt.
  // Mermaid draws an edge label's background at half opacity, so a line running under the label
  // (the incident workflow's escalation edge) struck through its words.
  themeCSS: `.grid .tick text { font-size: ${CHART_FONT_PX}px; fill: ${INK}; } .edgeLabel rect { opacity: 1; }`,
  flowchart: { htmlLabels: false, curve: 'basis', padding: 10, nodeSpacing: 40, rankSpacing: 55, wrappingWidth: 220 },
  // Sized for a portrait page: at 900 px across a 16 px label still prints above 6 pt.
  gantt: { useWidth: 900, barHeight: 30, barGap: 6, fontSize: CHART_FONT_PX, sectionFontSize: CHART_FONT_PX, leftPadding: 120, gridLineStartPadding: 40 },
  xyChart: {
    width: 900,
    height: 480,
    titleFontSize: 18,
    xAxis: { labelFontSize: CHART_FONT_PX, titleFontSize: CHART_FONT_PX },
    yAxis: { labelFontSize: CHART_FONT_PX, titleFontSize: CHART_FONT_PX },
  },
  secure: [
    'secure',
    'securityLevel',
    'startOnLoad',
    'maxTextSize',
    'maxEdges',
    'suppressErrorRendering',
    'theme',
    'themeCSS',
    'themeVariables',
    'fontFamily',
    'altFontFamily',
    'htmlLabels',
    'flowchart',
    'dompurifyConfig',
    'deterministicIds',
    'deterministicIDSeed',
    'handDrawnSeed',
    'darkMode',
    'look',
    'layout',
    'elk',
    'fontSize',
    'wrap',
  ],
} as const;

const require = createRequire(import.meta.url);

export function mermaidVersion(): string {
  return (require('mermaid/package.json') as { version: string }).version;
}

export function mermaidBundlePath(): string {
  return require.resolve('mermaid/dist/mermaid.min.js');
}

/** The ELK layout plugin's ES build (its package exports only the core entry, so resolve the folder). */
export function elkBundlePath(): string {
  return join(dirname(require.resolve('@mermaid-js/layout-elk/package.json')), 'dist', 'mermaid-layout-elk.esm.min.mjs');
}

export function elkVersion(): string {
  return (require('@mermaid-js/layout-elk/package.json') as { version: string }).version;
}

/** The page's configuration for a flowchart laid out with this node placement (node-placement.ts). */
export function mermaidConfigFor(placement: NodePlacement): Readonly<Record<string, unknown>> {
  return placement === MERMAID_CONFIG.elk.nodePlacementStrategy
    ? MERMAID_CONFIG
    : { ...MERMAID_CONFIG, elk: { ...MERMAID_CONFIG.elk, nodePlacementStrategy: placement } };
}

export function fontPath(weight: number): string {
  return require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
}

let fingerprint: string | null = null;
/** Everything besides the source that decides a render: part of every render cache key. */
export function rendererFingerprint(): string {
  if (fingerprint === null) {
    const fontVersion = (createRequire(import.meta.url)('@fontsource/inter/package.json') as { version: string }).version;
    fingerprint = JSON.stringify([
      RENDERER_VERSION,
      mermaidVersion(),
      `elk@${elkVersion()}`,
      `inter@${fontVersion}`,
      FONT_WEIGHTS,
      MERMAID_CONFIG,
      { denseLinks: DENSE_LINKS },
    ]);
  }
  return fingerprint;
}
