// Text outside Latin prints with the system's fonts. The unit tests drive the
// coverage check with a fake fontconfig; the last one asks this machine's, so
// a CI image that loses its CJK or Arabic fonts fails here rather than
// printing empty boxes into every such client's PDF.
import { describe, expect, it } from 'vitest';
import { SCRIPTS, scriptCoverage } from '../../src/browser/fonts.js';

describe('script coverage', () => {
  it('names a family per script, and null where fontconfig finds none', () => {
    const coverage = scriptCoverage((pattern) => (pattern === ':charset=4e2d' ? '' : 'DejaVu Sans,DejaVu Sans Condensed\nAnother\n'));
    expect(coverage?.find((c) => c.script.name === 'Chinese')?.family).toBeNull();
    expect(coverage?.find((c) => c.script.name === 'Arabic')?.family).toBe('Another');
  });

  it('says nothing when the machine has no fontconfig', () => {
    expect(scriptCoverage(() => null)).toBeNull();
  });

  it('finds a font for every script on this machine (.ci/run installs them)', () => {
    const coverage = scriptCoverage();
    expect(coverage, 'fontconfig (fc-list) is not installed').not.toBeNull();
    const missing = (coverage ?? []).filter((c) => c.family === null).map((c) => `${c.script.name} (${c.script.debian})`);
    expect(missing).toEqual([]);
    expect(coverage).toHaveLength(SCRIPTS.length);
  });
});
