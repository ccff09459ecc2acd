import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diagramCacheKey, partitionCached, readCachedImage, writeCachedImage } from '../../../src/render/images/cache.js';
import type { DiagramImage, DiagramSource } from '../../../src/render/types.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'aiarch-cache-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const source = (text: string): DiagramSource => ({ name: 'deployment-pipeline', title: 'Deployment pipeline', source: text });
const image: DiagramImage = { name: 'deployment-pipeline', svg: '<svg/>', png: new Uint8Array([137, 80, 78, 71]), width: 10, height: 5 };

describe('render cache', () => {
  it('keys by source and renderer, as a sha256 hex digest', () => {
    expect(diagramCacheKey(source('a'))).toMatch(/^[0-9a-f]{64}$/);
    expect(diagramCacheKey(source('a'))).toBe(diagramCacheKey(source('a')));
    expect(diagramCacheKey(source('a'))).not.toBe(diagramCacheKey(source('b')));
    expect(diagramCacheKey(source('a'))).not.toBe(diagramCacheKey({ ...source('a'), name: 'incident-workflow' }));
  });

  it('returns what was written, bytes included', () => {
    const dir = join(tempDir(), 'nested', 'diagrams');
    writeCachedImage(dir, source('a'), image);
    expect(readCachedImage(dir, source('a'))).toEqual(image);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('splits sources into cached and missing, so a fully cached build needs no browser', () => {
    const dir = tempDir();
    writeCachedImage(dir, source('a'), image);
    const partition = partitionCached([source('a'), source('b')], dir);
    expect(partition.cached).toEqual([image]);
    expect(partition.missing).toEqual([source('b')]);
    expect(partitionCached([source('a')], dir).missing).toEqual([]);
  });

  it('treats a damaged entry as missing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${diagramCacheKey(source('a'))}.json`), '{"svg": 1');
    expect(partitionCached([source('a')], dir).missing).toHaveLength(1);
  });
});
