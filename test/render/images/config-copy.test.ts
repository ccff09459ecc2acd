// Mermaid's getConfig rewritten as it is served (config-copy.ts): it must find
// both definitions in the pinned bundles, and change nothing a diagram shows.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../../src/browser/session.js';
import { createMermaidAssets } from '../../../src/render/images/assets.js';
import { elkBundlePath, mermaidBundlePath } from '../../../src/render/images/config.js';
import { patchConfigCopy } from '../../../src/render/images/config-copy.js';
import { openDiagramPage } from '../../../src/render/images/page.js';
import { openDiagramRenderer } from '../../../src/render/images/render.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import type { DiagramImage } from '../../../src/render/types.js';
import { hostileSpec, modelOf, referenceSpec } from '../mermaid/patterns.js';
import { launchBrowser } from '../../support/browser.js';

/** Every module the page can be served, by file name. */
function servedModules(): Map<string, string> {
  const modules = new Map<string, string>();
  const folders = [join(dirname(mermaidBundlePath()), 'chunks', 'mermaid.esm.min'), join(dirname(elkBundlePath()), 'chunks', 'mermaid-layout-elk.esm.min')];
  for (const folder of folders) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.mjs'))) modules.set(join(folder, file), readFileSync(join(folder, file), 'utf8'));
  }
  return modules;
}

describe('patchConfigCopy', () => {
  it("rewrites the configuration module of Mermaid's core and of the ELK plugin, and nothing else", () => {
    const patched = [...servedModules()].filter(([, text]) => patchConfigCopy(text) !== text).map(([file]) => file);
    // If a Mermaid upgrade changes the shape of getConfig, this fails rather than the builds quietly slowing down.
    expect(patched).toHaveLength(2);
    expect(patched.some((file) => file.includes('mermaid-layout-elk'))).toBe(true);
    expect(patched.some((file) => file.includes('mermaid.esm.min') && !file.includes('layout-elk'))).toBe(true);
    for (const file of patched) {
      const text = patchConfigCopy(readFileSync(file, 'utf8'));
      expect(text).not.toMatch(/\(\(\)=>[\w$]+\(\{\},[\w$]+\),"getConfig"\)/);
      expect(text).toContain('"getConfig")');
    }
  });

  it('leaves a getConfig alone whose merge is not assignWithDepth', () => {
    const text = 'var m=(a,b)=>Object.assign(a,b),q={a:1},g=s(()=>m({},q),"getConfig");';
    expect(patchConfigCopy(text)).toBe(text);
  });
});

describe('the patched page', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('gives every caller a configuration of its own, equal to the published copy', async () => {
    const read = (): { first: string; afterChange: string } => {
      const api = (window as unknown as { mermaid: { mermaidAPI: { getConfig(): Record<string, unknown> } } }).mermaid.mermaidAPI;
      const first = JSON.stringify(api.getConfig());
      // Callers change their copy (Mermaid's flowchart init sets flowchart.arrowMarkerAbsolute on it).
      const copy = api.getConfig() as { flowchart: Record<string, unknown>; themeVariables: Record<string, unknown> } & Record<string, unknown>;
      copy.flowchart['padding'] = 999;
      copy.themeVariables['fontSize'] = '1px';
      copy['added'] = true;
      return { first, afterChange: JSON.stringify(api.getConfig()) };
    };
    const patched = await openDiagramPage(session);
    const published = await openDiagramPage(session, createMermaidAssets({ patch: false }));
    try {
      const mine = await patched.evaluate(read);
      const theirs = await published.evaluate(read);
      expect(mine.first).toBe(theirs.first);
      expect(mine.afterChange).toBe(mine.first);
      expect(theirs.afterChange).toBe(theirs.first);
    } finally {
      await Promise.all([patched.close(), published.close()]);
    }
  });

  it('draws the same SVG and PNG bytes as the published Mermaid', async () => {
    const sources = [...renderDiagramSources(modelOf(referenceSpec())), ...renderDiagramSources(modelOf(hostileSpec()))];
    const drawn = async (patch: boolean): Promise<DiagramImage[]> => {
      const renderer = await openDiagramRenderer(session, patch ? undefined : createMermaidAssets({ patch: false }));
      try {
        return await renderer.render(sources);
      } finally {
        await renderer.close();
      }
    };
    const mine = await drawn(true);
    const theirs = await drawn(false);
    expect(mine.map((i) => i.name)).toEqual(theirs.map((i) => i.name));
    for (const [i, image] of mine.entries()) {
      const other = theirs[i]!;
      expect(image.svg, image.name).toBe(other.svg);
      expect(Buffer.from(image.png).equals(Buffer.from(other.png)), image.name).toBe(true);
      expect(image.parts?.length ?? 0, image.name).toBe(other.parts?.length ?? 0);
      expect(image.print?.map((p) => p.svg) ?? [], image.name).toEqual(other.print?.map((p) => p.svg) ?? []);
    }
  });
});
