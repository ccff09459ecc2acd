// What the client documents leave out or assume, for `aiarch check`: the
// documents are built (in memory, no diagrams, no browser) and their gaps located in the
// spec, so the check lists exactly what rubric.md and the --draft PDF list.
import type { DocumentGapEntry } from '../check/types.js';
import { distinctGaps } from '../render/markdown/gaps.js';
import { outlineDocuments } from '../render/markdown/index.js';
import { DIAGRAM_NAMES } from '../render/types.js';
import { toPointer } from '../spec/pointer.js';
import type { AnalyzedSpec } from './analyze.js';

/**
 * A gap's field path ("costs.usage.peak.hours", "deployment.phases[1].scope",
 * "architecture.components[].cost") as a JSON pointer to the part of the spec
 * that holds it: "[]" (any item) stops at the list.
 */
export function gapPointer(path: string): string {
  const segments: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d*\])*)$/.exec(part);
    if (match === null) {
      segments.push(part);
      continue;
    }
    if (match[1] !== '') segments.push(match[1] ?? '');
    for (const index of (match[2] ?? '').matchAll(/\[(\d*)\]/g)) {
      if (index[1] === '') return toPointer(segments);
      segments.push(Number(index[1]));
    }
  }
  return toPointer(segments);
}

export function documentGaps(analyzed: AnalyzedSpec): DocumentGapEntry[] {
  // Every diagram is generated in a build, and its source is not needed to find the gaps.
  const documents = outlineDocuments(
    analyzed.model,
    DIAGRAM_NAMES.map((name) => ({ name })),
  );
  return distinctGaps(documents).map(({ gap, titles }) => {
    const { line, column, file } = analyzed.source.locate(gapPointer(gap.path));
    return {
      what: gap.what,
      path: gap.path,
      assumed: gap.assumed,
      documents: titles,
      line,
      column,
      ...(file === undefined || file === analyzed.source.file ? {} : { file }),
    };
  });
}

/** The analysis with its check report listing the documents' gaps. */
export function withDocumentGaps(analyzed: AnalyzedSpec): AnalyzedSpec {
  return { ...analyzed, report: { ...analyzed.report, documentGaps: documentGaps(analyzed) } };
}
