// --shard i/n (the convention of vitest and playwright): the sorted spec paths
// split into n contiguous parts of near-equal size, and this run takes part i.
// Every runner of a CI matrix computes the same split, so shards 1/n..n/n
// cover the class exactly once.
import { UsageError } from './io.js';

export interface Shard {
  readonly index: number;
  readonly count: number;
}

export function parseShard(value: string | undefined): Shard | null {
  if (value === undefined) return null;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 <= i <= n, e.g. 2/3; got "${value}"`);
  return { index, count };
}

/** This shard's part of the files, in sorted order; without a shard, all of them as given. */
export function shardOf(files: readonly string[], shard: Shard | null): string[] {
  if (shard === null) return [...files];
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const end = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(start, end);
}
