// loadSpec: bytes → text → YAML document → schema → semantics. Every layer's
// diagnostics are reported together; the spec is null when any is an error.
import { readFileSync } from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import { loadCatalog } from '../catalog/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { coerceStrings } from './coerce.js';
import { Collector } from './diag.js';
import { decodeUtf8, findExcessiveNesting, isBlank, MAX_BYTES, MAX_DEPTH } from './guards.js';
import { makeLocator, type Locator } from './locate.js';
import { parsePointer } from './pointer.js';
import { validateSchema } from './schema.js';
import { specSchema } from './schema-file.js';
import { checkSemantics } from './semantics/index.js';
import type { Location, SpecSource } from './source.js';
import type { Spec } from './types.js';
import { parseYaml } from './yaml.js';

/**
 * Loads and validates one spec. Reads `file` unless `text` (or bytes) is given.
 * Never throws for bad input; an unreadable file throws the fs error.
 */
export function loadSpec(file: string, text?: string | Uint8Array): SpecSource {
  const bytes = typeof text === 'string' ? null : (text ?? readFileSync(file));
  const nowhere: Location = { line: 0, column: 0 };
  const out = new Collector(file);

  if (bytes && bytes.length > MAX_BYTES) {
    out.add({ code: 'AIA110', at: nowhere, message: `file is ${bytes.length} bytes; the limit is ${MAX_BYTES} (1 MiB)`, hint: 'A spec is a few hundred lines; split out or shorten long text.' });
    return result(file, '', out.diagnostics);
  }
  let source: string;
  if (bytes) {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      out.add({ code: 'AIA108', at: decoded.at, message: 'file is not valid UTF-8 text', hint: 'Save the file as UTF-8 (most editors: "Save with encoding").' });
      return result(file, decoded.text, out.diagnostics);
    }
    source = decoded.text;
  } else {
    source = text as string;
    if (source.length > MAX_BYTES) {
      out.add({ code: 'AIA110', at: nowhere, message: `spec text is ${source.length} characters; the limit is ${MAX_BYTES} (1 MiB)`, hint: 'A spec is a few hundred lines; split out or shorten long text.' });
      return result(file, '', out.diagnostics);
    }
  }

  if (isBlank(source)) {
    out.add({ code: 'AIA109', at: nowhere, message: 'the spec file is empty', hint: 'Run `aiarch init` to write a starter spec, then fill it in.' });
    return result(file, source, out.diagnostics);
  }
  const deep = findExcessiveNesting(source);
  if (deep) {
    out.add({ code: 'AIA111', at: deep, message: `nesting is deeper than ${MAX_DEPTH} levels`, hint: 'A spec nests a few levels at most; flatten this structure.' });
    return result(file, source, out.diagnostics);
  }

  const parsed = parseYaml(source, out);
  const locator = makeLocator(parsed.doc, parsed.lineCounter);
  if (parsed.value === undefined) return result(file, source, sorted(out.diagnostics), parsed.doc, parsed.lineCounter);
  if (parsed.value === null) {
    out.add({ code: 'AIA109', at: nowhere, message: 'the spec file has no content', hint: 'Run `aiarch init` to write a starter spec, then fill it in.' });
    return result(file, source, out.diagnostics, parsed.doc, parsed.lineCounter);
  }

  coerceStrings(parsed.doc, parsed.value, specSchema());
  const schemaOut = new Collector(file, locator.value);
  validateSchema(parsed.value, schemaOut, locator);
  const semanticOut = new Collector(file, locator.value);
  checkSemantics(parsed.value, invalidSections(schemaOut.diagnostics), semanticOut, locator, loadCatalog());

  // A position already reported by the YAML layer (e.g. a `<<` key) needs no second schema message.
  const taken = new Set(out.diagnostics.map((d) => `${d.line}:${d.column}`));
  const all = [...out.diagnostics, ...schemaOut.diagnostics.filter((d) => !taken.has(`${d.line}:${d.column}`)), ...semanticOut.diagnostics];
  const failed = all.some((d) => d.severity === 'error');
  return result(file, source, sorted(all), parsed.doc, parsed.lineCounter, failed ? null : (parsed.value as Spec));
}

function invalidSections(diagnostics: readonly Diagnostic[]): Set<string> {
  const sections = new Set<string>();
  for (const d of diagnostics) {
    // A missing required section leaves the others checkable; the rules see it absent.
    if (d.code === 'AIA202' && d.path === '') continue;
    sections.add(parsePointer(d.path)[0] ?? '');
  }
  return sections;
}

function sorted(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

function result(file: string, text: string, diagnostics: readonly Diagnostic[], doc?: Document, lineCounter?: LineCounter, spec: Spec | null = null): SpecSource {
  const locator: Locator | null = doc && lineCounter ? makeLocator(doc, lineCounter) : null;
  return {
    file,
    text,
    spec,
    diagnostics,
    locate: (pointer) => locator?.value(pointer) ?? { line: 1, column: 1 },
  };
}
