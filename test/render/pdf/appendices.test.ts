// The bound PDF's appendices: the five documents, then Sources (lifted out of
// the cost model), then a draft's author notes last.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.js';
import { buildModel } from '../../../src/model/build.js';
import { authorNotesDocument } from '../../../src/render/document/author-notes.js';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { bodyParts } from '../../../src/render/pdf/document.js';
import { loadSpec } from '../../../src/spec/load.js';

describe('the appendices of the bound PDF', () => {
  it('close with Sources, and a draft with its author notes after them', () => {
    const path = 'specs/kestrel-drivetrain.yaml';
    const loaded = loadSpec(path, readFileSync(new URL(`../../../${path}`, import.meta.url)));
    if (loaded.spec === null) throw new Error(`${path} does not validate`);
    const model = buildModel(loaded.spec, loadCatalog());
    const diagrams = renderDiagramSources(model);
    const trees = renderDocuments(model, diagrams).map((d) => d.tree);
    const titles = (docs: typeof trees) =>
      bodyParts(model, docs, diagrams, null)
        .headings.filter((h) => h.depth === 1 && h.text.startsWith('Appendix'))
        .map((h) => h.text);
    expect(titles(trees).at(-1)).toBe('Appendix F — Sources');
    // The cost model keeps no Sources section of its own in the PDF: Sources is printed once.
    const headings = bodyParts(model, trees, diagrams, null).headings;
    expect(headings.filter((h) => h.text.endsWith('Sources')).map((h) => h.depth)).toEqual([1]);
    const draft = titles([...trees, authorNotesDocument(['a note'], [])]);
    expect(draft.slice(-2)).toEqual(['Appendix F — Sources', 'Appendix G — Draft — author notes']);
  });
});
