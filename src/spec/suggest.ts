// Did-you-mean: the closest allowed word, when it is close enough to be a typo.
import { closest, distance } from 'fastest-levenshtein';

export function suggest(word: string, candidates: Iterable<string>): string | null {
  const list = [...candidates].filter((c) => c !== word);
  if (list.length === 0 || word === '') return null;
  // Case-only differences are always typos.
  const folded = list.find((c) => c.toLowerCase() === word.toLowerCase());
  if (folded) return folded;
  const best = closest(word, list);
  // Short words allow one edit; longer ones about a third of their length (a swap costs two).
  const length = Math.max(word.length, best.length);
  const limit = length <= 3 ? 1 : Math.max(2, Math.floor(length / 3));
  return distance(word, best) <= limit ? best : null;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const best = suggest(word, candidates);
  return best === null ? '' : `; did you mean "${best}"?`;
}
