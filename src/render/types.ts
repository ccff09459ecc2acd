// Boundaries between the model and the renderers. Each renderer is a function
// of these values; only the browser-bound ones are async.
import type { DocumentTree } from './document/tree.js';

export const DIAGRAM_NAMES = [
  'reference-architecture',
  'network-architecture',
  'defense-in-depth',
  'decision-tree',
  'weighted-scores',
  'cost-projection',
  'deployment-roadmap',
  'deployment-pipeline',
  'incident-workflow',
] as const;
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

/** What a document needs of a diagram to place its figure: that it was generated. */
export interface DiagramRef {
  readonly name: DiagramName;
}

export interface DiagramSource extends DiagramRef {
  readonly title: string;
  /** Mermaid source; the same text goes to diagrams/NAME.mmd and to the markdown fences. */
  readonly source: string;
  /**
   * Node id → service icon name (src/render/mermaid/icons.ts), for the
   * architecture diagrams: the renderer adds each icon to its node's box in the
   * picture. They are not Mermaid text, which GitHub renders without icon packs.
   */
  readonly icons?: readonly (readonly [string, string])[];
  /** What the picture shows, from the model: its alt text in the PDF and the deck. */
  readonly description?: string;
  /**
   * The diagram cut into parts that each fit a slide at a readable size (the
   * reference architecture by zone group): drawn only when the whole does not fit.
   */
  readonly parts?: readonly DiagramPart[];
  /**
   * What the PDF prints instead of a diagram too dense to print with its
   * labels at 6 pt on any page: an overview, then the parts, each cut finer
   * while it still prints too small. Drawn only when the whole does not fit.
   */
  readonly print?: DiagramPrint;
}

/** A dense diagram as the PDF prints it: an overview, then its parts (none when the overview says it all). */
export interface DiagramPrint {
  readonly overview: DiagramPart;
  readonly parts: readonly DiagramPart[];
}

/** A part of a diagram, drawn on its own slide; itself cut finer when it is still too large. */
export interface DiagramPart {
  readonly title: string;
  readonly description: string;
  readonly source: string;
  /**
   * The same part laid out another way (the other direction, or narrower rows):
   * used when it reads larger where it is shown. Same node ids.
   */
  readonly turned?: string;
  readonly icons?: readonly (readonly [string, string])[];
  /** Finer parts to show instead while this one is too large where it is shown. */
  readonly parts?: readonly DiagramPart[];
  /** The ids of the components this part shows (not its dashed neighbours), in flow order. */
  readonly members?: readonly string[];
  /**
   * The part showing this part's components and `next`'s together, for parts
   * that may share a drawing (the same zone group); undefined otherwise. The
   * renderer joins neighbouring pieces of a cut while the joined part still
   * fits where it is shown, so a dense design gets few full parts rather than
   * many small ones.
   */
  readonly join?: (next: DiagramPart) => DiagramPart | undefined;
}

/** A drawn part: what a slide shows in place of a diagram too large for one. */
export interface DiagramPartImage {
  readonly title: string;
  readonly description: string;
  /** The ids of the components the part shows, when its diagram has them (DiagramPart.members): a slide showing several parts is titled from them. */
  readonly members?: readonly string[];
  readonly png: Uint8Array;
  /** CSS pixel size of the drawing. */
  readonly width: number;
  readonly height: number;
}

export interface DiagramImage {
  readonly name: DiagramName;
  readonly svg: string;
  /** PNG at 2× device scale. */
  readonly png: Uint8Array;
  /** CSS pixel size of the SVG (the PNG is twice this). */
  readonly width: number;
  readonly height: number;
  /** The parts a slide shows instead, when the whole diagram is too large to read on one (see DiagramSource.parts). */
  readonly parts?: readonly DiagramPartImage[];
  /** The figures the PDF prints instead, overview first, when the whole diagram is too dense to print (see DiagramSource.print). */
  readonly print?: readonly DiagramPrintImage[];
}

/** A drawn overview or part for the PDF, which prints its SVG. */
export interface DiagramPrintImage extends DiagramPartImage {
  readonly svg: string;
}

export const DOCUMENT_NAMES = [
  'platform-comparison-analysis',
  'security-architecture-design',
  'cost-model',
  'deployment-strategy',
  'operations-runbook',
  'enterprise-architecture-proposal',
] as const;
export type DocumentName = (typeof DOCUMENT_NAMES)[number];

/** The proposal's appendices A–E in the course template's order (Exercise 2.3); the markdown links and the PDF both follow it. */
export const APPENDIX_ORDER = [
  'cost-model',
  'security-architecture-design',
  'platform-comparison-analysis',
  'deployment-strategy',
  'operations-runbook',
] as const satisfies readonly DocumentName[];

export interface MarkdownDocument {
  /** File stem; written as NAME.md. */
  readonly name: string;
  readonly title: string;
  readonly markdown: string;
}

/** One of the six course documents: its markdown and the document tree it was written from (the PDF prints the tree). */
export interface CourseDocument extends MarkdownDocument {
  readonly name: DocumentName;
  readonly tree: DocumentTree;
  /** What the document leaves out or assumes where the spec is silent: notes for the author, never printed for the client. */
  readonly gaps: readonly DocumentGap[];
}

export interface DocumentGap {
  readonly document: DocumentName;
  /** What is missing, in a few words: "No escalation path". */
  readonly what: string;
  /** The spec field that would fill it. */
  readonly path: string;
  /** True when the document states an industry-standard assumption instead. */
  readonly assumed: boolean;
}

export const OUTPUT_FORMATS = ['md', 'mmd', 'svg', 'png', 'pdf', 'pptx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
