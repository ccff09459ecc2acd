import { describe, expect, it } from 'vitest';
import { diagramLimitDiagnostics, renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { countEdges } from '../../../src/render/mermaid/limits.js';
import { DIAGRAM_NAMES } from '../../../src/render/types.js';
import type { Component, Spec } from '../../../src/spec/types.js';
import { bareSpec, hostileSpec, modelOf, PATTERNS, patternSpec, referenceSpec } from './patterns.js';

const source = (spec: Spec, name: string): string => renderDiagramSources(modelOf(spec)).find((s) => s.name === name)!.source;

describe('renderDiagramSources', () => {
  it('returns one source per diagram, in DIAGRAM_NAMES order', () => {
    expect(renderDiagramSources(modelOf(referenceSpec())).map((s) => s.name)).toEqual([...DIAGRAM_NAMES]);
  });

  it('is deterministic', () => {
    // A part's join is a function of the model: compared by the parts it gives.
    const plain = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? 'join' : v));
    const joined = (sources: ReturnType<typeof renderDiagramSources>) =>
      sources.flatMap((s) => (s.parts ?? []).flatMap((part, i, all) => (i > 0 ? [all[i - 1]?.join?.(part)] : [])));
    for (const pattern of PATTERNS) {
      const [first, second] = [renderDiagramSources(modelOf(patternSpec(pattern))), renderDiagramSources(modelOf(patternSpec(pattern)))];
      expect(plain(first)).toBe(plain(second));
      expect(plain(joined(first))).toBe(plain(joined(second)));
    }
  });

  it('adds no init directive of its own and lets none through', () => {
    for (const diagram of renderDiagramSources(modelOf(hostileSpec()))) {
      expect(diagram.source).not.toContain('%%');
      expect(diagram.source).not.toMatch(/<img|<script/i);
    }
  });

  it('uses generated node ids only', () => {
    const text = source(hostileSpec(), 'reference-architecture');
    const nodeIds = [...text.matchAll(/^\s+([^\s[({>]+)[[({>]/gm)].map((m) => m[1]);
    expect(nodeIds.length).toBeGreaterThan(5);
    for (const id of nodeIds) expect(id).toMatch(/^n\d+$/);
    expect(text).not.toMatch(/^\s+end\[/m);
  });

  it('keeps quotes out of every quoted label', () => {
    for (const diagram of renderDiagramSources(modelOf(hostileSpec()))) {
      // Each quoted string opens and closes on the same line: an unbalanced quote would mean escaped text leaked.
      for (const line of diagram.source.split('\n')) expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
    }
  });

  it('numbers gantt tasks so a phase name cannot read as a keyword', () => {
    const gantt = source(hostileSpec(), 'deployment-roadmap');
    expect(gantt).toContain('\n  1. section title#58; x#59; click #35;a (10 users) : p0, 2026-11-26, 28d\n');
  });

  it('anchors the roadmap at client.date and otherwise at a fixed date', () => {
    const spec = referenceSpec();
    delete spec.client.date;
    expect(source(spec, 'deployment-roadmap')).toContain('p0, 2026-01-05, 28d');
    expect(source(referenceSpec(), 'deployment-roadmap')).toContain('p1, 2026-12-24, 56d');
  });

  it("names the network boundary after the recommended platform's cloud", () => {
    expect(source(referenceSpec(), 'network-architecture')).toContain('["VPC"]');
    expect(source(patternSpec('hybrid-data-onprem'), 'network-architecture')).toContain('On-premises data center');
    expect(source(patternSpec('edge-cloud'), 'network-architecture')).toContain('Edge site');
  });

  it('draws the internet only when traffic crosses it', () => {
    expect(source(referenceSpec(), 'network-architecture')).toContain('internet(("Internet"))');
    const onprem = referenceSpec();
    for (const c of onprem.architecture.components) if (c.zone === 'external') c.zone = 'onprem';
    expect(source(onprem, 'network-architecture')).not.toContain('Internet');
  });

  it('highlights the decision path the model took', () => {
    const tree = source(referenceSpec(), 'decision-tree');
    expect(tree).toContain('q1 --> q1b1["Claude only:<br/>Amazon Bedrock or Google Vertex AI"]:::chosen');
    expect(tree).toContain('q1 --> q1b0["OpenAI GPT only:<br/>Azure OpenAI"]:::other');
    // The highlighted links are exactly those into a chosen box and on to the next question.
    const links = tree.split('\n').filter((line) => line.includes('-->'));
    const highlighted = /linkStyle ([\d,]+) stroke:#13837a/.exec(tree)?.[1]?.split(',').map(Number);
    const expected = links.flatMap((line, i) => (line.endsWith(':::chosen') || /^\s+q\d+(b\d+|x) --> /.test(line) ? [i] : []));
    expect(highlighted).toEqual(expected);
    // The taken branch sits in the middle of its row of four.
    const row = links.filter((line) => line.startsWith('  q1 -->'));
    expect(row.findIndex((line) => line.endsWith(':::chosen'))).toBe(1);
  });

  it('gives a slashed answer a place to wrap, so no word is split letter by letter', () => {
    // Mermaid wraps at spaces only: 'Government/FedRAMP:' was wider than its box and lost its colon to the next line.
    expect(source(referenceSpec(), 'decision-tree')).toContain('["Government / FedRAMP:<br/>All three platforms support FedRAMP High"]');
  });

  it("labels the escalation edge with the whole critical route, however long (Meridian's was cut at '15 m…')", () => {
    const spec = referenceSpec();
    spec.operations!.alertRouting = [{ severity: 'critical', channel: 'PagerDuty + Teams incident bridge', responseTime: '15 min' }];
    expect(source(spec, 'incident-workflow')).toContain('-.->|"escalate: critical: PagerDuty + Teams incident bridge, 15 min"| esc');
  });

  it("titles the reference architecture's application tier as a tier, not a subnet", () => {
    const reference = source(referenceSpec(), 'reference-architecture');
    expect(reference).toMatch(/subgraph \w+\["Application"\]/);
    expect(reference).not.toContain('Private subnet');
  });

  it('charts whole currency units and one-decimal scores from the model', () => {
    const model = modelOf(referenceSpec());
    const cost = source(referenceSpec(), 'cost-projection');
    expect(cost).toContain(`line [${model.months.map((m) => Math.round(m.baselineTotal)).join(', ')}]`);
    expect(cost).not.toMatch(/\d\.\d/);
    expect(source(referenceSpec(), 'weighted-scores')).toContain('bar [8.8, 6.6, 6.4]');
  });

  it("says, in the client's words, what an empty section stands for", () => {
    const bare = renderDiagramSources(modelOf(bareSpec()));
    // The diagram itself, without its accessibility lines (which describe it in the same words).
    const text = (name: string) =>
      bare
        .find((s) => s.name === name)!
        .source.split('\n')
        .filter((line) => !/^\s*acc(Title|Descr):/.test(line))
        .join('\n');
    expect(text('defense-in-depth').match(/To be defined in the detailed design/g)).toHaveLength(5);
    expect(text('deployment-roadmap')).toContain('Phases to be planned');
    expect(text('deployment-pipeline')).toContain('Assumed: standard delivery stages');
    expect(text('incident-workflow')).toContain('Escalation path to be agreed');
    for (const source of bare) expect(source.source, source.name).not.toMatch(/\bspec\b|course default|\badd [a-z]+\.[a-z]/i);
  });
});

describe('diagramLimitDiagnostics', () => {
  const at = { file: 'big.yaml', locate: () => ({ line: 42, column: 3 }) };

  it('passes the example specs', () => {
    expect(diagramLimitDiagnostics(renderDiagramSources(modelOf(referenceSpec())), at)).toEqual([]);
  });

  it("reports a spec whose architecture would exceed Mermaid's edge and size limits, before rendering", () => {
    const spec = referenceSpec();
    const ids = Array.from({ length: 60 }, (_, i) => `c${i}`);
    spec.architecture.components = ids.map(
      (id, i): Component => ({
        id,
        kind: 'compute',
        name: `Component number ${i} with a long descriptive name`,
        connects: ids
          .filter((other) => other !== id)
          .slice(0, 30)
          .map((to) => ({ to, label: 'a fairly long edge label here' })),
      }),
    ) as Spec['architecture']['components'];
    const diagnostics = diagramLimitDiagnostics(renderDiagramSources(modelOf(spec)), at);
    const codes = diagnostics.filter((d) => d.path === '/architecture/components').map((d) => d.code);
    expect(codes).toContain('AIA401');
    expect(codes).toContain('AIA402');
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'big.yaml', line: 42, column: 3 });
  });

  it('counts arrows, not arrow-like label text', () => {
    expect(countEdges('flowchart LR\n  n0 -->|"a--#gt;b"| n1\n  n1 -.-> n2\n  classDef x stroke-dasharray:4 3')).toBe(2);
  });
});
