// The build pipeline end to end through the library API: one browser per run,
// an unchanged rebuild launches none, a failed spec leaves its previous
// output untouched, and without a browser everything else is still written.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, type FoundBrowser } from '../../src/browser/find.js';
import { openBrowser } from '../../src/browser/session.js';
import { compile, type CompileOptions } from '../../src/compile/index.js';
import { prepareSpec } from '../../src/compile/prepare.js';
import { createFormatter } from '../../src/format/numbers.js';
import { DIAGRAM_NAMES, DOCUMENT_NAMES } from '../../src/render/types.js';

const SPEC = new URL('../../specs/northwind-health.yaml', import.meta.url).pathname;

type Open = NonNullable<CompileOptions['openBrowser']>;

function counting(): { launches: number; blocked: string[]; open: Open } {
  const counter = {
    launches: 0,
    blocked: [] as string[],
    open: async (found: FoundBrowser) => {
      counter.launches += 1;
      const session = await openBrowser(found);
      counter.blocked = session.blockedRequests as string[];
      return session;
    },
  };
  return counter;
}

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d).sort()) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`);
      else files.set(prefix + entry, `${statSync(full).mtimeMs}:${readFileSync(full).toString('base64')}`);
    }
  };
  walk(dir, '');
  return files;
}

describe('compile with a browser', () => {
  const out = mkdtempSync(join(tmpdir(), 'aiarch-compile-'));
  const specDir = mkdtempSync(join(tmpdir(), 'aiarch-specs-'));
  const spec = join(specDir, 'northwind.yaml');
  let first: Awaited<ReturnType<typeof compile>>;
  let firstLaunches = 0;
  let firstBlocked: string[] = [];

  beforeAll(async () => {
    // Fails, not skips, on a machine without Chromium: CI installs it.
    expect(findBrowser({ env: process.env }), 'Chromium is required for this test').not.toBeNull();
    copyFileSync(SPEC, spec);
    const counter = counting();
    first = await compile([spec], { out, openBrowser: counter.open });
    firstLaunches = counter.launches;
    firstBlocked = counter.blocked;
  }, 180_000);

  it('writes every artifact of the spec with one browser launch', () => {
    expect(first.specs.map((s) => [s.ok, s.skipped])).toEqual([[true, []]]);
    expect(firstLaunches).toBe(1);
    // The diagram and PDF pages refuse anything but their own content; none was even attempted.
    expect(firstBlocked).toEqual([]);
    expect(first.browserLaunched).toBe(true);
    const dir = join(out, 'northwind-health');
    const files = new Set(snapshot(dir).keys());
    for (const name of DOCUMENT_NAMES) expect(files).toContain(`${name}.md`);
    for (const name of DIAGRAM_NAMES) for (const ext of ['mmd', 'svg', 'png']) expect(files).toContain(`diagrams/${name}.${ext}`);
    for (const extra of ['enterprise-architecture-proposal.pdf', 'executive-deck.pptx', 'rubric.md', 'deployment-checklist.md']) expect(files).toContain(extra);
    expect(readFileSync(join(dir, 'enterprise-architecture-proposal.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows the same year-1 total in the markdown, the PDF and the deck', async () => {
    const prepared = prepareSpec(SPEC);
    if (!prepared.ok) throw new Error('reference spec failed');
    const year1 = createFormatter(prepared.model.currency).moneyWhole(prepared.model.year1.total);
    const dir = join(out, 'northwind-health');
    expect(readFileSync(join(dir, 'cost-model.md'), 'utf8')).toContain(year1);
    expect(readFileSync(join(dir, 'enterprise-architecture-proposal.md'), 'utf8')).toContain(year1);
    const pdfText = execFileSync('pdftotext', ['-layout', join(dir, 'enterprise-architecture-proposal.pdf'), '-']).toString();
    expect(pdfText).toContain(year1);
    const deck = await JSZip.loadAsync(readFileSync(join(dir, 'executive-deck.pptx')));
    const slides = await Promise.all(
      Object.keys(deck.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => deck.file(f)!.async('string')),
    );
    expect(slides.join('\n')).toContain(year1);
  });

  it('launches no browser and rewrites nothing on an unchanged rebuild', async () => {
    const before = snapshot(join(out, 'northwind-health'));
    const counter = counting();
    const again = await compile([spec], { out, openBrowser: counter.open });
    expect(counter.launches).toBe(0);
    expect(again.specs[0]?.written).toEqual([]);
    expect(snapshot(join(out, 'northwind-health'))).toEqual(before);
  });

  it('leaves the previous output as it was when the spec turns invalid', async () => {
    const before = snapshot(join(out, 'northwind-health'));
    writeFileSync(spec, readFileSync(SPEC, 'utf8').replace('modelFit: 25', 'modelFit: 35'));
    const counter = counting();
    const broken = await compile([spec], { out, openBrowser: counter.open });
    expect(broken.specs[0]?.ok).toBe(false);
    expect(broken.specs[0]?.diagnostics.map((d) => d.code)).toContain('AIA304');
    expect(counter.launches).toBe(0);
    expect(snapshot(join(out, 'northwind-health'))).toEqual(before);
  });
});

describe('compile without a browser', () => {
  it('writes markdown, Mermaid and the deck, and names what it skipped', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aiarch-nobrowser-'));
    const result = await compile([SPEC], { out, cache: false, findBrowser: () => null });
    expect(result.skippedForBrowser).toEqual(['svg', 'png', 'pdf']);
    expect(result.specs[0]?.ok).toBe(true);
    expect(result.specs[0]?.skipped).toEqual(['svg', 'png', 'pdf']);
    const files = readdirSync(join(out, 'northwind-health'));
    expect(files).toContain('executive-deck.pptx');
    expect(files).not.toContain('enterprise-architecture-proposal.pdf');
    expect(readdirSync(join(out, 'northwind-health', 'diagrams')).every((f) => f.endsWith('.mmd'))).toBe(true);
  });

  it('builds byte-identical markdown, Mermaid and deck twice', async () => {
    const a = mkdtempSync(join(tmpdir(), 'aiarch-det-a-'));
    const b = mkdtempSync(join(tmpdir(), 'aiarch-det-b-'));
    const options = { cache: false, findBrowser: () => null, formats: ['md', 'mmd', 'pptx'] as const };
    await compile([SPEC], { ...options, formats: [...options.formats], out: a });
    await compile([SPEC], { ...options, formats: [...options.formats], out: b });
    const read = (root: string) => [...snapshot(join(root, 'northwind-health')).entries()].map(([k, v]) => [k, v.split(':')[1]]);
    expect(read(a)).toEqual(read(b));
  });

  it('reports an output folder it cannot write as AIA502', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aiarch-blocked-'));
    writeFileSync(join(out, 'northwind-health'), 'a file where the folder should go');
    const result = await compile([SPEC], { out, findBrowser: () => null, formats: ['md'] });
    expect(result.specs[0]?.ok).toBe(false);
    expect(result.specs[0]?.diagnostics.map((d) => d.code)).toEqual(['AIA502']);
    expect(readFileSync(join(out, 'northwind-health'), 'utf8')).toBe('a file where the folder should go');
  });

  it('keeps going after a broken spec and reports it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiarch-mixed-'));
    copyFileSync(SPEC, join(dir, 'a-good.yaml'));
    writeFileSync(join(dir, 'b-broken.yaml'), 'version: 1\nclient: [\n');
    const out = mkdtempSync(join(tmpdir(), 'aiarch-mixed-out-'));
    const result = await compile([dir], { out, findBrowser: () => null, formats: ['md'] });
    expect(result.specs.map((s) => s.ok)).toEqual([true, false]);
    expect(result.specs[1]?.diagnostics[0]?.code).toMatch(/^AIA1/);
  });
});

describe('compile with extends', () => {
  it('finds a base next to the spec whatever name diagnostics give it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aiarch-extends-'));
    const student = new URL('../../examples/class/student-a.yaml', import.meta.url).pathname;
    const result = await compile([student], { out, findBrowser: () => null, formats: ['md'], displayName: () => 'elsewhere/student-a.yaml' });
    expect(result.specs.map((s) => [s.file, s.ok])).toEqual([['elsewhere/student-a.yaml', true]]);
  });

  it('builds the specs of a class folder and not their abstract base', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aiarch-class-'));
    const result = await compile([new URL('../../examples/class/', import.meta.url).pathname], { out, findBrowser: () => null, formats: ['md'] });
    expect(result.specs.map((s) => [s.file.split('/').pop(), s.ok])).toEqual([
      ['student-a.yaml', true],
      ['student-b.yaml', true],
    ]);
  });
});
