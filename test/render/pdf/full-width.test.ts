// Chromium prints the whole document smaller when anything on any page is
// wider than the page: one long link in a table, or a cost table of amounts in
// the trillions, printed every page of a proposal at two thirds of its size
// (body text at about 6 pt). Such a table or word wraps instead, and the
// document prints at 100 %.
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { renderProposalPdf } from '../../../src/render/pdf/index.js';
import { printScale } from '../../../src/render/pdf/scale.js';
import type { Spec } from '../../../src/spec/types.js';
import { openTestSession, pdfInputs, referenceSpec } from './helpers.js';

let session: BrowserSession;

beforeAll(async () => {
  session = await openTestSession();
});

afterAll(async () => {
  await session?.close();
});

async function scales(spec: Spec): Promise<number[]> {
  const { input } = await pdfInputs(session, spec, { images: false });
  const doc = await PDFDocument.load((await renderProposalPdf(session, input)).bytes);
  return doc.getPages().flatMap((_, i) => (i === 0 ? [] : [printScale(doc, i) ?? -1]));
}

/** The reference spec with one long unbreakable token in a table cell and a paragraph. */
function longWords(): Spec {
  const spec = structuredClone(referenceSpec());
  const link = `https://support.example.com/${'portal-'.repeat(38)}end`;
  spec.operations = { ...spec.operations, vendorSupport: [{ vendor: 'AWS', portal: link, responseTime: '1 hour' }] };
  const component = spec.architecture.components[1];
  if (component === undefined) throw new Error('the reference spec has no second component');
  component.name = `Gateway${'x'.repeat(100)}`;
  return spec;
}

/** The reference spec with amounts in the trillions: every cost column holds numbers that never wrap. */
function hugeAmounts(): Spec {
  const spec = structuredClone(referenceSpec());
  const costs = spec.costs as unknown as { growth: { month: number; users: number }[]; operations: { item: string; monthly: number }[] };
  costs.growth = costs.growth.map((g) => ({ ...g, users: g.users * 200_000 }));
  costs.operations = costs.operations.map((o) => ({ ...o, monthly: 987_654_321_987 }));
  return spec;
}

describe('a proposal with content wider than its page', () => {
  it('prints every page at 100 % when a table cell holds a long link and a name has no space', async () => {
    expect(new Set(await scales(longWords()))).toEqual(new Set([1]));
  });

  it('prints every page at 100 % when cost tables hold amounts in the trillions', async () => {
    expect(new Set(await scales(hugeAmounts()))).toEqual(new Set([1]));
  });
});
