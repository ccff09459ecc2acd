// Whether a spec file is an abstract base (`abstract: true` at the top level):
// read cheaply, before any full load, so commands can skip it. Anything that
// cannot be read as a plain YAML mapping counts as not abstract, and the full
// load then reports why.
import { isMap, isScalar, parseDocument } from 'yaml';
import { decodeUtf8, findExcessiveNesting, MAX_BYTES } from './guards.js';

export function isAbstractSpec(content: Uint8Array): boolean {
  if (content.length > MAX_BYTES) return false;
  const decoded = decodeUtf8(content);
  if (!decoded.ok) return false;
  // The key is spelled out unless a quoted key escapes a letter; most specs never say "abstract",
  // and skipping this parse saves a full second YAML parse of every spec (validate, check, build),
  // and the nesting scan before it.
  if (!decoded.text.includes('abstract') && !decoded.text.includes('\\')) return false;
  if (findExcessiveNesting(decoded.text) !== null) return false;
  const doc = parseDocument(decoded.text, { schema: 'core', version: '1.2', uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return false;
  const flag = doc.contents.get('abstract', true);
  return isScalar(flag) && (flag.value as unknown) === true;
}
