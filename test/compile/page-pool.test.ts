// The print pages of a build: the jobs take turns in one page rather than
// each holding a renderer of its own for the whole build.
import { describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../src/browser/session.js';
import { PagePool } from '../../src/compile/page-pool.js';

const session = {} as BrowserSession;
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

function fakePages(failOpens = 0) {
  const state = { opened: 0, closed: 0, busy: 0, mostBusy: 0, failOpens };
  const open = async () => {
    await tick();
    if (state.failOpens > 0) {
      state.failOpens -= 1;
      throw new Error('no page');
    }
    state.opened += 1;
    return {
      id: state.opened,
      close: async () => {
        state.closed += 1;
      },
    };
  };
  const work = async (page: { id: number }, fail = false): Promise<number> => {
    state.busy += 1;
    state.mostBusy = Math.max(state.mostBusy, state.busy);
    await tick();
    state.busy -= 1;
    if (fail) throw new Error('print failed');
    return page.id;
  };
  return { state, open, work };
}

describe('PagePool', () => {
  it('opens a page per concurrent use without a limit', async () => {
    const { state, open, work } = fakePages();
    const pool = new PagePool(open);
    await Promise.all([1, 2, 3].map(() => pool.use(session, (page) => work(page))));
    expect(state.opened).toBe(3);
    expect(state.mostBusy).toBe(3);
  });

  it('with a limit of one, runs every use in the same page, one at a time', async () => {
    const { state, open, work } = fakePages();
    const pool = new PagePool(open, 1);
    const ids = await Promise.all([1, 2, 3, 4].map(() => pool.use(session, (page) => work(page))));
    expect(ids).toEqual([1, 1, 1, 1]);
    expect(state.opened).toBe(1);
    expect(state.mostBusy).toBe(1);
    await pool.close();
    expect(state.closed).toBe(1);
  });

  it('replaces a page that failed, and a waiting use goes on in the new one', async () => {
    const { state, open, work } = fakePages();
    const pool = new PagePool(open, 1);
    const first = pool.use(session, (page) => work(page, true));
    const second = pool.use(session, (page) => work(page));
    await expect(first).rejects.toThrow('print failed');
    expect(await second).toBe(2);
    expect(state.closed).toBe(1);
    expect(state.mostBusy).toBe(1);
  });

  it('lets a waiting use open the page when opening one failed', async () => {
    const { state, open, work } = fakePages(1);
    const pool = new PagePool(open, 1);
    const first = pool.use(session, (page) => work(page));
    const second = pool.use(session, (page) => work(page));
    await expect(first).rejects.toThrow('no page');
    expect(await second).toBe(1);
    expect(state.opened).toBe(1);
  });

  it('lets a page release what a use left before the next use, and drops one that cannot', async () => {
    const events: string[] = [];
    let opened = 0;
    const open = async () => {
      const id = ++opened;
      return {
        id,
        release: async () => {
          await tick();
          events.push(`release ${id}`);
          if (id === 1 && events.filter((e) => e === 'release 1').length === 2) throw new Error('page gone');
        },
        close: async () => void events.push(`close ${id}`),
      };
    };
    const pool = new PagePool(open, 1);
    const use = (n: number) =>
      pool.use(session, async (page) => {
        events.push(`use ${n} in ${page.id}`);
        await tick();
        return n;
      });
    // The second release fails: its use's result stands, and the third use gets a new page.
    expect(await Promise.all([use(1), use(2), use(3)])).toEqual([1, 2, 3]);
    expect(events).toEqual(['use 1 in 1', 'release 1', 'use 2 in 1', 'release 1', 'close 1', 'use 3 in 2', 'release 2']);
  });

  it('does not release pages a build will not use again', async () => {
    let released = 0;
    const pool = new PagePool(async () => ({ release: async () => void (released += 1), close: async () => undefined }), 1, false);
    await pool.use(session, async () => 1);
    await pool.use(session, async () => 2);
    expect(released).toBe(0);
  });

  it('skips releasing after a use that asks it to, and keeps the page for the next one', async () => {
    const events: string[] = [];
    const pool = new PagePool(async () => ({ release: async () => void events.push('release'), close: async () => undefined }), 1);
    await pool.use(session, async () => void events.push('cover'), { release: false });
    await pool.use(session, async () => void events.push('body'));
    expect(events).toEqual(['cover', 'body', 'release']);
    expect(pool.size).toBe(1);
  });
});
