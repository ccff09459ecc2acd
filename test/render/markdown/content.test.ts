// Properties every document of every spec must have: no template placeholder,
// no leaked "undefined"/"NaN", no empty table, diagrams embedded as given.
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import { DIAGRAM_NAMES, type DiagramName } from '../../../src/render/types.js';
import { allSpecs, fixtureDiagrams, modelOf, referenceSpec } from './helpers.js';

// The course templates' placeholders: "[Name]", "$X", "X.X", "/10".
const PLACEHOLDERS: readonly RegExp[] = [/(?<![\\\]])\[(?!\s\])[^\]\n]+\](?!\()/, /\$X/, /\bX\.X\b/, /\/10\b/, /\bundefined\b/, /\bNaN\b/, /\[object Object\]/];

const USES: Readonly<Record<string, readonly DiagramName[]>> = {
  'platform-comparison-analysis': ['decision-tree', 'weighted-scores'],
  'security-architecture-design': ['network-architecture', 'defense-in-depth'],
  'cost-model': ['cost-projection'],
  'deployment-strategy': ['deployment-pipeline', 'deployment-roadmap'],
  'operations-runbook': ['reference-architecture', 'incident-workflow'],
  'enterprise-architecture-proposal': ['reference-architecture', 'weighted-scores', 'cost-projection', 'deployment-roadmap'],
};

describe('document content', () => {
  for (const { file, spec } of allSpecs()) {
    it(`${file}: no placeholder, no empty table`, () => {
      let separators = 0;
      for (const doc of renderDocuments(modelOf(spec), fixtureDiagrams())) {
        for (const pattern of PLACEHOLDERS) expect(doc.markdown.match(pattern)?.[0] ?? null, `${doc.name} ${pattern}`).toBeNull();
        const lines = doc.markdown.split('\n');
        lines.forEach((line, i) => {
          // A table's separator row must be followed by at least one body row.
          if (/^\|( -{3}:? \|)+$/.test(line)) {
            separators++;
            expect(lines[i + 1]?.startsWith('|'), `${doc.name}:${i + 2}`).toBe(true);
          }
        });
      }
      expect(separators).toBeGreaterThan(0);
    });
  }

  it('the placeholder scan catches the course template forms', () => {
    const hits = ['- Model options: [List applicable models]', 'Per-request pricing: $X', '| **Weighted Score** | 100% | X.X |', '| Model fit | 25% | /10 |'];
    for (const line of hits)
      expect(
        PLACEHOLDERS.some((p) => p.test(line)),
        line,
      ).toBe(true);
    for (const line of ['See [Cost Model](./cost-model.md).', '- [ ] Approve', 'a \\[x\\] b'])
      expect(
        PLACEHOLDERS.some((p) => p.test(line)),
        line,
      ).toBe(false);
  });

  it('embeds exactly the diagrams each document uses, as mermaid fences', () => {
    const diagrams = fixtureDiagrams();
    for (const doc of renderDocuments(modelOf(referenceSpec()), diagrams)) {
      const embedded = DIAGRAM_NAMES.filter((n) => doc.markdown.includes('```mermaid\n' + diagrams.find((d) => d.name === n)!.source + '\n```'));
      expect([...embedded].sort(), doc.name).toEqual([...USES[doc.name]!].sort());
    }
  });

  it('shows no roadmap chart when the proposal has no phases', () => {
    const spec = referenceSpec();
    const sparse = { ...spec, deployment: { ...spec.deployment, phases: [] } } as typeof spec;
    for (const doc of renderDocuments(modelOf(sparse), fixtureDiagrams())) {
      expect(JSON.stringify(doc.tree), doc.name).not.toContain('"diagram":"deployment-roadmap"');
    }
    const withPhases = renderDocuments(modelOf(spec), fixtureDiagrams());
    expect(withPhases.filter((d) => JSON.stringify(d.tree).includes('"diagram":"deployment-roadmap"'))).toHaveLength(2);
  });

  it('says so in one sentence when a diagram is missing', () => {
    const docs = renderDocuments(modelOf(referenceSpec()), fixtureDiagrams(DIAGRAM_NAMES.filter((n) => n !== 'cost-projection')));
    const cost = docs.find((d) => d.name === 'cost-model')!.markdown;
    expect(cost).not.toContain('```mermaid');
    expect(cost).toContain('The cost projection diagram was not generated for this build, so it is not shown here.');
    expect(docs.find((d) => d.name === 'deployment-strategy')!.markdown).toContain('```mermaid');
  });

  it('survives a diagram source containing a backtick fence', () => {
    const diagrams = fixtureDiagrams().map((d) => (d.name === 'cost-projection' ? { ...d, source: 'flowchart LR\n  a["```"] --> b' } : d));
    const cost = renderDocuments(modelOf(referenceSpec()), diagrams).find((d) => d.name === 'cost-model')!.markdown;
    expect(cost).toContain('````mermaid\nflowchart LR\n  a["```"] --> b\n````');
  });

  it('returns the six documents in DOCUMENT_NAMES order with their titles as H1', () => {
    const docs = renderDocuments(modelOf(referenceSpec()), fixtureDiagrams());
    expect(docs.map((d) => d.name)).toEqual(Object.keys(USES));
    for (const d of docs) expect(d.markdown.startsWith(`# ${d.title}\n`)).toBe(true);
  });

  it('a tie reads as a tie, never as a lead or a stable ranking', () => {
    const spec = referenceSpec();
    const five = Object.fromEntries(Object.keys(spec.platforms.weights).map((k) => [k, 5]));
    for (const c of Object.values(spec.platforms.candidates)) c!.scores = { ...five };
    const doc = renderDocuments(modelOf(spec), fixtureDiagrams()).find((d) => d.name === 'platform-comparison-analysis')!.markdown;
    expect(doc).toMatch(/is recommended with a weighted score of 5\.0, level with .+ \(5\.0\): the scores do not decide between them/);
    expect(doc).toContain('The ranking is not decided by the scores');
    expect(doc).not.toMatch(/0\.0 points ahead|The ranking is stable/);
  });

  it('is deterministic: two renders are byte-identical', () => {
    const spec = referenceSpec();
    expect(renderDocuments(modelOf(spec), fixtureDiagrams())).toEqual(renderDocuments(modelOf(spec), fixtureDiagrams()));
  });
});
