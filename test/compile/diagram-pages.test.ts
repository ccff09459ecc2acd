// A build keeps one warm diagram page per concurrent job and reuses it from
// spec to spec; a page that failed is closed, never reused.
import { describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../src/browser/session.js';
import { DiagramPages } from '../../src/compile/diagram-pages.js';
import type { DiagramRenderer } from '../../src/render/images/index.js';
import type { DiagramSource } from '../../src/render/types.js';

const session = {} as BrowserSession;
const source = (name: string): DiagramSource => ({ name: 'cost-projection', title: name, source: name });

function fakeOpener(): { open: (s: BrowserSession) => Promise<DiagramRenderer>; opened: number; closed: number; used: Map<number, number> } {
  const state = {
    opened: 0,
    closed: 0,
    used: new Map<number, number>(),
    open: async (): Promise<DiagramRenderer> => {
      state.opened += 1;
      const id = state.opened;
      return {
        render: async (sources) => {
          state.used.set(id, (state.used.get(id) ?? 0) + 1);
          // Yield so concurrent renders really overlap.
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (sources.some((s) => s.source === 'broken')) throw new Error('broken diagram');
          return sources.map((s) => ({ name: s.name, svg: `<svg>${s.source}</svg>`, png: new Uint8Array([id]), width: 1, height: 1 }));
        },
        close: async () => {
          state.closed += 1;
        },
      };
    },
  };
  return state;
}

describe('DiagramPages', () => {
  it('reuses one page for specs rendered one after another', async () => {
    const fake = fakeOpener();
    const pages = new DiagramPages(fake.open);
    for (const name of ['a', 'b', 'c']) await pages.render(session, [source(name)]);
    expect(fake.opened).toBe(1);
    expect(fake.used.get(1)).toBe(3);
    await pages.close();
    expect(fake.closed).toBe(1);
  });

  it('opens a page per concurrent render, then reuses them', async () => {
    const fake = fakeOpener();
    const pages = new DiagramPages(fake.open);
    await Promise.all([pages.render(session, [source('a')]), pages.render(session, [source('b')])]);
    expect(fake.opened).toBe(2);
    await Promise.all([pages.render(session, [source('c')]), pages.render(session, [source('d')])]);
    expect(fake.opened).toBe(2);
    await pages.close();
    expect(fake.closed).toBe(2);
  });

  it('closes a page whose render failed and opens a fresh one for the next spec', async () => {
    const fake = fakeOpener();
    const pages = new DiagramPages(fake.open);
    await expect(pages.render(session, [source('broken')])).rejects.toThrow('broken diagram');
    expect(fake.closed).toBe(1);
    const [image] = await pages.render(session, [source('fine')]);
    expect(Array.from(image!.png)).toEqual([2]);
    await pages.close();
    expect(fake.closed).toBe(2);
  });

  it('renders the first spec in the page opened ahead of time, and survives a page that failed to open', async () => {
    const fake = fakeOpener();
    const pages = new DiagramPages(fake.open);
    void pages.prewarm(session);
    await Promise.all([pages.render(session, [source('a')]), pages.prewarm(session)]);
    expect(fake.opened).toBe(1);
    await pages.close();

    let attempts = 0;
    const flaky = new DiagramPages(async (s) => {
      attempts += 1;
      if (attempts === 1) throw new Error('page crashed');
      return fake.open(s);
    });
    await flaky.prewarm(session);
    expect(await flaky.render(session, [source('b')])).toHaveLength(1);
    expect(attempts).toBe(2);
    await flaky.close();
  });
});
