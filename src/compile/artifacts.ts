// Turns one spec's renders into the files of its output folder, by format.
import { textArtifact, type Artifact } from '../output/artifact.js';
import type { DiagramImage, OutputFormat } from '../render/types.js';
import type { PreparedSpec } from './prepare.js';

export const PDF_FILE = 'enterprise-architecture-proposal.pdf';
export const DECK_FILE = 'executive-deck.pptx';

export interface Renders {
  readonly images: readonly DiagramImage[] | null;
  readonly pdf: Uint8Array | null;
  readonly deck: Uint8Array | null;
}

/** Paths a format would produce for this spec; used to keep the files of skipped formats. */
export function pathsOf(prepared: PreparedSpec, format: OutputFormat): string[] {
  switch (format) {
    case 'md':
      return [...prepared.documents, ...prepared.extras].map((d) => `${d.name}.md`);
    case 'mmd':
    case 'svg':
    case 'png':
      return prepared.diagrams.map((d) => `diagrams/${d.name}.${format}`);
    case 'pdf':
      return [PDF_FILE];
    case 'pptx':
      return [DECK_FILE];
  }
}

export function assembleArtifacts(prepared: PreparedSpec, formats: ReadonlySet<OutputFormat>, renders: Renders): Artifact[] {
  const out: Artifact[] = [];
  if (formats.has('md')) for (const d of [...prepared.documents, ...prepared.extras]) out.push(textArtifact(`${d.name}.md`, d.markdown));
  if (formats.has('mmd')) for (const d of prepared.diagrams) out.push(textArtifact(`diagrams/${d.name}.mmd`, d.source));
  for (const image of renders.images ?? []) {
    if (formats.has('svg')) out.push(textArtifact(`diagrams/${image.name}.svg`, image.svg));
    if (formats.has('png')) out.push({ path: `diagrams/${image.name}.png`, bytes: image.png });
  }
  if (formats.has('pdf') && renders.pdf) out.push({ path: PDF_FILE, bytes: renders.pdf });
  if (formats.has('pptx') && renders.deck) out.push({ path: DECK_FILE, bytes: renders.deck });
  return out;
}
