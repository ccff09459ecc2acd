// PNG size and bytes: a dense diagram's capture is capped to what a slide or
// page needs, and the same diagram captured twice gives the same bytes (the
// 19,660 × 12,488 px captures of dense generated specs did not).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { prepareSpec } from '../../../src/compile/prepare.js';
import { DEVICE_SCALE } from '../../../src/render/images/config.js';
import { renderDiagramImages } from '../../../src/render/images/index.js';
import { captureScale, PNG_MAX_PIXELS, PNG_MAX_SIDE } from '../../../src/render/images/png-size.js';
import { launchBrowser } from '../../support/browser.js';

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(png);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

describe('captureScale', () => {
  it('keeps the device scale for diagrams that fit', () => {
    expect(captureScale(1200, 900)).toBe(1);
    expect(captureScale(PNG_MAX_SIDE / DEVICE_SCALE, 100)).toBe(1);
  });

  it('caps the longest side and the pixel count', () => {
    for (const [w, h] of [
      [9974, 5000],
      [400, 10283],
      [4000, 3000],
      [1999, 2001],
    ] as const) {
      const s = captureScale(w, h) * DEVICE_SCALE;
      expect(Math.max(w, h) * s, `${w}×${h}`).toBeLessThanOrEqual(PNG_MAX_SIDE);
      expect(w * s * h * s, `${w}×${h}`).toBeLessThanOrEqual(PNG_MAX_PIXELS);
      expect(s).toBeGreaterThan(0);
    }
  });
});

describe('dense diagram PNGs', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('of a 40-component, 250-connection spec stay within the budget, keep their shape and repeat byte for byte', async () => {
    const file = new URL('../../fixtures/regression/dense-40x250.yaml', import.meta.url);
    const prepared = prepareSpec('dense-40x250.yaml', readFileSync(file));
    if (!prepared.ok) throw new Error(prepared.diagnostics.map((d) => d.message).join('; '));
    const sources = prepared.diagrams.filter((d) => d.name === 'network-architecture' || d.name === 'reference-architecture');
    const first = await renderDiagramImages(session, sources);
    const second = await renderDiagramImages(session, sources);
    expect(first).toHaveLength(2);
    first.forEach((image, i) => {
      const { width, height } = pngSize(image.png);
      // Without the cap these captures are 2× the layout: far beyond the budget.
      expect(Math.max(image.width, image.height) * DEVICE_SCALE).toBeGreaterThan(PNG_MAX_SIDE);
      expect(Math.max(width, height)).toBeLessThanOrEqual(PNG_MAX_SIDE);
      expect(width * height).toBeLessThanOrEqual(PNG_MAX_PIXELS);
      expect(Math.abs(width / height - image.width / image.height)).toBeLessThan(0.01);
      expect(Buffer.from(second[i]?.png ?? []).equals(Buffer.from(image.png)), image.name).toBe(true);
    });
  }, 300_000);

  // Scaling in the capture rasterised at a fractional scale in tiles, and the
  // seams differed between builds; the stage draws the diagram at its PNG size instead.
  it('are captured at scale 1, the diagram drawn at its PNG size on the stage', async () => {
    const file = new URL('../../fixtures/regression/dense-40x250.yaml', import.meta.url);
    const prepared = prepareSpec('dense-40x250.yaml', readFileSync(file));
    if (!prepared.ok) throw new Error(prepared.diagnostics.map((d) => d.message).join('; '));
    const sources = prepared.diagrams.filter((d) => d.name === 'network-architecture');
    const clips: unknown[] = [];
    const recording: BrowserSession = {
      ...session,
      newIsolatedPage: async (assets) => {
        const page = await session.newIsolatedPage(assets);
        const screenshot = page.screenshot.bind(page);
        page.screenshot = ((options: Parameters<typeof page.screenshot>[0]) => {
          clips.push(options?.clip);
          return screenshot(options);
        }) as typeof page.screenshot;
        return page;
      },
    };
    const [image] = await renderDiagramImages(recording, sources);
    if (image === undefined) throw new Error('no image');
    expect(Math.max(image.width, image.height) * DEVICE_SCALE).toBeGreaterThan(PNG_MAX_SIDE);
    // One capture for the diagram, then one for each figure the PDF prints instead (too dense to print whole).
    expect(clips).toHaveLength(1 + (image.print?.length ?? 0));
    for (const clip of clips) expect(clip).toMatchObject({ scale: 1 });
    const { width, height } = pngSize(image.png);
    expect(Math.max(width, height)).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(Math.max(width, height)).toBeGreaterThan(PNG_MAX_SIDE * 0.95);
  }, 300_000);
});
