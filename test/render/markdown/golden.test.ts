// The six documents of the reference spec against golden files.
// UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { fixtureDiagrams, modelOf, referenceSpec } from './helpers.js';

const GOLDEN = new URL('golden/', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden documents (reference spec)', () => {
  const docs = renderDocuments(modelOf(referenceSpec()), fixtureDiagrams());
  if (update) mkdirSync(GOLDEN, { recursive: true });
  for (const doc of docs) {
    it(`${doc.name}.md matches its golden file`, () => {
      const file = new URL(`${doc.name}.md`, GOLDEN);
      if (update) writeFileSync(file, doc.markdown);
      expect(existsSync(file), `missing golden ${doc.name}.md: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(doc.markdown).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('embeds the real diagram sources verbatim', () => {
    const model = modelOf(referenceSpec());
    const diagrams = renderDiagramSources(model);
    const proposal = renderDocuments(model, diagrams).find((d) => d.name === 'enterprise-architecture-proposal')!.markdown;
    for (const name of ['reference-architecture', 'weighted-scores', 'cost-projection', 'deployment-roadmap'] as const) {
      const source = diagrams.find((d) => d.name === name)!.source.replace(/\n+$/, '');
      expect(proposal).toContain(`mermaid\n${source}\n`);
    }
  });
});
