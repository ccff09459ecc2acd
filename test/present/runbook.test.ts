// The runbook's severity levels and common issues come from each proposal
// (platform, components, thresholds, escalation, cost model), and whatever is an
// industry default says so, in words a client reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { buildModel } from '../../src/model/build.js';
import { runbook } from '../../src/present/runbook.js';
import { loadSpec } from '../../src/spec/load.js';

function modelFrom(path: string) {
  const loaded = loadSpec(path, readFileSync(new URL(`../../${path}`, import.meta.url)));
  if (loaded.spec === null) throw new Error(`${path} does not validate`);
  return buildModel(loaded.spec, loadCatalog());
}

const northwind = () => modelFrom('specs/northwind-health.yaml');
const kestrel = () => modelFrom('specs/kestrel-drivetrain.yaml');
const pine = () => modelFrom('test/fixtures/regression/pine-dental.yaml');

describe('runbook defaults', () => {
  it('differ from client to client: severity levels and issues name the platform and the components', () => {
    const a = runbook(northwind());
    const b = runbook(kestrel());
    expect(JSON.stringify(a.severityLevels)).not.toBe(JSON.stringify(b.severityLevels));
    expect(JSON.stringify(a.commonIssues)).not.toBe(JSON.stringify(b.commonIssues));
    expect(a.severityLevels[0]?.definition).toContain('Amazon Bedrock');
    // Kestrel has a queue and a vector store: each brings its own issue, named after the component.
    const titles = b.commonIssues.map((i) => i.title);
    expect(titles).toContain('Queue Backlog');
    expect(titles).toContain('Poor Answer Quality');
    expect(a.commonIssues.map((i) => i.title)).not.toContain('Queue Backlog');
  });

  it('takes thresholds from the proposal when it sets them, and says so', () => {
    const model = northwind();
    const book = runbook(model);
    expect(book.thresholds.basis).toBe('derived');
    expect(book.thresholds.items.map((t) => t.metric)).toEqual((model.spec.operations?.metrics ?? []).map((m) => m.metric));
    const sev2 = book.severityLevels.find((s) => s.level === 'SEV2');
    expect(sev2?.basis).toBe('derived');
    expect(sev2?.definition).toContain('above 5%');
    // A cost spike is measured against the proposal's own run rate, in its currency.
    const spike = book.commonIssues.find((i) => i.title === 'Cost Spike');
    expect(spike?.basis).toBe('derived');
    expect(spike?.symptoms).toMatch(/above \$[\d,.]+, twice the month-12 average/);
  });

  it('labels every industry default of a sparse proposal as an assumption, in client language', () => {
    const book = runbook(pine());
    expect(book.thresholds.basis).toBe('assumed');
    expect(book.routing.basis).toBe('assumed');
    expect(book.severityLevels.filter((s) => s.basis === 'assumed').map((s) => s.level)).toEqual(['SEV2', 'SEV3', 'SEV4']);
    expect(book.assumptions.length).toBeGreaterThanOrEqual(3);
    for (const line of book.assumptions) {
      expect(line).toMatch(/^Assumed: /);
      expect(line).not.toMatch(/\bspec\b|course|operations\.|add `/i);
    }
    // No queue in the design: no queue-depth threshold is assumed for it.
    expect(book.thresholds.items.map((t) => t.metric)).not.toContain('Queue depth');
  });
});
