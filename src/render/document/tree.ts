// A document as plain data, in the way marked's tokens are plain data: the six
// renderers build it once, and one writer prints it as markdown, another as
// the PDF's HTML. Block structure lives only here; text inside a node is one
// line of inline markdown, already escaped (spec text inert, emphasis, links
// and code spans as the renderers wrote them).
import type { DiagramName } from '../types.js';

/** One line of escaped inline markdown. */
export type Inline = string;

export interface Paragraph {
  readonly type: 'paragraph';
  readonly text: Inline;
}

export type Align = 'left' | 'right';

export interface Table {
  readonly type: 'table';
  readonly headers: readonly Inline[];
  readonly rows: readonly (readonly Inline[])[];
  /** One entry per column. */
  readonly align: readonly Align[];
}

export type ListKind = 'bullet' | 'numbered' | 'checklist';

export interface ListItem {
  readonly text: Inline;
  /** A list nested under this item, e.g. a phase's success criteria. */
  readonly list?: List;
}

export interface List {
  readonly type: 'list';
  readonly kind: ListKind;
  readonly items: readonly ListItem[];
}

/** Label/value lines under a title, such as the proposal's Client / Prepared by / Date. */
export interface Byline {
  readonly type: 'byline';
  readonly entries: readonly { readonly label: string; readonly value: Inline }[];
}

/** A labelled aside, such as an assumption made where the spec is silent. */
export interface Callout {
  readonly type: 'callout';
  readonly label: string;
  readonly text: Inline;
}

/** A generated diagram, by name; each writer finds its source or image. */
export interface Figure {
  readonly type: 'figure';
  readonly diagram: DiagramName;
}

/** Preformatted text, e.g. a configuration example; printed verbatim, never parsed. */
export interface Code {
  readonly type: 'code';
  readonly lang: string;
  readonly text: string;
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface Section {
  readonly type: 'section';
  readonly level: HeadingLevel;
  readonly title: Inline;
  /** The section opens after a horizontal rule (the course templates separate major parts with one). */
  readonly rule: boolean;
  /** In the bound PDF this section leaves its document and closes the PDF as an appendix of its own (Sources). */
  readonly appendix?: boolean;
  readonly children: readonly Node[];
}

export type Node = Paragraph | Table | List | Byline | Callout | Figure | Code | Section;

export interface DocumentTree {
  /** File stem of the document (a DocumentName for the six course documents). */
  readonly name: string;
  /** Plain text; printed as the document's first-level heading. */
  readonly title: string;
  readonly children: readonly Node[];
}
