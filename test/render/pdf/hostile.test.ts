// Untrusted specs: markup in any text field prints as text, and the page that
// prints the PDF makes no request beyond its own inline content.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { renderProposalPdf } from '../../../src/render/pdf/index.js';
import { openTestSession, pagesText, pdfInputs, pdftotext, qpdfCheck, referenceSpec, squash, writeTemp } from './helpers.js';

const PAYLOADS = [
  '<iframe src="../../../../etc/hostname"></iframe>',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
  '![x](//169.254.169.254/latest/meta-data/)',
  '<style>@import url(http://127.0.0.1:9/a.css)</style>',
  '[x](javascript:alert(1))',
];
const HOSTILE = PAYLOADS.join(' ');

let session: BrowserSession;
const requests: string[] = [];
let blockedBefore = 0;
let path = '';

beforeAll(async () => {
  session = await openTestSession();
  const spec = referenceSpec();
  spec.client.name = `Acme ${HOSTILE}`;
  spec.scenario.useCase = `Triage ${HOSTILE}`;
  const component = spec.architecture.components[1];
  if (component === undefined) throw new Error('the reference spec has no second component');
  component.name = `Gateway ${HOSTILE}`;
  const control = spec.security?.layers?.network?.[0];
  if (control === undefined) throw new Error('the reference spec has no network control');
  control.control = `Isolation ${HOSTILE}`;
  if (spec.proposal === undefined) throw new Error('the reference spec has no proposal section');
  spec.proposal.executiveSummary = `We propose ${HOSTILE}`;
  const { input } = await pdfInputs(session, spec);
  blockedBefore = session.blockedRequests.length;
  // Every request of the PDF page, allowed or not, is recorded here.
  const watched: BrowserSession = {
    ...session,
    blockedRequests: session.blockedRequests,
    newIsolatedPage: async () => {
      const page = await session.newIsolatedPage();
      page.on('request', (request) => requests.push(request.url()));
      return page;
    },
  };
  path = writeTemp((await renderProposalPdf(watched, input)).bytes);
});

afterAll(async () => {
  await session?.close();
});

describe('hostile spec text in the PDF', () => {
  it('prints every payload literally', () => {
    const text = squash(pdftotext(path));
    for (const payload of PAYLOADS) {
      // Client name, use case, component, control and summary: at least five copies of each.
      const copies = text.split(squash(payload)).length - 1;
      expect(copies, payload).toBeGreaterThanOrEqual(5);
    }
  });

  it('prints the client name literally in the header and footer', () => {
    const second = squash(pagesText(path)[1] ?? '');
    // Only the footer follows the client name with "— confidential".
    expect(second).toContain(squash(`Acme ${HOSTILE} — confidential`));
  });

  it('made no request beyond its own inline content and refused none', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
    expect(session.blockedRequests.slice(blockedBefore)).toEqual([]);
  });

  it('holds no link other than https and no page-level action', () => {
    const bytes = readFileSync(path).toString('latin1');
    expect(bytes).not.toMatch(/\/URI\s*\((?!https:)/);
    expect(bytes).not.toMatch(/\/JavaScript|\/JS\s|\/Launch|\/OpenAction/);
    expect(qpdfCheck(path).status).toBe(0);
  });
});
