import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { executiveDeck } from '../../src/compile/deck-stage.js';
import { prepareSpec } from '../../src/compile/prepare.js';
import { fileCache } from '../../src/output/cache.js';

it('builds the deck once and takes it from the cache while the model is unchanged', async () => {
  const prepared = prepareSpec(new URL('../../specs/meridian-bank.yaml', import.meta.url).pathname);
  if (!prepared.ok) throw new Error('example spec failed');
  const dir = mkdtempSync(join(tmpdir(), 'aiarch-deck-cache-'));
  const cache = fileCache(dir);
  const first = await executiveDeck(prepared.model, null, 'light', cache);
  expect(readdirSync(dir)).toHaveLength(1);
  const again = await executiveDeck(prepared.model, null, 'light', cache);
  expect(again).toEqual(first);
  expect(readdirSync(dir)).toHaveLength(1);
  // Another theme, or another number in the model, is another deck.
  await executiveDeck(prepared.model, null, 'dark', cache);
  const cheaper = { ...prepared.model, year1: { ...prepared.model.year1, total: prepared.model.year1.total - 1 } };
  await executiveDeck(cheaper, null, 'light', cache);
  expect(readdirSync(dir)).toHaveLength(3);
});
