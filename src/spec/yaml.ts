// Layer 1: YAML text → document with positions → plain JS value.
// Everything the yaml package reports (errors, warnings, thrown errors) becomes
// a diagnostic; nothing here may throw on user input.
import { LineCounter, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { Location } from './source.js';
import type { Collector } from './diag.js';

/** Few enough that a billion-laughs file fails at once; plenty for hand-written anchors. */
export const MAX_ALIAS_COUNT = 50;

export interface ParsedYaml {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** The JS value, or undefined when the document is unusable. */
  readonly value: unknown;
}

/** A `*` that could start an alias node (after a space, a line start or a flow indicator, and before a name). */
export const MAY_HOLD_ALIAS = /(?:^|[\s[{,:])\*[^\s,[\]{}]/m;

const PARSE_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: true,
  merge: false,
  schema: 'core',
  version: '1.2',
  strict: true,
  stringKeys: false,
} as const;

export function parseYaml(text: string, out: Collector): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  let structural = false;
  const reportedLines = new Set<number>();
  for (const e of doc.errors) {
    const where = at(e.pos[0]);
    // After the first error on a line the parser's follow-up complaints are noise.
    if (reportedLines.has(where.line)) continue;
    reportedLines.add(where.line);
    switch (e.code) {
      case 'DUPLICATE_KEY':
        out.add({
          code: 'AIA102',
          message: `duplicate key${keyText(text, e.pos)}: it already appears earlier in the same mapping`,
          hint: 'Keep one entry per key; merge the two or rename one.',
          at: where,
        });
        break;
      case 'TAB_AS_INDENT':
        structural = true;
        out.add({
          code: 'AIA103',
          message: 'tab character used for indentation',
          hint: 'YAML indentation must use spaces; replace the tab with spaces.',
          at: where,
        });
        break;
      case 'MULTIPLE_DOCS':
        structural = true;
        out.add({
          code: 'AIA104',
          message: 'the file holds more than one YAML document (a second `---`)',
          hint: 'Put one spec per file; remove the `---` separator and what follows, or move it to its own file.',
          at: where,
        });
        break;
      default:
        structural = true;
        out.add({
          code: 'AIA101',
          message: `YAML syntax error: ${e.message}`,
          hint: 'Check indentation, colons and closing brackets or quotes at this line.',
          at: where,
        });
    }
  }
  for (const w of doc.warnings) {
    const where = at(w.pos[0]);
    if (w.code === 'TAG_RESOLVE_FAILED') {
      const tag = /Unresolved tag: (.*)$/.exec(w.message)?.[1] ?? 'tag';
      out.add({
        code: 'AIA106',
        message: `unknown YAML tag ${tag.replace('tag:yaml.org,2002:', '!!')}`,
        hint: 'Specs are plain data: remove the tag (values are strings, numbers, lists and mappings only).',
        at: where,
      });
    } else {
      out.add({ code: 'AIA101', message: `YAML problem: ${w.message}`, hint: 'Rewrite this line as plain YAML data.', at: where });
    }
  }

  let firstAlias: Location = { line: 1, column: 1 };
  let aliasSeen = false;
  // merge: false keeps `<<` as an ordinary key; say so explicitly instead of a vague "unknown property".
  // Without a `*name` where a node can start there is no alias, and without `<<` no merge key:
  // most specs skip this walk of the whole document.
  if (text.includes('<<') || MAY_HOLD_ALIAS.test(text))
    visit(doc, {
      Alias(_, alias) {
        if (!aliasSeen) firstAlias = at(alias.range?.[0] ?? 0);
        aliasSeen = true;
      },
      Pair(_, pair) {
        if (isPair(pair) && isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
          out.add({
            code: 'AIA107',
            message: 'merge key `<<` is not supported',
            hint: 'Write the keys out in full; aiarch specs do not merge mappings.',
            at: at(pair.key.range?.[0] ?? 0),
          });
        }
      },
    });

  if (structural) return { doc, lineCounter, value: undefined };
  try {
    return { doc, lineCounter, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    // yaml throws a ReferenceError from toJS() for alias bombs (PITFALLS).
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      out.add({
        code: 'AIA105',
        message: `too many alias expansions (more than ${MAX_ALIAS_COUNT}): the file expands like an alias bomb`,
        hint: 'Write repeated values out instead of nesting aliases (*name) of aliases.',
        at: firstAlias,
      });
    } else {
      out.add({
        code: 'AIA101',
        message: `YAML could not be converted: ${message}`,
        hint: 'Simplify this YAML to plain mappings, lists and scalars.',
        at: { line: 1, column: 1 },
      });
    }
    return { doc, lineCounter, value: undefined };
  }
}

/** ` "name"` for the key starting at pos (yaml marks only its first character), else nothing. */
function keyText(text: string, pos: readonly [number, number]): string {
  const key = /^("[^"\n]*"|'[^'\n]*'|[^:#\n]+?)\s*:/.exec(text.slice(pos[0], pos[0] + 200))?.[1];
  return key === undefined ? '' : ` "${key.replace(/^["']|["']$/g, '')}"`;
}
