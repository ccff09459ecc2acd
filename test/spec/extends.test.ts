// `extends`: merge rules, chains, cycles, missing bases and where diagnostics point.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/load.js';
import { isAbstractSpec } from '../../src/spec/abstract.js';

const BASE = `abstract: true
version: 1
client:
  name: Base Co
  date: 2026-03-02
scenario:
  useCase: Answer support questions
platforms:
  weights:
    quality: 60
    cost: 40
  candidates:
    aws-bedrock:
      scores: { quality: 8, cost: 6 }
    azure-openai:
      scores: { quality: 7, cost: 7 }
  recommendation: aws-bedrock
costs:
  usage:
    requestsPerUserPerDay: 10
    tokensPerRequest: { input: 1000, output: 200 }
  growth:
    - { month: 1, users: 10 }
    - { month: 6, users: 100 }
  models:
    - { model: claude-haiku-4-5, share: 60 }
    - { model: claude-sonnet-4-5, share: 40 }
`;

const CHILD = `extends: base.yaml
client:
  name: Child Co
architecture:
  pattern: serverless
  components:
    - { id: users, kind: user, name: Agents, connects: [api] }
    - { id: api, kind: api-gateway, name: API, connects: [llm] }
    - { id: llm, kind: ai-model, name: Model }
costs:
  models:
    - { model: claude-haiku-4-5, share: 100 }
`;

/** loadSpec of `class/child.yaml` with the given files as the only readable ones. */
function load(files: Record<string, string>, child = 'class/child.yaml') {
  const readFile = (path: string) => (files[path] === undefined ? null : new TextEncoder().encode(files[path]));
  const text = files[child];
  if (text === undefined) throw new Error(`no ${child}`);
  return loadSpec(child, text, { readFile });
}

const codes = (s: ReturnType<typeof load>) => s.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

describe('extends: merge', () => {
  it('merges mappings key by key with the child winning; lists and scalars replace the whole value', () => {
    const source = load({ 'class/base.yaml': BASE, 'class/child.yaml': CHILD });
    expect(source.diagnostics).toEqual([]);
    const spec = source.spec!;
    expect(spec.client).toEqual({ name: 'Child Co', date: '2026-03-02' });
    expect(spec.costs.usage.requestsPerUserPerDay).toBe(10);
    expect(spec.costs.models).toEqual([{ model: 'claude-haiku-4-5', share: 100 }]);
    expect(spec.costs.growth).toHaveLength(2);
    expect(spec.platforms.recommendation).toBe('aws-bedrock');
    // `abstract` marks the base only.
    expect(spec.abstract).toBeUndefined();
    expect(source.baseTexts?.get('class/base.yaml')).toBe(BASE);
  });

  it('locates values in the file they came from: child without file, base with its name', () => {
    const source = load({ 'class/base.yaml': BASE, 'class/child.yaml': CHILD });
    expect(source.locate('/client/name')).toEqual({ line: 3, column: 9 });
    expect(source.locate('/client/date')).toEqual({ line: 5, column: 9, file: 'class/base.yaml' });
    expect(source.locate('/costs/models/0/share')).toEqual({ line: 12, column: 41 });
    // The child's list replaced the base's: index 1 exists only in the base, yet the child's list is where it is missing.
    expect(source.locate('/costs/models/1')).toEqual({ line: 12, column: 5 });
    expect(source.locate('/costs/usage/requestsPerUserPerDay')).toEqual({ line: 20, column: 28, file: 'class/base.yaml' });
    // Absent everywhere: the nearest ancestor, in the child when the child has it.
    expect(source.locate('/costs/nothing')).toEqual({ line: 11, column: 3 });
  });

  it('follows a chain of bases, each relative to the file that names it', () => {
    const source = load({
      'class/child.yaml': CHILD,
      'class/base.yaml': `extends: ../shared/root.yaml\nclient:\n  name: Middle Co\n`,
      'shared/root.yaml': BASE,
    });
    expect(source.diagnostics).toEqual([]);
    expect(source.spec?.client).toEqual({ name: 'Child Co', date: '2026-03-02' });
    expect(source.locate('/scenario/useCase')).toEqual({ line: 7, column: 12, file: 'shared/root.yaml' });
  });

  it('allows 4 bases and refuses a fifth with AIA114', () => {
    const chain = (n: number) => {
      const files: Record<string, string> = { 'class/child.yaml': CHILD };
      for (let i = 1; i < n; i++) files[i === 1 ? 'class/base.yaml' : `class/b${i}.yaml`] = `extends: b${i + 1}.yaml\n`;
      files[n === 1 ? 'class/base.yaml' : `class/b${n}.yaml`] = BASE;
      return files;
    };
    expect(load(chain(4)).diagnostics).toEqual([]);
    expect(codes(load(chain(5)))).toEqual(['class/b4.yaml:1:10 AIA114']);
  });
});

describe('extends: errors', () => {
  it('a cycle is AIA113 at the extends line that closes it', () => {
    const source = load({ 'class/child.yaml': CHILD, 'class/base.yaml': 'extends: child.yaml\nversion: 1\n' });
    expect(codes(source)).toEqual(['class/base.yaml:1:10 AIA113']);
    expect(source.diagnostics[0]?.message).toContain('class/child.yaml → class/base.yaml → class/child.yaml');
    expect(source.spec).toBeNull();
  });

  it("a missing base is AIA112 at the child's extends line, with a hint", () => {
    const source = load({ 'class/child.yaml': `# a comment\n${CHILD}` });
    expect(codes(source)).toEqual(['class/child.yaml:2:10 AIA112']);
    expect(source.diagnostics[0]?.message).toBe('base spec class/base.yaml does not exist');
    expect(source.diagnostics[0]?.hint).toContain('relative to class/child.yaml');
  });

  it('an unreadable base and a URL are AIA112 too', () => {
    const throwing = loadSpec('class/child.yaml', CHILD, {
      readFile: () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    });
    expect(throwing.diagnostics.map((d) => d.message)).toEqual(['base spec class/base.yaml cannot be read (EACCES)']);
    const url = load({ 'class/child.yaml': CHILD.replace('base.yaml', 'https://example.com/base.yaml') });
    expect(codes(url)).toEqual(['class/child.yaml:1:10 AIA112']);
  });

  it('a YAML error in the base names the base file and line, framed from the base text', () => {
    const source = load({ 'class/child.yaml': CHILD, 'class/base.yaml': BASE.replace('  name: Base Co\n', '  name: Base Co\n  name: Again\n') });
    expect(codes(source)).toEqual(['class/base.yaml:5:3 AIA102']);
    const d = source.diagnostics[0]!;
    expect(source.texts.get(d.file)?.split('\n')[4]).toBe('  name: Again');
  });

  it("a schema error points at the child when the value is the child's, at the base when it is the base's", () => {
    const source = load({
      'class/child.yaml': CHILD.replace('share: 100', 'share: many'),
      'class/base.yaml': BASE.replace('requestsPerUserPerDay: 10', 'requestsPerUserPerDay: -1'),
    });
    expect(codes(source)).toEqual(['class/child.yaml:12:41 AIA203', 'class/base.yaml:20:28 AIA205']);
  });

  it('a semantic error points at the file of the offending value', () => {
    // Weights come from the base; the child changes one so they no longer sum to 100.
    const child = `${CHILD}platforms:\n  weights:\n    cost: 30\n`;
    const source = load({ 'class/child.yaml': child, 'class/base.yaml': BASE });
    expect(codes(source)).toEqual(['class/child.yaml:15:5 AIA304']);
    const inBase = load({ 'class/child.yaml': CHILD, 'class/base.yaml': BASE.replace('cost: 40', 'cost: 30') });
    expect(codes(inBase)).toEqual(['class/base.yaml:10:5 AIA304']);
  });

  it('a base without the child is only a partial spec, and is recognised as abstract', () => {
    expect(isAbstractSpec(new TextEncoder().encode(BASE))).toBe(true);
    expect(isAbstractSpec(new TextEncoder().encode(CHILD))).toBe(false);
    expect(isAbstractSpec(new TextEncoder().encode('abstract: "true"\n'))).toBe(false);
    // The quick text check before parsing must not miss a key spelled with an escape.
    expect(isAbstractSpec(new TextEncoder().encode('"\\x61bstract": true\nversion: 1\n'))).toBe(true);
    expect(isAbstractSpec(new TextEncoder().encode('{ version: 1, abstract: true }\n'))).toBe(true);
  });
});
