// The README's check tables are the documentation of record: they must match the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/check/checklist-items.js';
import { CRITERIA } from '../../src/check/rubric/index.js';
import { RULES } from '../../src/check/rules/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every rule with its severity, the criterion it caps and its summary', () => {
    for (const r of RULES) expect(readme).toContain(`| \`${r.id}\` | ${r.severity} | ${r.criterion} | ${r.summary} |`);
  });

  it('documents every rubric point', () => {
    for (const c of CRITERIA) c.points.forEach((p, i) => expect(readme).toContain(`| ${i + 1} | ${p.requirement} |`));
  });

  it('documents what ticks every checklist item', () => {
    for (const item of CHECKLIST) expect(readme).toContain(`| ${item.text} | ${item.rule} |`);
  });
});
