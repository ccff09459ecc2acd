// Request paths are untrusted. A path is split into segments and each segment
// decoded on its own, so "%2e%2e", "%2f" and "%5c" cannot smuggle a parent
// folder or a separator past the checks; dot segments, dotfiles, empty and
// NUL-carrying segments are refused outright.
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

export class BadPathError extends Error {}

/** Decoded segments of a URL path (no query); throws BadPathError on anything suspicious. */
export function pathSegments(rawPath: string): string[] {
  if (!rawPath.startsWith('/')) throw new BadPathError('path must start with /');
  if (rawPath === '/') return [];
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new BadPathError('malformed escape');
    }
    if (segment === '' || segment.startsWith('.') || /[/\\\0]/.test(segment) || /[\u0000-\u001f]/.test(segment)) {
      throw new BadPathError(`refused segment ${JSON.stringify(raw)}`);
    }
    segments.push(segment);
  }
  return segments;
}

/** `segments` joined under `root`, or null when the result (or a symlink in it) leaves `root` or does not exist. */
export function fileUnder(root: string, segments: readonly string[]): string | null {
  if (segments.length === 0) return null;
  const joined = join(root, ...segments);
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(joined);
    const rel = relative(realRoot, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
    return real;
  } catch {
    return null;
  }
}
