import { describe, expect, it } from 'vitest';
import { linkCount } from '../../../src/render/mermaid/links.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { modelOf, referenceSpec } from './patterns.js';

describe('linkCount', () => {
  it('counts every kind of link our flowcharts write, and nothing else', () => {
    const source = [
      'flowchart LR',
      '  accTitle: A --> B is not a link here',
      '  subgraph zEdge["Edge -- tier"]',
      '    n0["API -- gateway"]',
      '    n1[("Store")]',
      '  end',
      '  n0 --> n1',
      '  n0 -->|"JWT validation"| n1',
      '  n1 -.->|"replicates"| n0',
      '  n0 ==> n1',
      '  n0 ~~~ n1',
      '  classDef zone fill:#fff',
      '  style n0 stroke-width:2px',
      '  linkStyle 0 stroke:#333',
    ].join('\n');
    expect(linkCount(source)).toBe(5);
  });

  it("counts the reference spec's architecture links as its generator wrote them", () => {
    const sources = renderDiagramSources(modelOf(referenceSpec()));
    const reference = sources.find((s) => s.name === 'reference-architecture');
    expect(reference).toBeDefined();
    const written = (reference?.source ?? '').split('\n').filter((line) => /^\s*\w+ (?:-->|-\.->|==>|~~~)(?:\|"[^"]*"\|)? \w+$/.test(line)).length;
    expect(written).toBeGreaterThan(0);
    expect(linkCount(reference?.source ?? '')).toBe(written);
  });
});
