// A JSON pointer as a learner reads it: /platforms/rationale/0 → platforms.rationale[0].
import { parsePointer } from '../../spec/pointer.js';

export function fieldName(pointer: string): string {
  let out = '';
  for (const part of parsePointer(pointer)) out += /^\d+$/.test(part) ? `[${part}]` : `${out === '' ? '' : '.'}${part}`;
  return out === '' ? 'the spec' : out;
}
