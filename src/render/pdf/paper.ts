// Paper sizes and the margins the body pages print with. The header and
// footer templates are drawn inside the top and bottom margins.
export type Paper = 'a4' | 'letter';

export interface PaperSize {
  readonly format: 'A4' | 'Letter';
  readonly widthMm: number;
  readonly heightMm: number;
}

export const PAPER: Readonly<Record<Paper, PaperSize>> = {
  a4: { format: 'A4', widthMm: 210, heightMm: 297 },
  letter: { format: 'Letter', widthMm: 215.9, heightMm: 279.4 },
};

export const MARGIN = { top: '24mm', bottom: '20mm', left: '20mm', right: '20mm' } as const;
