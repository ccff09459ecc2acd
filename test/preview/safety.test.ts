// The preview's two walls without a browser: request paths are decoded one
// segment at a time and refused on any dot segment or separator, and the
// documents' markdown never becomes live markup.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BadPathError, fileUnder, pathSegments } from '../../src/preview/http/paths.js';
import { documentHtml } from '../../src/preview/markdown.js';
import { slideParagraphs } from '../../src/preview/deck-text.js';

describe('request paths', () => {
  it('decodes each segment', () => {
    expect(pathSegments('/')).toEqual([]);
    expect(pathSegments('/out/acme/diagrams/x.svg')).toEqual(['out', 'acme', 'diagrams', 'x.svg']);
    expect(pathSegments('/out/acme%20co/a.pdf')).toEqual(['out', 'acme co', 'a.pdf']);
  });

  it.each([
    '/../etc/passwd',
    '/out/../x',
    '/out/./x',
    '/out/%2e%2e/x',
    '/out/%2E%2e/x',
    '/out/a%2f..%2fb',
    '/out/a%5c..%5cb',
    '/out//x',
    '/out/.aiarch-cache/k',
    '/out/a%00.pdf',
    '/out/%E0%A4%A',
    'out/x',
  ])('refuses %s', (path) => {
    expect(() => pathSegments(path)).toThrow(BadPathError);
  });

  const root = mkdtempSync(join(tmpdir(), 'aiarch-paths-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('resolves only files that stay under the root, also through symlinks', () => {
    mkdirSync(join(root, 'out', 'acme'), { recursive: true });
    writeFileSync(join(root, 'out', 'acme', 'a.pdf'), '%PDF');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    symlinkSync(join(root, 'secret.txt'), join(root, 'out', 'acme', 'link.pdf'));
    expect(fileUnder(join(root, 'out'), ['acme', 'a.pdf'])).toBe(join(root, 'out', 'acme', 'a.pdf'));
    expect(fileUnder(join(root, 'out'), ['acme', 'link.pdf'])).toBeNull();
    expect(fileUnder(join(root, 'out'), ['acme', 'missing.pdf'])).toBeNull();
    expect(fileUnder(join(root, 'out'), [])).toBeNull();
  });
});

describe('documents as HTML', () => {
  const html = (markdown: string): string => documentHtml({ name: 'cost-model', title: 'Cost model', markdown }, [], ['cost-model', 'deployment-strategy']);

  it('prints raw HTML as text', () => {
    const out = html('<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> b <iframe src="/etc/passwd"></iframe>\n');
    expect(out).not.toMatch(/<(script|img|iframe)\b/);
    expect(out).toContain('&lt;script&gt;');
  });

  it('keeps only https links and links to the other documents', () => {
    const out = html(
      '[a](javascript:alert(1)) [b](http://example.com) [c](https://example.com) [d](deployment-strategy.md) [e](../../etc/passwd) ![i](https://example.com/x.png)',
    );
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('href="http://');
    expect(out).toContain('<a href="https://example.com" rel="noopener noreferrer">c</a>');
    expect(out).toContain('<a href="#doc-deployment-strategy">d</a>');
    expect(out).not.toContain('etc/passwd"');
    expect(out).not.toMatch(/<img\b/);
  });
});

describe('slide text', () => {
  it('reads paragraphs and decodes entities', () => {
    const xml =
      '<p:sp><a:p><a:r><a:t>Risks &amp; mitigations</a:t></a:r></a:p><a:p><a:r><a:t>A </a:t></a:r><a:r><a:t>&lt;b&gt;</a:t></a:r></a:p><a:p></a:p></p:sp>';
    expect(slideParagraphs(xml)).toEqual(['Risks & mitigations', 'A <b>']);
  });
});
