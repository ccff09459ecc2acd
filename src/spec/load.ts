// loadSpec: bytes → text → YAML document → (bases merged) → schema → semantics.
// Every layer's diagnostics are reported together; the spec is null when any is an error.
import { readFileSync } from 'node:fs';
import { loadCatalog } from '../catalog/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { Collector } from './diag.js';
import { followExtends, readFromDisk, type ReadFile } from './extends.js';
import { readLayer, type Layer } from './layer.js';
import { makeLocator, type Locator } from './locate.js';
import { isMapping, mergedLocator, mergeValues } from './merge.js';
import { parsePointer } from './pointer.js';
import { validateSchema } from './schema.js';
import { checkSemantics } from './semantics/index.js';
import type { SpecSource } from './source.js';
import type { Spec } from './types.js';
import { withoutPrototypes } from '../records.js';

export interface LoadOptions {
  /** Reads the bases a spec `extends` (default: the file system); null when the file does not exist. */
  readonly readFile?: ReadFile;
}

/**
 * Loads and validates one spec. Reads `file` unless `text` (or bytes) is given.
 * Never throws for bad input; an unreadable file throws the fs error.
 */
export function loadSpec(file: string, text?: string | Uint8Array, options: LoadOptions = {}): SpecSource {
  const out = new Collector(file);
  const spec = readLayer(file, text ?? readFileSync(file), out);
  if (spec.value === undefined) return result(spec, sorted(file, out.diagnostics), spec.doc ? locatorOf(spec) : null);

  const chain = isMapping(spec.value) && spec.value['extends'] !== undefined ? followExtends(spec, options.readFile ?? readFromDisk) : null;
  const yamlDiagnostics = [...out.diagnostics, ...(chain?.diagnostics ?? [])];
  const bases = chain?.layers.slice(1) ?? [];
  const locator =
    bases.length === 0
      ? locatorOf(spec)
      : mergedLocator(chain?.layers.filter(hasDoc).map((l) => ({ file: l.file, value: l.value, locator: locatorOf(l) })) ?? []);
  if (chain && !chain.complete) return result(spec, sorted(file, yamlDiagnostics), locator, null, bases);

  // A base's `abstract: true` marks the base, not the specs built on it.
  const value = bases.reduceRight<unknown>((merged, base) => mergeValues(merged, withoutAbstract(base.value)), {});
  // From here on spec text is used as keys: no mapping may answer with a prototype's member.
  const merged = withoutPrototypes(bases.length === 0 ? spec.value : mergeValues(value, spec.value));
  const schemaOut = new Collector(file, locator.value);
  validateSchema(merged, schemaOut, locator);
  const semanticOut = new Collector(file, locator.value);
  checkSemantics(merged, invalidSections(schemaOut.diagnostics), semanticOut, locator, loadCatalog());

  // A position already reported by the YAML layer (e.g. a `<<` key) needs no second schema message.
  const taken = new Set(yamlDiagnostics.map(place));
  const all = [...yamlDiagnostics, ...schemaOut.diagnostics.filter((d) => !taken.has(place(d))), ...semanticOut.diagnostics];
  const failed = all.some((d) => d.severity === 'error');
  return result(spec, sorted(file, all), locator, failed ? null : (merged as Spec), bases);
}

function hasDoc(layer: Layer): layer is Layer & Required<Pick<Layer, 'doc' | 'lineCounter'>> {
  return layer.doc !== undefined && layer.lineCounter !== undefined;
}

function locatorOf(layer: Layer): Locator {
  return hasDoc(layer)
    ? makeLocator(layer.doc, layer.lineCounter)
    : { value: () => ({ line: 1, column: 1 }), key: () => ({ line: 1, column: 1 }), isFlowMap: () => false };
}

function withoutAbstract(value: unknown): unknown {
  if (!isMapping(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'abstract'));
}

const place = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column}`;

function invalidSections(diagnostics: readonly Diagnostic[]): Set<string> {
  const sections = new Set<string>();
  for (const d of diagnostics) {
    // A missing required section leaves the others checkable; the rules see it absent.
    if (d.code === 'AIA202' && d.path === '') continue;
    sections.add(parsePointer(d.path)[0] ?? '');
  }
  return sections;
}

/** The spec's own diagnostics first, then each base's, each by position. */
function sorted(file: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.file === file ? 0 : 1);
  // Codes ("AIA101") compare as plain strings: localeCompare would load ICU's collation data, about 5 ms of a quick command.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...diagnostics].sort((a, b) => rank(a) - rank(b) || order(a.file, b.file) || a.line - b.line || a.column - b.column || order(a.code, b.code));
}

function result(spec: Layer, diagnostics: readonly Diagnostic[], locator: Locator | null, value: Spec | null = null, bases: readonly Layer[] = []): SpecSource {
  return {
    file: spec.file,
    text: spec.text,
    spec: value,
    diagnostics,
    ...(bases.length === 0 ? {} : { baseTexts: new Map(bases.map((b) => [b.file, b.text])) }),
    texts: new Map([[spec.file, spec.text], ...bases.map((b): [string, string] => [b.file, b.text])]),
    locate: (pointer) => locator?.value(pointer) ?? { line: 1, column: 1 },
  };
}
