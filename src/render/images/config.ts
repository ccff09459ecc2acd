// Everything that decides how a diagram looks, in one place: it feeds both
// the page's Mermaid configuration and the render cache key.
import { createRequire } from 'node:module';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE } from '../mermaid/limits.js';

/** Bump when the SVG/PNG output of this renderer changes for the same source. */
export const RENDERER_VERSION = 'diagram-images-5';

export const FONT_FAMILY = 'Inter, "Helvetica Neue", Arial, sans-serif';
/** @fontsource/inter weights loaded into the page (labels, titles, bold markdown). */
export const FONT_WEIGHTS = [400, 600, 700] as const;
/** CSS pixels of the render page; gantt and chart widths follow it. */
export const PAGE_WIDTH = 1200;
export const PAGE_HEIGHT = 900;
export const DEVICE_SCALE = 2;
export const RENDER_TIMEOUT_MS = 20_000;

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
  theme: 'default',
  themeVariables: {
    fontFamily: FONT_FAMILY,
    xyChart: { plotColorPalette: '#94a3b8, #1d4ed8, #15803d, #b45309' },
  },
  flowchart: { htmlLabels: false, curve: 'basis', padding: 12, nodeSpacing: 40, rankSpacing: 55, wrappingWidth: 220 },
  gantt: { useWidth: PAGE_WIDTH, barHeight: 26, fontSize: 13, sectionFontSize: 13 },
  xyChart: { width: 900, height: 480 },
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

export function fontPath(weight: number): string {
  return require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
}

let fingerprint: string | null = null;
/** Everything besides the source that decides a render: part of every render cache key. */
export function rendererFingerprint(): string {
  if (fingerprint === null) {
    const fontVersion = (createRequire(import.meta.url)('@fontsource/inter/package.json') as { version: string }).version;
    fingerprint = JSON.stringify([RENDERER_VERSION, mermaidVersion(), `inter@${fontVersion}`, FONT_WEIGHTS, MERMAID_CONFIG]);
  }
  return fingerprint;
}
