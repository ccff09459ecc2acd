// What the preview server sends the page: plain JSON, every string already
// formatted. The page's script only places these values; it computes nothing.

export interface FrameLineView {
  readonly text: string;
  /** The reported line. */
  readonly current: boolean;
  /** The caret line under it. */
  readonly caret: boolean;
}

/** A diagnostic or a check finding, with its code frame. */
export interface IssueView {
  /** AIA code or rule id. */
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly hint: string;
  /** "specs/x.yaml:12:5", or the file alone when the problem has no line. */
  readonly where: string;
  readonly file: string;
  readonly line: number;
  /** Anchor of the line in the page's source listing; null when that file is not listed. */
  readonly anchor: string | null;
  readonly frame: readonly FrameLineView[];
}

export interface ScoreView {
  readonly platform: string;
  readonly label: string;
  /** "8.8" */
  readonly weighted: string;
  readonly rank: number;
  readonly recommended: boolean;
}

export interface CriterionView {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly max: number;
}

export interface HeaderView {
  readonly client: string;
  readonly useCase: string;
  readonly pattern: string;
  readonly recommendation: string;
  /** "set in the spec" or "derived from the highest weighted score". */
  readonly recommendationSource: string;
  readonly scores: readonly ScoreView[];
  readonly year1: string;
  readonly budget: string | null;
  /** "$12,000 under budget" / "$3,000 over budget"; null without a budget. */
  readonly headroom: string | null;
  readonly overBudget: boolean;
  /** "month 4", or a sentence when benefits never catch up within the projection. */
  readonly payback: string;
  readonly rubricTotal: number;
  readonly rubricMax: number;
  /** "pass", "distinction" or "below pass". */
  readonly rubricVerdict: string;
  readonly criteria: readonly CriterionView[];
}

export interface DocumentView {
  readonly name: string;
  readonly title: string;
  /** Safe HTML: raw HTML in the markdown is shown as text; mermaid fences become diagram placeholders. */
  readonly html: string;
}

export interface SourceView {
  readonly file: string;
  /** Prefix of this file's line anchors: `${anchorPrefix}${line}`. */
  readonly anchorPrefix: string;
  readonly lines: readonly string[];
}

export interface DiagramView {
  readonly name: string;
  readonly title: string;
  /** Where the page loads the SVG from; null until it is rendered. */
  readonly url: string | null;
  /** CSS pixel size of the SVG (0 until rendered), so the layout holds while a new render loads. */
  readonly width: number;
  readonly height: number;
}

export interface SlideView {
  readonly number: number;
  readonly title: string;
  readonly lines: readonly string[];
}

/** The last spec that went through parse, validate and model. */
export interface SpecModelView {
  readonly file: string;
  readonly header: HeaderView;
  readonly findings: readonly IssueView[];
  readonly warnings: readonly IssueView[];
  readonly documents: readonly DocumentView[];
  readonly sources: readonly SourceView[];
}

export type StageStatus = 'waiting' | 'working' | 'ready' | 'failed' | 'no-browser';

export interface DiagramsView {
  readonly status: StageStatus;
  readonly message: string | null;
  readonly items: readonly DiagramView[];
}

export interface BuildView {
  readonly status: StageStatus;
  readonly message: string | null;
  /** Output folder, as the terminal names it. */
  readonly dir: string | null;
  readonly pdf: string | null;
  readonly pptx: string | null;
  readonly slides: readonly SlideView[];
}

export interface SpecPageState {
  readonly kind: 'spec';
  readonly id: string;
  readonly file: string;
  /** Counts every save the server has seen; the page ignores older states. */
  readonly revision: number;
  /** Null only when no save of this spec has ever been valid. */
  readonly model: SpecModelView | null;
  /** Errors of the latest save, shown over the last good render; empty when it is valid. */
  readonly problems: readonly IssueView[];
  readonly problemSources: readonly SourceView[];
  readonly diagrams: DiagramsView;
  readonly build: BuildView;
  /** Link back to the class scoreboard, when the preview serves a folder. */
  readonly boardUrl: string | null;
}

export interface BoardRowView {
  readonly id: string;
  readonly file: string;
  readonly href: string;
  /** Null fields when the spec does not build; `error` then says why. */
  readonly client: string | null;
  readonly platform: string | null;
  readonly pattern: string | null;
  readonly year1: number | null;
  readonly year1Text: string | null;
  /** Points per rubric criterion, in `BoardState.criteria` order. */
  readonly points: readonly (number | null)[];
  readonly total: number | null;
  readonly findings: number | null;
  readonly error: string | null;
}

export interface BoardState {
  readonly kind: 'board';
  readonly folder: string;
  readonly revision: number;
  readonly criteria: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly BoardRowView[];
}

export type PageState = SpecPageState | BoardState;
