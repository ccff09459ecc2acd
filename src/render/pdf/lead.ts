// How much page the headings and sentence above a figure take, estimated from
// the stylesheet (style.ts) before Chromium lays anything out: the figure's
// placement (figure.ts, placeFigure) reserves this much above the drawing so
// that all of them print on one page. The estimate errs high: wrapping is
// counted with fewer characters a line than Inter fits in the text column.

/** CSS px per mm at 96 dpi. */
const PX_PER_MM = 96 / 25.4;
const MM_PER_PT = 25.4 / 72;

interface TextStyle {
  /** Font size in pt. */
  readonly size: number;
  readonly lineHeight: number;
  /** Margins, padding and rules above and below, in mm. */
  readonly around: number;
  /** Characters a line holds in the portrait text column, counted low. */
  readonly perLine: number;
}

/** h1 … h4-6 and body paragraphs, as style.ts sets them. */
const HEADING: Readonly<Record<number, TextStyle>> = {
  1: { size: 21, lineHeight: 1.25, around: 6 + 3 + 1.2, perLine: 38 },
  2: { size: 13.5, lineHeight: 1.25, around: 7 + 2.5 + 2 + 0.3, perLine: 60 },
  3: { size: 11, lineHeight: 1.25, around: 5 + 2, perLine: 72 },
};
const MINOR_HEADING: TextStyle = { size: 9.5, lineHeight: 1.25, around: 4 + 1.5, perLine: 85 };
const PARAGRAPH: TextStyle = { size: 9.5, lineHeight: 1.5, around: 2.4, perLine: 85 };
/** The rule (`<hr>`) some sections open with: its top margin. */
const RULE_MM = 3;
/** Slack for what the estimate does not model (a line breaking early on a long word). */
const SLACK_MM = 4;

function heightMm(style: TextStyle, text: string): number {
  const lines = Math.max(1, Math.ceil(text.length / style.perLine));
  return lines * style.size * style.lineHeight * MM_PER_PT + style.around;
}

export type LeadPart =
  | { readonly kind: 'heading'; readonly depth: number; readonly text: string; readonly rule: boolean }
  | { readonly kind: 'paragraph'; readonly text: string };

/** The height of headings and a sentence printed one after another, in CSS px (0 for none). */
export function leadHeight(parts: readonly LeadPart[]): number {
  if (parts.length === 0) return 0;
  const mm = parts.reduce((sum, part) => {
    if (part.kind === 'paragraph') return sum + heightMm(PARAGRAPH, part.text);
    const style = HEADING[part.depth] ?? MINOR_HEADING;
    return sum + heightMm(style, part.text) + (part.rule ? RULE_MM : 0);
  }, SLACK_MM);
  return mm * PX_PER_MM;
}
