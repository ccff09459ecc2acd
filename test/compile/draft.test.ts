// `aiarch build --draft`: the deck and the PDF say draft on every page and end
// with the author notes; a build without it has neither.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild, ROOT, runCli } from '../support/cli.js';
import { slides, textOf, xmlParts } from '../render/pptx/helpers.js';

const SPEC = join(ROOT, 'specs/northwind-health.yaml');

function build(flags: readonly string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'aiarch-draft-'));
  const run = runCli(['build', SPEC, '-o', out, '--no-cache', ...flags]);
  expect(run.code, run.stderr).toBe(0);
  return join(out, 'northwind-health');
}

async function deckText(dir: string): Promise<{ slides: string[]; all: string }> {
  const parts = await xmlParts(readFileSync(join(dir, 'executive-deck.pptx')));
  return { slides: slides(parts).map(textOf), all: parts.map((p) => p.text).join('\n') };
}

describe('--draft', () => {
  requireBuild();

  it('marks the deck and closes it with what the author should still add', async () => {
    const draft = await deckText(build(['--only', 'pptx', '--draft']));
    const final = await deckText(build(['--only', 'pptx']));
    expect(draft.all).toContain('DRAFT');
    expect(final.all).not.toContain('DRAFT');
    const last = draft.slides[draft.slides.length - 1]!;
    expect(last).toContain('Draft: author notes');
    // Northwind loses points for its copied scaling numbers and a one-sentence summary: the notes name both.
    expect(draft.slides.filter((s) => s.includes('Draft: author notes')).join(' ')).toMatch(/Proposal Quality point 1/);
    expect(draft.slides.length).toBeGreaterThan(final.slides.length);
  });

  it('marks every PDF page and adds the author notes as the last appendix', () => {
    const dir = build(['--only', 'pdf', '--draft']);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'enterprise-architecture-proposal.pdf'), '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim().length > 0);
    // The cover has no running header; every body page does.
    for (const page of pages.slice(1)) expect(page).toContain('DRAFT — not for distribution');
    expect(text).toMatch(/Appendix [A-Z] — Draft — author notes/);
  });
});
