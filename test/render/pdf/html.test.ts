// The second wall: whatever markdown arrives, marked's output stays inert.
import { describe, expect, it } from 'vitest';
import { DIAGRAM_NOT_RENDERED, type HtmlContext, documentHtml, plainText } from '../../../src/render/pdf/html.js';
import type { DiagramImage, DiagramSource } from '../../../src/render/types.js';

const context = (images: readonly DiagramImage[] | null = null, diagrams: readonly DiagramSource[] = []): HtmlContext => ({
  diagrams,
  images,
  headings: [],
  counter: 0,
});

const SOURCE: DiagramSource = { name: 'reference-architecture', title: 'Reference architecture', source: 'flowchart LR\n  a --> b\n' };
const SVG =
  '<svg id="aiarch-ref" viewBox="0 0 10 10"><style>#aiarch-ref .node{fill:#fff}</style><marker id="aiarch-ref_arrow"/><path marker-end="url(#aiarch-ref_arrow)"/></svg>';
const IMAGE: DiagramImage = { name: 'reference-architecture', svg: SVG, png: new Uint8Array(), width: 10, height: 10 };

describe('documentHtml', () => {
  it('escapes raw HTML, block and inline', () => {
    const html = documentHtml(
      '<iframe src="../../etc/hostname"></iframe>\n\nText <script>alert(1)</script> and <meta http-equiv="refresh" content="0">.',
      context(),
    );
    expect(html).not.toMatch(/<iframe|<script|<meta/);
    expect(html).toContain('&lt;iframe src=&quot;../../etc/hostname&quot;&gt;&lt;/iframe&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps https links and turns every other link into its text', () => {
    const html = documentHtml(
      '[docs](https://example.com/a) [js](javascript:alert(1)) [rel](../x.md) [proto](//169.254.169.254/) [file](file:///etc/passwd)',
      context(),
    );
    expect(html).toContain('<a href="https://example.com/a">docs</a>');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).not.toMatch(/javascript:|169\.254|file:/);
    expect(html).toContain('js rel proto file');
  });

  it('never produces an image from markdown', () => {
    const html = documentHtml('![x](//169.254.169.254/latest/meta-data/) ![y](data:image/png;base64,AAAA)', context());
    expect(html).not.toContain('<img');
    expect(html).toContain('![x](//169.254.169.254/latest/meta-data/)');
  });

  it('replaces a mermaid fence with its diagram, ids prefixed per occurrence', () => {
    const markdown = '```mermaid\nflowchart LR\n  a --> b\n```\n\n```mermaid\nflowchart LR\n  a --> b\n```\n';
    const html = documentHtml(markdown, context([IMAGE], [SOURCE]));
    expect(html).not.toContain('flowchart LR');
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('id="d1-aiarch-ref"');
    expect(html).toContain('#d1-aiarch-ref .node{fill:#fff}');
    expect(html).toContain('url(#d1-aiarch-ref_arrow)');
    expect(html).toContain('id="d2-aiarch-ref_arrow"');
    expect(html).toContain('<figcaption>Reference architecture</figcaption>');
  });

  it('prints a note instead of Mermaid code when there are no images', () => {
    const html = documentHtml('```mermaid\nflowchart LR\n  a --> b\n```\n', context(null, [SOURCE]));
    expect(html).toContain(DIAGRAM_NOT_RENDERED);
    expect(html).not.toContain('flowchart');
  });

  it('records headings with ids and replaces an appendix title', () => {
    const ctx = context();
    const html = documentHtml('# Cost Model\n\n## Costs &amp; more\n\n### Detail\n', ctx, { title: 'Appendix C — Cost Model' });
    expect(html).toContain('<h1 id="h1">Appendix C — Cost Model</h1>');
    expect(ctx.headings.map((h) => [h.depth, h.text])).toEqual([
      [1, 'Appendix C — Cost Model'],
      [2, 'Costs & more'],
      [3, 'Detail'],
    ]);
  });

  it('gives a document without a title its appendix heading first', () => {
    const ctx = context();
    documentHtml('## Only a section\n', ctx, { title: 'Appendix E — Runbook' });
    expect(ctx.headings.map((h) => h.text)).toEqual(['Appendix E — Runbook', 'Only a section']);
  });
});

describe('plainText', () => {
  it('drops tags and decodes entities', () => {
    expect(plainText('<strong>A</strong> &amp; &lt;b&gt; &#39;x&#39; &#x2192;')).toBe("A & <b> 'x' →");
  });
});
