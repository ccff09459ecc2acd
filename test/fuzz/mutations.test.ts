// The mutator replays from its seed and the runner tells a crash from a
// diagnostic; `npm run fuzz` runs the mutations themselves.
import { describe, expect, it } from 'vitest';
import { applyStep, mutate, stepsAt } from './mutate.js';
import { stackTraceIn } from './stack-trace.js';

describe('mutation fuzzer', () => {
  it('mutates the same way for the same seed', () => {
    const source = Buffer.from('a: 1\nb:\n  - x\n  - y\n');
    expect(mutate(source, stepsAt(7))).toEqual(mutate(source, stepsAt(7)));
    expect(applyStep(source, { op: 'delete-line', at: 0 }).toString()).toBe('b:\n  - x\n  - y\n');
    expect(applyStep(source, { op: 'swap-type', at: 2, value: '{}' }).toString()).toBe('a: 1\nb:\n  - {}\n  - y\n');
    expect(applyStep(source, { op: 'insert-bytes', at: 1, bytes: [0xff, 0x00] })).toEqual(Buffer.concat([Buffer.from('a'), Buffer.from([0xff, 0]), Buffer.from(': 1\nb:\n  - x\n  - y\n')]));
    expect(applyStep(source, { op: 'truncate', at: 6 }).toString()).toBe('a: 1\nb');
  });

  it('tells a stack trace or an internal error from a diagnostic', () => {
    expect(stackTraceIn('spec.yaml:3:5  error AIA203  wrong type\n  hint: use a list')).toBeNull();
    expect(stackTraceIn('TypeError: x is not a function\n    at f (/app/dist/a.js:1:2)')).not.toBeNull();
    expect(stackTraceIn('aiarch: internal error in `aiarch build`')).not.toBeNull();
  });
});
