// One spec file's text layer: bytes → text → guards → YAML document → value,
// with its string coercion. A spec and each base it extends are read this way,
// so a base's YAML problems are reported against the base file itself.
import type { Document, LineCounter } from 'yaml';
import type { Collector } from './diag.js';
import { coerceStrings } from './coerce.js';
import { decodeUtf8, findExcessiveNesting, isBlank, MAX_BYTES, MAX_DEPTH } from './guards.js';
import { specSchema } from './schema-file.js';
import type { Location } from './source.js';
import { parseYaml } from './yaml.js';

export interface Layer {
  readonly file: string;
  /** The decoded text, for code frames ('' when it was too large to read). */
  readonly text: string;
  readonly doc?: Document;
  readonly lineCounter?: LineCounter;
  /** The parsed, coerced value; undefined when the YAML layer could not produce a usable one. */
  readonly value: unknown;
}

const NOWHERE: Location = { line: 0, column: 0 };

export function readLayer(file: string, content: string | Uint8Array, out: Collector): Layer {
  let source: string;
  if (typeof content !== 'string') {
    if (content.length > MAX_BYTES) {
      out.add({
        code: 'AIA110',
        at: NOWHERE,
        message: `file is ${content.length} bytes; the limit is ${MAX_BYTES} (1 MiB)`,
        hint: 'A spec is a few hundred lines; split out or shorten long text.',
      });
      return { file, text: '', value: undefined };
    }
    const decoded = decodeUtf8(content);
    if (!decoded.ok) {
      out.add({
        code: 'AIA108',
        at: decoded.at,
        message: 'file is not valid UTF-8 text',
        hint: 'Save the file as UTF-8 (most editors: "Save with encoding").',
      });
      return { file, text: decoded.text, value: undefined };
    }
    source = decoded.text;
  } else {
    source = content;
    if (source.length > MAX_BYTES) {
      out.add({
        code: 'AIA110',
        at: NOWHERE,
        message: `spec text is ${source.length} characters; the limit is ${MAX_BYTES} (1 MiB)`,
        hint: 'A spec is a few hundred lines; split out or shorten long text.',
      });
      return { file, text: '', value: undefined };
    }
  }

  if (isBlank(source)) {
    out.add({ code: 'AIA109', at: NOWHERE, message: 'the spec file is empty', hint: 'Run `aiarch init` to write a starter spec, then fill it in.' });
    return { file, text: source, value: undefined };
  }
  const deep = findExcessiveNesting(source);
  if (deep) {
    out.add({
      code: 'AIA111',
      at: deep,
      message: `nesting is deeper than ${MAX_DEPTH} levels`,
      hint: 'A spec nests a few levels at most; flatten this structure.',
    });
    return { file, text: source, value: undefined };
  }

  const { doc, lineCounter, value } = parseYaml(source, out);
  if (value === null) {
    out.add({ code: 'AIA109', at: NOWHERE, message: 'the spec file has no content', hint: 'Run `aiarch init` to write a starter spec, then fill it in.' });
    return { file, text: source, doc, lineCounter, value: undefined };
  }
  if (value !== undefined) coerceStrings(doc, value, specSchema());
  return { file, text: source, doc, lineCounter, value };
}
