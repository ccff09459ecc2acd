import { describe, expect, it } from 'vitest';
import { prepareSpec, type PreparedSpec } from '../../src/compile/prepare.js';
import { COMMENT_LIMIT, hasChanges, markerLine, reviewComment } from '../../src/diff/comment.js';
import { compareSpecs, type SpecDiff } from '../../src/diff/compare.js';
import { diffMarkdown } from '../../src/diff/format.js';
import { evaluateGates } from '../../src/diff/gates.js';
import { addCacheRemovePii, northwindText as text } from '../support/spec-edits.js';

function prepared(source: string): PreparedSpec {
  const p = prepareSpec('spec.yaml', source);
  if (!p.ok) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return p;
}

const before = prepared(text);
const edit = compareSpecs(before, prepared(addCacheRemovePii(text)));
const same = compareSpecs(before, before);
const copies = (n: number): SpecDiff[] => Array.from({ length: n }, (_, i) => ({ ...edit, file: `specs/client-${String(i).padStart(3, '0')}.yaml` }));

describe('review comment', () => {
  it('starts with the hidden marker, lists changed specs in full and unchanged ones in a line', () => {
    const comment = reviewComment([edit, { ...same, file: 'specs/other.yaml' }], { against: 'origin/main' });
    expect(comment.startsWith('<!-- aiarch-review -->\n')).toBe(true);
    expect(comment).toContain('Compared with `origin/main`: 1 spec changed, 1 unchanged.');
    expect(comment).toContain(diffMarkdown(edit));
    expect(comment).toContain('Unchanged: `specs/other.yaml`.');
    expect(comment).not.toContain('### Northwind Health\n\n`specs/other.yaml`');
    expect(markerLine('ci --> x')).toBe('<!-- ci-----x -->');
  });

  it('has something to post when a spec changed, was removed or does not load', () => {
    expect(hasChanges([same], {})).toBe(false);
    expect(hasChanges([same, edit], {})).toBe(true);
    expect(hasChanges([same], { removed: ['specs/gone.yaml'] })).toBe(true);
    expect(hasChanges([], { broken: [{ file: 'x.yaml', errors: 1, first: 'AIA101 YAML syntax error' }] })).toBe(true);
    expect(reviewComment([same], { against: 'main' })).toContain('No spec changed against `main`.');
  });

  it('says which gates passed or failed', () => {
    const failures = evaluateGates([edit], { maxCostIncreasePercent: 1 });
    const failed = reviewComment([edit], { against: 'main', gates: { asked: { maxCostIncreasePercent: 1 }, failures } });
    expect(failed).toContain('**Gates failed** (1)\n\n- spec.yaml: year-1 cost rises 5.8%, over the 1% limit (--fail-on-cost-increase)');
    const passed = reviewComment([edit], { against: 'main', gates: { asked: { maxCostIncreasePercent: 10, minRubric: 14 }, failures: [] } });
    expect(passed).toContain('**Gates passed**: year-1 cost rises at most 10%; rubric total at least 14 of 20; no new error findings.');
  });

  it('drops diagrams, last spec first, to stay under the limit', () => {
    const whole = diffMarkdown(edit).length;
    const diffs = copies(Math.ceil(COMMENT_LIMIT / whole) + 2);
    const comment = reviewComment(diffs, { against: 'main' });
    expect(Buffer.byteLength(comment)).toBeLessThan(COMMENT_LIMIT);
    // Every spec keeps its words; the first keeps its diagrams, the last loses them.
    for (const d of diffs) expect(comment).toContain(`\`${d.file}\``);
    expect(comment.split('- data layer: removed control PII redaction').length - 1).toBe(diffs.length);
    expect(comment.indexOf('<details>')).toBeLessThan(comment.indexOf('_Diagrams left out'));
    expect(comment.trimEnd().endsWith("_Diagrams left out to keep this comment under GitHub's 65,536-character limit; run `aiarch diff` for them._")).toBe(
      true,
    );
    expect(comment).not.toContain('**Truncated**');
  });

  it('cuts at a line and says so when even the words are too long', () => {
    const diffs = copies(200);
    const comment = reviewComment(diffs, { against: 'origin/main' });
    expect(Buffer.byteLength(comment)).toBeLessThan(COMMENT_LIMIT);
    expect(Buffer.byteLength(comment)).toBeGreaterThan(COMMENT_LIMIT - 2000);
    expect(comment).not.toContain('<details>');
    expect(comment.trimEnd().endsWith('run `aiarch diff --base origin/main --format markdown` for the whole change.')).toBe(true);
    expect(comment.startsWith('<!-- aiarch-review -->')).toBe(true);
    expect(comment).not.toContain('specs/client-199.yaml');
  });

  it('counts bytes, so text in any script stays under the character limit', () => {
    const wide = { ...edit, client: '診療記録'.repeat(50) };
    const comment = reviewComment(
      Array.from({ length: 400 }, (_, i) => ({ ...wide, file: `s${i}.yaml` })),
      { against: 'main', maxBytes: 20_000 },
    );
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(20_000);
  });
});
