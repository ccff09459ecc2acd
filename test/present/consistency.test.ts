// One fact, one reading: on every example spec, the date, the pattern's name,
// the platform's name and the component count read the same in the markdown
// documents, the PDF (as pdftotext extracts it) and the deck (slides and notes).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSpec, compile } from '../../src/index.js';
import { present, type Presentation } from '../../src/present/index.js';
import { slugify } from '../../src/model/slug.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SPECS = readdirSync(join(ROOT, 'specs'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** Other names a platform goes by, which no artifact may use beside its display name. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  'aws-bedrock': ['AWS Bedrock'],
  'azure-openai': ['Azure OpenAI Service'],
};

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function deckText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = Object.keys(zip.files)
    .filter((n) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(n))
    .sort();
  const xml = await Promise.all(parts.map((n) => zip.file(n)!.async('string')));
  return xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join(' ')).join('\n');
}

/** The documents' prose: mermaid sources (whose Gantt needs ISO dates) left out. */
function markdownText(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^(`{3,})mermaid\n[\s\S]*?^\1$/gm, ''))
    .join('\n');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/\\/g, '');

interface Built {
  readonly spec: string;
  readonly p: Presentation;
  readonly recommendation: string;
  readonly isoDate: string | undefined;
  readonly artifacts: Readonly<Record<'markdown' | 'pdf' | 'deck', string>>;
}

describe('every artifact of every example spec reads the same facts', () => {
  let out = '';
  const built: Built[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'aiarch-present-'));
    const files = SPECS.map((f) => join(ROOT, 'specs', f));
    const result = await compile(files, { out, formats: ['md', 'svg', 'pdf', 'pptx'], cache: false });
    expect(result.specs.map((s) => [s.file, s.ok])).toEqual(files.map((f) => [f, true]));
    for (const file of files) {
      const analyzed = analyzeSpec(file);
      if (!analyzed.ok) throw new Error(`${file} does not load`);
      const dir = join(out, slugify(analyzed.model.spec.client.name));
      const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'enterprise-architecture-proposal.pdf'), '-'], { encoding: 'utf8' });
      built.push({
        spec: file,
        p: present(analyzed.model),
        recommendation: analyzed.model.recommendation,
        isoDate: analyzed.model.spec.client.date,
        artifacts: { markdown: squash(markdownText(dir)), pdf: squash(pdf), deck: squash(await deckText(join(dir, 'executive-deck.pptx'))) },
      });
    }
  }, 600_000);

  afterAll(() => {
    if (out !== '') rmSync(out, { recursive: true, force: true });
  });

  it('the client date in one format, never ISO or month-first', () => {
    for (const b of built) {
      expect(b.p.date, b.spec).not.toBeNull();
      const [y, m, d] = (b.isoDate ?? '').split('-').map(Number) as [number, number, number];
      const monthFirst = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
      for (const [kind, text] of Object.entries(b.artifacts)) {
        expect(text, `${b.spec} ${kind}`).toContain(b.p.date!);
        expect(text, `${b.spec} ${kind}`).not.toContain(b.isoDate!);
        expect(text, `${b.spec} ${kind}`).not.toContain(monthFirst);
      }
      // No date of any kind is left in ISO form in the documents' prose or on the slides.
      expect(b.artifacts.markdown.match(/\b\d{4}-\d{2}-\d{2}\b/g), b.spec).toBeNull();
      expect(b.artifacts.deck.match(/\b\d{4}-\d{2}-\d{2}\b/g), b.spec).toBeNull();
    }
  });

  it('the pattern by its course name, never its raw id', () => {
    for (const b of built) {
      const { id, name } = b.p.pattern;
      // Where an artifact names the pattern, it uses the name; a hyphenated id never shows
      // (a one-word id such as "queue" is also an ordinary word of the spec's prose).
      const labelled = /(?:Deployment pattern:\*\*|\bPattern:)\s*([\w-]+)/g;
      const raw = new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'i');
      for (const [kind, text] of Object.entries(b.artifacts)) {
        expect(text.toLowerCase(), `${b.spec} ${kind}`).toContain(name.toLowerCase());
        for (const m of text.matchAll(labelled)) expect(m[1]!.toLowerCase(), `${b.spec} ${kind}: ${m[0]}`).toBe(/^[\w-]+/.exec(name)![0].toLowerCase());
        if (id.includes('-')) expect(text, `${b.spec} ${kind}`).not.toMatch(raw);
      }
    }
  });

  it('the recommended platform by one name', () => {
    for (const b of built) {
      for (const [kind, text] of Object.entries(b.artifacts)) {
        expect(text, `${b.spec} ${kind}`).toContain(b.p.platform);
        for (const alias of ALIASES[b.recommendation] ?? []) expect(text, `${b.spec} ${kind}`).not.toContain(alias);
      }
    }
  });

  it('one component count', () => {
    for (const b of built) {
      for (const [kind, text] of Object.entries(b.artifacts)) {
        const counts = [...text.matchAll(/\b(\d+) components?\b/g)].map((m) => `${m[1]} component${m[1] === '1' ? '' : 's'}`);
        expect(counts.length, `${b.spec} ${kind}`).toBeGreaterThan(0);
        expect(new Set(counts), `${b.spec} ${kind}`).toEqual(new Set([b.p.componentCount]));
      }
    }
  });
});
