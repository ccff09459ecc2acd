// Breaks valid specs the ways files really break: lines deleted, duplicated or
// swapped, values of the wrong type, indentation shifted, the file cut short,
// and bytes inserted (invalid UTF-8, NUL, tabs, CR, YAML indicators).
// Each step holds plain numbers, applied modulo the current size, so one seed
// always gives the same bytes.
import fc from 'fast-check';

export type Step =
  | { readonly op: 'delete-line' | 'duplicate-line'; readonly at: number }
  | { readonly op: 'swap-lines'; readonly at: number; readonly other: number }
  | { readonly op: 'swap-type'; readonly at: number; readonly value: string }
  | { readonly op: 'rename-key'; readonly at: number; readonly key: string }
  | { readonly op: 'indent'; readonly at: number; readonly by: string; readonly remove: boolean }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'insert-bytes'; readonly at: number; readonly bytes: readonly number[] };

/** Values of every YAML type, including ones the loader must refuse. */
const VALUES = [
  '[]',
  '{}',
  'true',
  'false',
  '42',
  '-1',
  '1e309',
  '-.inf',
  '.nan',
  '0x1F',
  '0o17',
  'null',
  '~',
  '""',
  '"text"',
  "'it''s'",
  '[a, b]',
  '{ a: 1 }',
  '!!binary aGVsbG8=',
  '!!js/function "x"',
  '!custom x',
  '*nope',
  '&a x',
  '"unterminated',
  '[unclosed',
  '{ a: ',
  '__proto__',
  'constructor',
  'toString',
  '2026-13-45',
  '1.10',
  'NO',
  'yes',
  '|',
  '>-',
  '- item',
  '? key',
  '@x',
  '`x`',
  '%',
  'a: b: c',
  'x'.repeat(5000),
];
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'version', 'extends', 'nmae', 'components', '<<', '? x', '"quoted"', 'a b', '1', '-'];
const BYTE_RUNS: readonly (readonly number[])[] = [
  [0x00],
  [0x09],
  [0x0d],
  [0x0d, 0x0a],
  [0xff],
  [0xfe, 0xff],
  [0xc3],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xef, 0xbb, 0xbf],
  [0xc0, 0xaf],
  [0x0a],
  [0x0b],
  [0x0c],
  [0x1b],
  [0x7f],
  [0x85],
  ...[
    ': ',
    '- ',
    '  ',
    '{',
    '[',
    '}',
    ']',
    '"',
    "'",
    '&a ',
    '*a',
    '!!js/function ',
    '<<: *a',
    '---\n',
    '...\n',
    '%YAML 1.1\n',
    '? ',
    '|',
    '>',
    '#',
    ',',
    '\t',
    '\\',
  ].map((s) => [...Buffer.from(s)]),
];

const position = fc.nat({ max: 1_000_000 });
export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at: position }),
  fc.record({ op: fc.constant('swap-lines' as const), at: position, other: position }),
  fc.record({ op: fc.constant('swap-type' as const), at: position, value: fc.constantFrom(...VALUES) }),
  fc.record({ op: fc.constant('rename-key' as const), at: position, key: fc.constantFrom(...KEYS) }),
  fc.record({ op: fc.constant('indent' as const), at: position, by: fc.constantFrom(' ', '  ', '\t', '    '), remove: fc.boolean() }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({
    op: fc.constant('insert-bytes' as const),
    at: position,
    bytes: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...BYTE_RUNS) },
      { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) },
    ),
  }),
);

/** One to three steps. */
export const mutationArbitrary: fc.Arbitrary<Step[]> = fc.array(stepArbitrary, { minLength: 1, maxLength: 3 });

function lines(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  out.push(bytes.subarray(start));
  return out;
}
const join = (ls: readonly Buffer[]): Buffer => Buffer.concat(ls.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from('\n'), l])));

/** Applies one step; a step that finds nothing to act on leaves the bytes as they are. */
export function applyStep(bytes: Buffer, step: Step): Buffer {
  const ls = lines(bytes);
  const at = step.at % Math.max(1, ls.length);
  switch (step.op) {
    case 'delete-line':
      return join(ls.filter((_, i) => i !== at));
    case 'duplicate-line':
      return join(ls.flatMap((l, i) => (i === at ? [l, l] : [l])));
    case 'swap-lines': {
      const other = step.other % Math.max(1, ls.length);
      const copy = [...ls];
      [copy[at], copy[other]] = [ls[other] ?? Buffer.alloc(0), ls[at] ?? Buffer.alloc(0)];
      return join(copy);
    }
    case 'swap-type': {
      // The nearest line at or after `at` with a value: `key: value` or `- value`.
      for (let k = 0; k < ls.length; k++) {
        const i = (at + k) % ls.length;
        const text = (ls[i] ?? Buffer.alloc(0)).toString('latin1');
        const m = /^(\s*(?:- )?[^\s#:][^:#]*:\s+|\s*- )(\S.*)$/.exec(text);
        if (!m) continue;
        const copy = [...ls];
        copy[i] = Buffer.concat([Buffer.from(m[1] ?? '', 'latin1'), Buffer.from(step.value)]);
        return join(copy);
      }
      return bytes;
    }
    case 'rename-key': {
      for (let k = 0; k < ls.length; k++) {
        const i = (at + k) % ls.length;
        const text = (ls[i] ?? Buffer.alloc(0)).toString('latin1');
        const m = /^(\s*(?:- )?)([A-Za-z$][\w$-]*)(:.*)$/.exec(text);
        if (!m) continue;
        const copy = [...ls];
        copy[i] = Buffer.concat([Buffer.from(m[1] ?? '', 'latin1'), Buffer.from(step.key), Buffer.from(m[3] ?? '', 'latin1')]);
        return join(copy);
      }
      return bytes;
    }
    case 'indent': {
      const copy = [...ls];
      const line = ls[at] ?? Buffer.alloc(0);
      const by = Buffer.from(step.by);
      copy[at] = step.remove ? (line.subarray(0, by.length).equals(by) ? line.subarray(by.length) : line) : Buffer.concat([by, line]);
      return join(copy);
    }
    case 'truncate':
      return bytes.subarray(0, step.at % (bytes.length + 1));
    case 'insert-bytes': {
      const offset = step.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, offset), Buffer.from(step.bytes), bytes.subarray(offset)]);
    }
  }
}

export function mutate(source: Uint8Array, steps: readonly Step[]): Buffer {
  return steps.reduce<Buffer>((bytes, step) => applyStep(bytes, step), Buffer.from(source));
}

export function describeSteps(steps: readonly Step[]): string {
  return steps
    .map((s) =>
      'bytes' in s
        ? `${s.op}@${s.at}[${s.bytes.map((b) => b.toString(16)).join(' ')}]`
        : 'value' in s
          ? `${s.op}@${s.at}=${JSON.stringify(s.value.slice(0, 20))}`
          : 'key' in s
            ? `${s.op}@${s.at}=${s.key}`
            : `${s.op}@${s.at}`,
    )
    .join(', ');
}

/** The steps a seed gives (what a failure report asks you to replay). */
export function stepsAt(seed: number): Step[] {
  const [steps] = fc.sample(mutationArbitrary, { seed, numRuns: 1 });
  return steps ?? [];
}
