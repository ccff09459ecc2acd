// Spec text must come out literal: never HTML, never a link, never a table cell
// boundary. Checked on the HTML that marked (the PDF stage's parser) produces.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/render/markdown/index.js';
import type { Spec } from '../../../src/spec/types.js';
import { fixtureDiagrams, modelOf, referenceSpec } from './helpers.js';

const IFRAME = '<iframe src=x>';
const PIPE = '| pipe';
const LINK = '[x](javascript:alert(1))';
const HOSTILE = `${IFRAME} ${PIPE} ${LINK} **bold** &amp;`;

function hostileSpec(): Spec {
  const spec = structuredClone(referenceSpec());
  spec.client.name = `Acme ${HOSTILE}`;
  spec.client.preparedBy = HOSTILE;
  spec.scenario.useCase = HOSTILE;
  spec.scenario.description = `# heading?\n\n${HOSTILE}\n- not a list`;
  spec.scenario.useCases = [{ name: HOSTILE, description: HOSTILE, volume: HOSTILE }];
  spec.scenario.successCriteria = [{ metric: HOSTILE, current: HOSTILE, target: HOSTILE }];
  const bedrock = spec.platforms.candidates['aws-bedrock']!;
  bedrock.strengths = [HOSTILE];
  bedrock.limitations = [HOSTILE];
  spec.platforms.rationale = [HOSTILE];
  spec.platforms.risks = [{ risk: HOSTILE, mitigation: HOSTILE }];
  for (const c of spec.architecture.components) {
    c.name = `${c.name} ${HOSTILE}`;
    c.purpose = HOSTILE;
    c.sizing = HOSTILE;
  }
  spec.security!.layers!.network = [{ control: HOSTILE, implementation: HOSTILE }];
  spec.security!.roles = [{ name: HOSTILE, permissions: [HOSTILE] }];
  spec.security!.compliance = [{ framework: 'HIPAA', requirement: HOSTILE, control: HOSTILE, evidence: HOSTILE }];
  spec.costs.operations = [{ item: HOSTILE, monthly: 100 }];
  spec.costs.optimizations = [{ strategy: HOSTILE, appliesTo: 'ai', savingsPercent: 10, startMonth: 2 }];
  spec.costs.transactions = [{ scenario: HOSTILE, input: 100, output: 10, target: 0.01 }];
  spec.costs.benefits = [{ benefit: HOSTILE, monthly: 1000 }];
  const d = spec.deployment!;
  d.rationale = HOSTILE;
  d.phases = [{ name: HOSTILE, startWeek: 1, weeks: 2, scope: HOSTILE, successCriteria: [HOSTILE] }];
  d.environments = [{ name: HOSTILE, purpose: HOSTILE }];
  d.pipeline = [HOSTILE];
  d.rollback = [HOSTILE];
  d.risks = [{ risk: HOSTILE, mitigation: HOSTILE }];
  const ops = spec.operations!;
  ops.metrics = [{ metric: HOSTILE, warning: HOSTILE, critical: HOSTILE }];
  ops.alertRouting = [{ severity: 'critical', channel: HOSTILE, responseTime: HOSTILE }];
  ops.procedures = [{ name: HOSTILE, when: HOSTILE, steps: [HOSTILE], verification: HOSTILE }];
  ops.escalation = [HOSTILE];
  ops.maintenance = [{ window: HOSTILE, purpose: HOSTILE }];
  spec.proposal = { executiveSummary: HOSTILE, nextSteps: [HOSTILE], decisions: [{ decision: HOSTILE, owner: HOSTILE, deadline: HOSTILE }] };
  return spec;
}

describe('escaping of spec text', () => {
  const docs = renderDocuments(modelOf(hostileSpec()), fixtureDiagrams());

  for (const name of [
    'platform-comparison-analysis',
    'security-architecture-design',
    'cost-model',
    'deployment-strategy',
    'operations-runbook',
    'enterprise-architecture-proposal',
  ]) {
    it(`${name}: hostile strings stay literal text`, () => {
      const markdown = docs.find((d) => d.name === name)!.markdown;
      const html = marked.parse(markdown, { async: false, gfm: true });
      expect(html).not.toMatch(/<iframe/i);
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).not.toMatch(/<strong>bold<\/strong>/);
      expect(html).not.toMatch(/<h1[^>]*>heading\?/);
      // The literal text survives: encoded tag, bracketed link text, the ampersand entity shown as text.
      expect(html).toContain('&lt;iframe src=x&gt;');
      expect(html).toContain(LINK);
      expect(html).toContain('&amp;amp;');
    });
  }

  it('a pipe inside a table cell stays inside the cell', () => {
    const html = marked.parse(docs.find((d) => d.name === 'cost-model')!.markdown, { async: false, gfm: true });
    expect(html).toMatch(/<td[^>]*>[^<]*\| pipe [^<]*<\/td>/);
  });

  it('the unescaped string would have been live, so the checks can fail', () => {
    const html = marked.parse(`${IFRAME}\n\ntext ${LINK} **bold**\n\n| a |\n| --- |\n| ${PIPE} |`, { async: false, gfm: true });
    expect(html).toMatch(/<iframe/i);
    expect(html).toMatch(/href="javascript:/);
    expect(html).toMatch(/<strong>bold<\/strong>/);
    expect(html).not.toMatch(/<td[^>]*>[^<]*\| pipe [^<]*<\/td>/);
  });
});

// Found by the spec generator: a platform limitation of just "#" became an
// empty <h1> inside the list, and so an untitled entry in the PDF's contents.
describe('list items that open like markdown blocks', () => {
  const OPENERS = ['#', '## heading?', '- nested?', '+ nested?', '1. nested?', '3) nested?', '---', '- - -'];
  const spec = structuredClone(referenceSpec());
  spec.platforms.candidates['aws-bedrock']!.limitations = OPENERS;
  spec.proposal = { ...spec.proposal, nextSteps: OPENERS };
  const docs = renderDocuments(modelOf(spec), fixtureDiagrams());

  for (const name of ['platform-comparison-analysis', 'enterprise-architecture-proposal']) {
    it(`${name}: stay one literal item each`, () => {
      const markdown = docs.find((d) => d.name === name)!.markdown;
      const html = marked.parse(markdown, { async: false, gfm: true });
      expect(html).not.toMatch(/<li>\s*<h\d/);
      expect(html).not.toMatch(/<li>\s*<(ul|ol|hr)\b/);
      expect(html).not.toMatch(/heading\?<\/h/);
      for (const text of ['## heading?', '- nested?', '1. nested?', '3) nested?', '- - -'])
        expect(html, text).toMatch(new RegExp(`<li>(<input[^>]*> )?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</li>`));
    });
  }

  it('a sentence that opens with a platform labelled "#" stays a paragraph (found by the spec generator)', () => {
    const labelled = structuredClone(referenceSpec());
    for (const candidate of Object.values(labelled.platforms.candidates)) if (candidate) candidate.label = '#';
    const proposal = renderDocuments(modelOf(labelled), fixtureDiagrams()).find((d) => d.name === 'enterprise-architecture-proposal')!;
    const html = marked.parse(proposal.markdown, { async: false, gfm: true });
    expect(html).not.toMatch(/<h1[^>]*>\s*leads\b/);
    expect(html).toMatch(/<p># leads # by /);
  });

  it('unescaped, the same items would have been structure', () => {
    const html = marked.parse(OPENERS.map((t, i) => `${i + 1}. ${t}`).join('\n'), { async: false, gfm: true });
    expect(html).toMatch(/<li>\s*<h1/);
    expect(html).toMatch(/<li>\s*<(ul|ol)\b/);
  });
});
