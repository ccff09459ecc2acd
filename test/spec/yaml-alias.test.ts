// parseYaml walks the document for aliases and merge keys only when the text
// may hold one (MAY_HOLD_ALIAS): every alias yaml finds must be one it sees.
import { parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAY_HOLD_ALIAS } from '../../src/spec/yaml.js';

const hasAlias = (text: string): boolean => {
  let found = false;
  visit(parseDocument(text, { uniqueKeys: false }), {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
};

describe('MAY_HOLD_ALIAS', () => {
  const aliases = [
    'a: &x 1\nb: *x\n',
    'a: &x 1\nb:\n  - *x\n',
    'a: &x 1\nb: [*x, *x]\n',
    'a: &x 1\nb: [1,*x]\n',
    'a: &x 1\nb: {c: *x}\n',
    'a: &x 1\nb: {"c":*x}\n',
    'a: &x 1\nb:\n  *x : 2\n',
    'a: &x 1\nb:\n  ? *x\n  : 2\n',
    '*x\n',
    'a: &x 1\nb: !!str *x\n',
    'a: &x [1]\nb:\t*x\n',
  ];
  it.each(aliases)('sees the alias in %j', (text) => {
    expect(hasAlias(text)).toBe(true);
    expect(MAY_HOLD_ALIAS.test(text)).toBe(true);
  });

  it('lets specs with a * in prose, a product or a comment skip the walk', () => {
    for (const text of ['a: 2*3\n', 'a: users * requests # peak = users * rps\n', 'a: "**bold**"\n', '# (hours*3600)\n']) {
      expect(hasAlias(text)).toBe(false);
      expect(MAY_HOLD_ALIAS.test(text)).toBe(false);
    }
  });
});
