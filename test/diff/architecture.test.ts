import { describe, expect, it } from 'vitest';
import { prepareSpec, type PreparedSpec } from '../../src/compile/prepare.js';
import { compareSpecs } from '../../src/diff/compare.js';
import { diffMarkdown, diffText } from '../../src/diff/format.js';
import { renderDiagramSources } from '../../src/render/mermaid/index.js';
import { addCacheRemovePii, northwindText as text } from '../support/spec-edits.js';

function prepared(source: string): PreparedSpec {
  const p = prepareSpec('spec.yaml', source);
  if (!p.ok) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return p;
}

const before = prepared(text);
const diagram = (p: PreparedSpec, name: string) => renderDiagramSources(p.model).find((d) => d.name === name)!.source;

/** The Mermaid fences inside the collapsed block, in order. */
function fences(markdown: string): string[] {
  const details = markdown.slice(markdown.indexOf('<details>'), markdown.indexOf('</details>'));
  return [...details.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('architecture delta', () => {
  it('an edit that adds a component and removes a security control shows both in words and in before/after diagrams', () => {
    const after = prepared(addCacheRemovePii(text));
    const diff = compareSpecs(before, after);
    expect(diff.changed).toBe(true);
    expect(diff.architecture?.componentsAdded).toEqual([{ id: 'cache', name: 'Response cache', kind: 'cache', zone: 'data', service: 'ElastiCache' }]);
    expect(diff.architecture?.connectionsAdded).toEqual([{ from: 'orchestrator', to: 'cache', label: null }]);
    expect(diff.architecture?.controlsRemoved).toEqual([{ layer: 'data', control: 'PII redaction', status: 'planned' }]);
    expect(diff.architecture?.componentsRemoved).toEqual([]);

    const md = diffMarkdown(diff);
    expect(md).toContain('- added `cache` Response cache (cache, zone data, service ElastiCache)');
    expect(md).toContain('- added `orchestrator` → `cache`');
    expect(md).toContain('- data layer: removed control PII redaction');
    expect(md).toMatch(/<details>\n<summary>Before and after: reference architecture and defense in depth<\/summary>\n\n/);

    // The diagrams are the project's own Mermaid sources, before then after.
    const [refBefore, refAfter, defBefore, defAfter] = fences(md);
    expect(refBefore).toBe(diagram(before, 'reference-architecture'));
    expect(refAfter).toBe(diagram(after, 'reference-architecture'));
    expect(defBefore).toBe(diagram(before, 'defense-in-depth'));
    expect(defAfter).toBe(diagram(after, 'defense-in-depth'));
    expect(refBefore).not.toContain('Response cache');
    expect(refAfter).toContain('Response cache<br/>ElastiCache');
    expect(defBefore).toContain('PII redaction');
    expect(defAfter).not.toContain('PII redaction');

    const plain = diffText(diff);
    expect(plain).toContain('added cache "Response cache" (cache, zone data, service "ElastiCache")');
    expect(plain).toContain('data layer: removed control "PII redaction"');
  });

  it('names the fields of a changed component, a control whose status moved and a relabelled connection', () => {
    const after = prepared(
      text
        .replace(
          '      name: Conversation state\n      service: DynamoDB\n      zone: data',
          '      name: Conversation state\n      service: Aurora PostgreSQL\n      zone: private',
        )
        .replace(
          '{ control: VPC isolation, implementation: Private subnets only for Lambda and data stores, status: planned }',
          '{ control: VPC isolation, implementation: Private subnets only for Lambda and data stores, status: implemented }',
        )
        .replace('{ to: secrets, label: fetch API keys }', '{ to: secrets, label: read secrets }'),
    );
    const delta = compareSpecs(before, after).architecture!;
    expect(delta.componentsChanged).toEqual([
      {
        id: 'state',
        name: 'Conversation state',
        changes: [
          { field: 'zone', before: 'data', after: 'private' },
          { field: 'service', before: 'DynamoDB', after: 'Aurora PostgreSQL' },
        ],
      },
    ]);
    expect(delta.controlsStatusChanged).toEqual([{ layer: 'network', control: 'VPC isolation', before: 'planned', after: 'implemented' }]);
    expect(delta.connectionsRemoved).toEqual([{ from: 'orchestrator', to: 'secrets', label: 'fetch API keys' }]);
    expect(delta.connectionsAdded).toEqual([{ from: 'orchestrator', to: 'secrets', label: 'read secrets' }]);
    const md = diffMarkdown(compareSpecs(before, after));
    expect(md).toContain('- changed `state` Conversation state: zone data → private, service DynamoDB → Aurora PostgreSQL');
    expect(md).toContain('- network layer: control VPC isolation planned → implemented');
  });

  it('lists compliance mappings, phases and optimizations that changed, with no diagram for them', () => {
    const after = prepared(
      text
        .replace(
          /\n *- \{ framework: SOC2, requirement: CC6\.1[^\n]*/,
          '\n    - { framework: SOC2, requirement: CC7.2 Monitoring, control: CloudWatch alarms, evidence: Alarm list }',
        )
        .replace('{ name: Pilot, startWeek: 1, weeks: 4,', '{ name: Pilot, startWeek: 1, weeks: 6,')
        .replace(/\n *- \{ strategy: Reserved concurrency review[^\n]*/, ''),
    );
    const diff = compareSpecs(before, after);
    const delta = diff.architecture!;
    expect(delta.complianceAdded).toEqual([{ framework: 'SOC2', requirement: 'CC7.2 Monitoring', control: 'CloudWatch alarms' }]);
    expect(delta.complianceRemoved).toEqual([{ framework: 'SOC2', requirement: 'CC6.1 Logical access', control: 'SSO with MFA and least-privilege roles' }]);
    expect(delta.phases.changed).toEqual([{ name: 'Pilot', changes: [{ field: 'weeks', before: 4, after: 6 }] }]);
    expect(delta.optimizations.removed.map((o) => o.strategy)).toEqual(['Reserved concurrency review']);
    expect(delta.diagramChanged).toBe(false);
    expect(delta.securityChanged).toBe(false);
    expect(delta.changed).toBe(true);
    expect(diff.diagrams).toEqual([]);
    const md = diffMarkdown(diff);
    expect(md).toContain('- added SOC2: CC7.2 Monitoring → CloudWatch alarms');
    expect(md).toContain('- phase Pilot: weeks 4 → 6');
    expect(md).toContain('- removed optimization Reserved concurrency review');
    expect(md).not.toContain('<details>');
  });

  it('finds no change in an edit that only reformats the spec', () => {
    const diff = compareSpecs(before, prepared(`# a comment\n${text}`));
    expect(diff.changed).toBe(false);
    expect(diff.architecture?.changed).toBe(false);
    expect(diff.diagrams).toEqual([]);
  });

  it('keeps spec text inert in the comment', () => {
    const after = prepared(text.replace('      name: Secrets Manager', '      name: "<img src=x onerror=alert(1)> **bold** [link](http://evil)"'));
    const md = diffMarkdown(compareSpecs(before, after));
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\*\\*bold\\*\\* \\[link\\](http://evil)');
    expect(md).not.toContain('<img');
  });

  it('shows a new spec with its diagram and no before', () => {
    const diff = compareSpecs(null, before);
    expect(diff.architecture).toBeNull();
    expect(diff.diagrams.map((d) => [d.name, d.before])).toEqual([['reference-architecture', null]]);
    expect(diffMarkdown(diff)).toContain('<summary>Diagrams: reference architecture</summary>');
  });
});
