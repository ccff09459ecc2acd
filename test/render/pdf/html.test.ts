// The PDF's HTML comes from document trees: block structure only from the
// tree, inline text through marked's inline parser, and that output inert.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bullets, byline, callout, code, document, figure, paragraph, ruled, section, table } from '../../../src/render/document/build.js';
import type { Content } from '../../../src/render/document/build.js';
import { DIAGRAM_NOT_RENDERED, type HtmlContext, documentHtml, plainText } from '../../../src/render/pdf/html.js';
import type { DiagramImage, DiagramSource } from '../../../src/render/types.js';

const context = (images: readonly DiagramImage[] | null = null, diagrams: readonly DiagramSource[] = []): HtmlContext => ({
  diagrams,
  images,
  headings: [],
  counter: 0,
});

const doc = (...children: Content[]) => document('cost-model', 'Cost Model', children);

const SOURCE: DiagramSource = { name: 'reference-architecture', title: 'Reference architecture', source: 'flowchart LR\n  a --> b\n' };
const SVG =
  '<svg id="aiarch-ref" viewBox="0 0 10 10"><style>#aiarch-ref .node{fill:#fff}</style><marker id="aiarch-ref_arrow"/><path marker-end="url(#aiarch-ref_arrow)"/></svg>';
const IMAGE: DiagramImage = { name: 'reference-architecture', svg: SVG, png: new Uint8Array(), width: 10, height: 10 };

describe('documentHtml', () => {
  it('escapes raw HTML in inline text', () => {
    const html = documentHtml(
      doc('<iframe src="../../etc/hostname"></iframe>', 'Text <script>alert(1)</script> and <meta http-equiv="refresh" content="0">.'),
      context(),
    );
    expect(html).not.toMatch(/<iframe|<script|<meta/);
    expect(html).toContain('&lt;iframe src=&quot;../../etc/hostname&quot;&gt;&lt;/iframe&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps https links and turns every other link into its text', () => {
    const html = documentHtml(
      doc('[docs](https://example.com/a) [js](javascript:alert(1)) [rel](../x.md) [proto](//169.254.169.254/) [file](file:///etc/passwd)'),
      context(),
    );
    expect(html).toContain('<a href="https://example.com/a">docs</a>');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).not.toMatch(/javascript:|169\.254|file:/);
    expect(html).toContain('js rel proto file');
  });

  it('never produces an image from markdown', () => {
    const html = documentHtml(doc('![x](//169.254.169.254/latest/meta-data/) ![y](data:image/png;base64,AAAA)'), context());
    expect(html).not.toContain('<img');
    expect(html).toContain('![x](//169.254.169.254/latest/meta-data/)');
  });

  it('takes block structure from the tree only: markdown blocks inside text stay text', () => {
    const html = documentHtml(doc('# not a heading', '- not a list', '| not | a table |', '```mermaid'), context());
    expect(html).not.toMatch(/<h2|<ul|<li|<table|<pre|<figure/);
    expect(html.match(/<p>/g)).toHaveLength(4);
    expect(html).toContain('<p># not a heading</p>');
  });

  it('prints tables, lists, bylines, callouts and code from their nodes', () => {
    const html = documentHtml(
      doc(
        byline([{ label: 'Client', value: 'A &amp; B' }]),
        table(['Item', 'Cost'], [['**AI**', '$1']], ['l', 'r']),
        bullets([{ text: 'Criteria:', list: { type: 'list', kind: 'checklist', items: [{ text: 'one' }] } }]),
        callout('Assumed', 'eight busy hours a day'),
        code('json', '{"a": "<b>"}'),
      ),
      context(),
    );
    expect(html).toContain('<p class="byline">Client: A &amp; B</p>');
    expect(html).toContain('<th align="right">Cost</th>');
    expect(html).toContain('<td><strong>AI</strong></td>');
    expect(html).toContain('<li>Criteria:<ul>\n<li><span class="checkbox"></span> one</li>\n</ul>\n</li>');
    expect(html).toContain('<blockquote>\n<p><strong>Assumed:</strong> eight busy hours a day</p>\n</blockquote>');
    expect(html).toContain('<pre><code>{&quot;a&quot;: &quot;&lt;b&gt;&quot;}</code></pre>');
  });

  it('draws each figure by name, ids prefixed per occurrence', () => {
    const fig = figure([SOURCE], 'reference-architecture', 'reference architecture');
    const html = documentHtml(doc(fig, fig), context([IMAGE], [SOURCE]));
    expect(html).not.toContain('flowchart LR');
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('id="d2-aiarch-ref"');
    expect(html).toContain('#d2-aiarch-ref .node{fill:#fff}');
    expect(html).toContain('url(#d2-aiarch-ref_arrow)');
    expect(html).toContain('id="d3-aiarch-ref_arrow"');
    expect(html).toContain('<figcaption>Reference architecture</figcaption>');
  });

  it('numbers figures across the bound documents and draws each only once', () => {
    const fig = figure([SOURCE], 'reference-architecture', 'reference architecture');
    const ctx: HtmlContext = { ...context([IMAGE], [SOURCE]), figures: new Map() };
    const first = documentHtml(doc(fig), ctx);
    const second = documentHtml(document('operations-runbook', 'Runbook', [fig]), ctx);
    expect(first).toContain('<figure class="diagram" id="figure-1">');
    expect(first).toContain('<figcaption>Figure 1. Reference architecture</figcaption>');
    expect(second).not.toContain('<svg');
    expect(second).toContain('<p class="figure-ref">See <a href="#figure-1">Figure 1</a>: Reference architecture.</p>');
  });

  it('finds a figure by its name even when two diagrams have the same source', () => {
    const twin: DiagramSource = { name: 'network-architecture', title: 'Network architecture', source: SOURCE.source };
    const twinImage: DiagramImage = { ...IMAGE, name: 'network-architecture', svg: SVG.replace('aiarch-ref', 'aiarch-net') };
    const diagrams = [SOURCE, twin];
    const html = documentHtml(doc(figure(diagrams, 'network-architecture', 'network')), context([IMAGE, twinImage], diagrams));
    expect(html).toContain('<figcaption>Network architecture</figcaption>');
    expect(html).toContain('aiarch-net');
    expect(html).not.toContain('Reference architecture');
  });

  it('prints a note instead of a diagram when there are no images', () => {
    const html = documentHtml(doc(figure([SOURCE], 'reference-architecture', 'reference architecture')), context(null, [SOURCE]));
    expect(html).toContain(DIAGRAM_NOT_RENDERED);
    expect(html).not.toContain('flowchart');
  });

  it('records headings with ids, replaces an appendix title and rules off sections', () => {
    const ctx = context();
    const tree = doc(ruled(section(2, 'Costs &amp; more', [section(3, 'Detail', ['text'])])));
    const html = documentHtml(tree, ctx, { title: 'Appendix C — Cost Model' });
    expect(html).toContain('<h1 id="h1">Appendix C — Cost Model</h1>\n<hr>\n<h2 id="h2">Costs &amp; more</h2>');
    expect(ctx.headings.map((h) => [h.depth, h.text])).toEqual([
      [1, 'Appendix C — Cost Model'],
      [2, 'Costs & more'],
      [3, 'Detail'],
    ]);
  });
});

describe('the document tree', () => {
  it('drops a section with nothing in it, so the headings after it close up', () => {
    const tree = document('cost-model', 'Cost Model', [
      section(2, 'Empty', ['', section(3, 'Also empty', [bullets([])])]),
      section(2, 'Kept', [paragraph('text')]),
    ]);
    expect(tree.children).toEqual([{ type: 'section', level: 2, title: 'Kept', rule: false, children: [{ type: 'paragraph', text: 'text' }] }]);
  });

  it('refuses a section nested at the wrong level', () => {
    expect(() => document('cost-model', 'Cost Model', [section(3, 'Too deep', ['text'])])).toThrow(/level 3 inside level 1/);
  });
});

describe('the PDF writer never parses markdown blocks', () => {
  it('uses only the inline parser of marked', () => {
    const source = readFileSync(new URL('../../../src/render/pdf/html.ts', import.meta.url), 'utf8');
    const calls = [...source.matchAll(/\.\s*(parse|parseInline|lex|lexer|lexInline|parser)\s*\(/g)].map((m) => m[1]);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c !== 'parseInline')).toEqual([]);
    expect(source).not.toMatch(/\bLexer\b|\bParser\b|\.markdown\b/);
  });
});

describe('plainText', () => {
  it('drops tags and decodes entities', () => {
    expect(plainText('<strong>A</strong> &amp; &lt;b&gt; &#39;x&#39; &#x2192;')).toBe("A & <b> 'x' →");
  });
});
