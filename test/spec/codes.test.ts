// One code table (src/diagnostics/codes.ts) for every AIA code and rule id; the
// README's tables are tested against it in both directions.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { CODES, RULE_CODES } from '../../src/diagnostics/codes.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const lines = readme.split('\n');

it('README lists every diagnostic code with its layer and meaning', () => {
  for (const [code, entry] of Object.entries(CODES)) {
    expect(lines, code).toContain(`| ${code} | ${entry.layer} | ${entry.meaning} |`);
  }
});

it('the README code table lists no code the table does not know', () => {
  const start = lines.indexOf('| code | layer | meaning |');
  expect(start).toBeGreaterThan(0);
  const rows = lines.slice(start + 2).filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));
  const listed = rows.map((l) => /^\| (AIA\d{3}) \|/.exec(l)?.[1]);
  expect(listed).toEqual(Object.keys(CODES));
});

it('every code the sources use is in the table', () => {
  const src = new URL('../../src/', import.meta.url);
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const used = new Set(files.flatMap((f) => readFileSync(new URL(f, src), 'utf8').match(/\bAIA\d{3}\b/g) ?? []));
  expect(used.size).toBeGreaterThan(40);
  for (const code of used) expect(Object.keys(CODES), code).toContain(code);
});

it('the check runs exactly the rules of the table, in its order', () => {
  expect(RULES.map((r) => r.id)).toEqual(Object.keys(RULE_CODES));
  for (const r of RULES) expect(r).toMatchObject(RULE_CODES[r.id]);
});
