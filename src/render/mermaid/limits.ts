// Mermaid refuses big diagrams by drawing an error picture instead of the
// diagram. Checking the same limits before rendering turns that into a clear
// diagnostic that names the diagram and what to shrink.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SpecSource } from '../../spec/source.js';
import type { DiagramName, DiagramSource } from '../types.js';

/** Mermaid's defaults, which the renderer keeps. */
export const MERMAID_MAX_TEXT_SIZE = 50_000;
export const MERMAID_MAX_EDGES = 500;

const SPEC_PATH: Partial<Record<DiagramName, string>> = {
  'reference-architecture': '/architecture/components',
  'network-architecture': '/architecture/components',
  'defense-in-depth': '/security/layers',
  'deployment-roadmap': '/deployment/phases',
  'deployment-pipeline': '/deployment/pipeline',
  'incident-workflow': '/operations/escalation',
};

/**
 * How long one diagram may take to lay out, or to be captured as PNG. Mermaid's
 * layout time grows with the connections: on a loaded 2-core machine a flowchart
 * of 40 nodes took about 18 s with 250 edges and 37 s with 500, so a fixed 20 s
 * failed diagrams well within the limits above. The allowance grows with the
 * source and still ends a render that hangs.
 */
export const RENDER_TIMEOUT_BASE_MS = 20_000;
const RENDER_TIMEOUT_PER_EDGE_MS = 200;
const RENDER_TIMEOUT_PER_CHAR_MS = 1;

export function renderTimeoutMs(source: string): number {
  const edges = source.startsWith('flowchart') ? countEdges(source) : 0;
  return RENDER_TIMEOUT_BASE_MS + edges * RENDER_TIMEOUT_PER_EDGE_MS + source.length * RENDER_TIMEOUT_PER_CHAR_MS;
}

/** Links in a flowchart source: one per arrow between two nodes. */
export function countEdges(source: string): number {
  let count = 0;
  for (const raw of source.split('\n')) {
    // Label text is quoted and cannot hold a quote, so dropping quoted runs leaves only syntax.
    const line = raw.replace(/"[^"]*"/g, '""');
    const arrows = line.match(/(?:<)?(?:--+|==+|-\.+-)(?:>|o|x)?/g);
    if (arrows !== null && !/^\s*(classDef|class|linkStyle|style|title|x-axis|y-axis|accTitle|accDescr)\b/.test(line)) count += arrows.length;
  }
  return count;
}

/** Errors for diagrams Mermaid would refuse, placed at the spec section that feeds them. */
export function diagramLimitDiagnostics(sources: readonly DiagramSource[], spec: Pick<SpecSource, 'file' | 'locate'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { name, source } of sources) {
    const path = SPEC_PATH[name] ?? '';
    const at = { file: spec.file, ...spec.locate(path), path };
    if (source.length > MERMAID_MAX_TEXT_SIZE) {
      diagnostics.push({
        code: 'AIA401',
        severity: 'error',
        message: `Diagram ${name} is ${source.length} characters of Mermaid, over Mermaid's limit of ${MERMAID_MAX_TEXT_SIZE}.`,
        hint: 'Use fewer components, connections or controls, or shorter names and labels.',
        ...at,
      });
    }
    const edges = source.startsWith('flowchart') ? countEdges(source) : 0;
    if (edges > MERMAID_MAX_EDGES) {
      diagnostics.push({
        code: 'AIA402',
        severity: 'error',
        message: `Diagram ${name} has ${edges} connections, over Mermaid's limit of ${MERMAID_MAX_EDGES}.`,
        hint: 'Reduce the connects lists: draw one edge per pair of components that talk to each other.',
        ...at,
      });
    }
  }
  return diagnostics;
}
