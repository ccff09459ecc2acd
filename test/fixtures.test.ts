// Every spec fixture under test/ is either valid, or invalid on purpose: the
// files in test/fixtures/invalid/ each get diagnostics, and test/spec/invalid.test.ts pins
// the exact diagnostics (code, line, column) of each one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAbstractSpec } from '../src/spec/abstract.js';
import { loadSpec } from '../src/spec/load.js';

const TEST = fileURLToPath(new URL('./', import.meta.url));
const INVALID = 'fixtures/invalid/';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(entry) ? [full] : [];
    });
}

describe('spec fixtures', () => {
  const files = yamlFiles(TEST).map((full) => relative(TEST, full));

  it('are found', () => {
    expect(files.filter((f) => !f.startsWith(INVALID)).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.startsWith(INVALID)).length).toBeGreaterThan(30);
  });

  for (const file of files) {
    const invalid = file.startsWith(INVALID);
    it(`${file} is ${invalid ? 'invalid on purpose' : 'valid'}`, () => {
      const bytes = readFileSync(join(TEST, file));
      const source = loadSpec(file, bytes, {
        readFile: (path) => {
          try {
            return readFileSync(join(TEST, path));
          } catch {
            return null;
          }
        },
      });
      const errors = source.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
      // An invalid fixture may hold only a warning (e.g. AIA306); it must say something.
      if (invalid) expect(source.diagnostics.length, file).toBeGreaterThan(0);
      else if (!isAbstractSpec(bytes)) expect(errors, file).toEqual([]);
    });
  }
});
