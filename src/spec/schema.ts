// Layer 2: JSON Schema validation (ajv, draft-07), with each error mapped to
// one readable diagnostic at the YAML line it concerns.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Collector } from './diag.js';
import { toPointer, parsePointer } from './pointer.js';
import { acceptsType, type SchemaNode } from './schema-file.js';
import { validate as compiledValidator } from './schema-validator.generated.js';
import { suggest } from './suggest.js';
import type { Locator } from './locate.js';

/**
 * `validate` defaults to the validator compiled at build time (scripts/gen-validators.mjs):
 * compiling the schema on each start cost more than everything else `aiarch validate` does.
 * Its errors carry parentSchema and data (ajv's `verbose`), which the messages need.
 */
export function validateSchema(value: unknown, out: Collector, locate: Locator, validate: ValidateFunction = compiledValidator): boolean {
  if (validate(value)) return true;
  for (const error of selectErrors(validate.errors ?? [])) report(error, out, locate);
  return false;
}

/** Drops ajv's noise: for oneOf/anyOf keep only the branch matching the value's type. */
function selectErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') continue;
    const branches = ((error.parentSchema as SchemaNode | undefined)?.[error.keyword] ?? []) as SchemaNode[];
    const type = jsonType(error.data);
    const chosen = branches.findIndex((b) => acceptsType(b, type) || (type === 'integer' && acceptsType(b, 'number')));
    for (const other of errors) {
      // Items of one array share schema paths; only errors under this instance belong to this oneOf.
      const inside = other.instancePath === error.instancePath || other.instancePath.startsWith(error.instancePath + '/');
      if (!inside || !other.schemaPath.startsWith(error.schemaPath + '/')) continue;
      if (chosen < 0 || !other.schemaPath.startsWith(`${error.schemaPath}/${chosen}/`)) drop.add(other);
    }
    if (chosen >= 0) drop.add(error);
  }
  // A bad property name shows once (as propertyNames), not also as the pattern it failed.
  return errors.filter((e) => !drop.has(e) && !(e.propertyName !== undefined && e.keyword !== 'propertyNames'));
}

function jsonType(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'number') return Number.isInteger(data) ? 'integer' : 'number';
  return typeof data;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  null: 'empty',
};

function describe(data: unknown): string {
  if (data === null || data === undefined) return 'nothing (empty value)';
  if (typeof data === 'string') return `"${data.length > 40 ? data.slice(0, 40) + '…' : data}"`;
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a mapping';
  return String(data);
}

/** Human path: /architecture/components/2/connects → architecture.components[2].connects */
export function humanPath(pointer: string): string {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return 'the spec';
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

const ID_PATTERN = /^\^\[a-z\]|^\^\[A-Za-z\]/;

function report(error: ErrorObject, out: Collector, locate: Locator): void {
  const path = error.instancePath;
  const where = humanPath(path);
  const parent = error.parentSchema as SchemaNode | undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const child = toPointer([...parsePointer(path), name]);
      const allowed = Object.keys(parent?.properties ?? {});
      const best = suggest(name, allowed);
      // `{ a: x, y z }`: a comma inside unquoted text splits it into a stray key with no value.
      const strayComma = best === null && locate.isFlowMap(path) && (error.data as Record<string, unknown>)[name] === null;
      out.add({
        code: 'AIA201',
        path: child,
        at: locate.key(child),
        message: `unknown property "${name}" in ${where}${best ? `; did you mean "${best}"?` : ''}`,
        hint: best
          ? `Rename "${name}" to "${best}".`
          : strayComma
            ? 'Inside { ... } a comma ends the value: put quotes around text that contains a comma.'
            : `Allowed here: ${allowed.join(', ')}.`,
      });
      return;
    }
    case 'required': {
      const name = String(params['missingProperty']);
      out.add({
        code: 'AIA202',
        path,
        at: locate.key(path),
        message: `${where} is missing required property "${name}"`,
        hint: `Add "${name}:" under ${where}.`,
      });
      return;
    }
    case 'type':
    case 'oneOf':
    case 'anyOf': {
      const wanted = error.keyword === 'type' ? String(params['type']).split(',') : branchTypes(error, parent);
      const names = wanted.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
      const connects = /\/connects\/\d+$/.test(path);
      out.add({
        code: 'AIA203',
        path,
        at: locate.value(path),
        message: connects
          ? `${where} must be a component id or a mapping { to: id, label: text }, got ${describe(error.data)}`
          : `${where} must be ${names}, got ${describe(error.data)}`,
        hint: typeHint(path, where, wanted, names, error.data),
      });
      return;
    }
    case 'enum': {
      const allowed = ((params['allowedValues'] ?? []) as unknown[]).map(String);
      // Only text can be a near miss; a mapping (loaded without a prototype) or a list has no spelling to correct.
      const best = typeof error.data === 'string' || typeof error.data === 'number' ? suggest(String(error.data), allowed) : undefined;
      out.add({
        code: 'AIA204',
        path,
        at: locate.value(path),
        message: `${where} is ${describe(error.data)}, which is not allowed${best ? `; did you mean "${best}"?` : ''}`,
        hint: `Use one of: ${allowed.join(' | ')}.`,
      });
      return;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      out.add({
        code: 'AIA205',
        path,
        at: locate.value(path),
        message: `${where} is ${describe(error.data)}, out of range: ${rangeText(parent)}`,
        hint: `Use a number ${rangeText(parent)}.`,
      });
      return;
    }
    case 'minLength':
    case 'maxLength':
    case 'pattern': {
      const { message, hint } = stringProblem(error, parent);
      out.add({ code: 'AIA206', path, at: locate.value(path), message: `${where} ${message}`, hint });
      return;
    }
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'uniqueItems': {
      const message =
        error.keyword === 'uniqueItems'
          ? `has duplicate entries (items ${String(params['j'])} and ${String(params['i'])} are equal)`
          : (error.message ?? 'has the wrong number of entries');
      out.add({
        code: 'AIA207',
        path,
        at: locate.value(path),
        message: `${where} ${message}`,
        hint: error.keyword === 'uniqueItems' ? 'Remove the repeated entry.' : `Adjust the number of entries in ${where}.`,
      });
      return;
    }
    case 'const': {
      const expected = JSON.stringify(params['allowedValue']);
      out.add({
        code: 'AIA208',
        path,
        at: locate.value(path),
        message: `${where} must be ${expected}, got ${describe(error.data)}`,
        hint: `Write ${parsePointer(path).at(-1) ?? where}: ${expected}.`,
      });
      return;
    }
    case 'propertyNames': {
      const name = String(params['propertyName']);
      const child = toPointer([...parsePointer(path), name]);
      out.add({
        code: 'AIA209',
        path: child,
        at: locate.key(child),
        message: `"${name}" is not a valid key in ${where}`,
        hint: 'Keys here start with a letter and use only letters and digits (ids: lowercase, digits and -).',
      });
      return;
    }
    default:
      out.add({
        code: 'AIA299',
        path,
        at: locate.value(path),
        message: `${where} ${error.message ?? 'is invalid'}`,
        hint: 'See schemas/aiarch.schema.json for the expected shape.',
      });
  }
}

function typeHint(path: string, where: string, wanted: readonly string[], names: string, data: unknown): string {
  if (path === '') return 'A spec is a YAML mapping of sections: version, client, scenario, platforms, architecture, costs.';
  // `- Note: more text` reads as a mapping; the usual fix is quoting.
  if (wanted.includes('string') && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    return 'Text containing ": " (colon and space) must be in quotes.';
  }
  if (data === null) return `Give ${where} a value, or remove the key.`;
  return `Write ${where} as ${names}.`;
}

function branchTypes(error: ErrorObject, parent: SchemaNode | undefined): string[] {
  const branches = (parent?.[error.keyword] ?? []) as SchemaNode[];
  return branches.flatMap((b) => (typeof b.type === 'string' ? [b.type] : []));
}

function rangeText(schema: SchemaNode | undefined): string {
  const min = schema?.['minimum'] ?? schema?.['exclusiveMinimum'];
  const max = schema?.['maximum'] ?? schema?.['exclusiveMaximum'];
  const lo = schema?.['exclusiveMinimum'] !== undefined ? `above ${String(min)}` : `at least ${String(min)}`;
  const hi = schema?.['exclusiveMaximum'] !== undefined ? `below ${String(max)}` : `at most ${String(max)}`;
  if (min !== undefined && max !== undefined) return `${lo} and ${hi}`;
  return min !== undefined ? lo : hi;
}

function stringProblem(error: ErrorObject, schema: SchemaNode | undefined): { message: string; hint: string } {
  if (error.keyword === 'minLength') return { message: 'must not be empty', hint: 'Write some text or remove the key.' };
  if (error.keyword === 'maxLength') return { message: `is longer than ${String(schema?.['maxLength'])} characters`, hint: 'Shorten the text.' };
  const pattern = String(schema?.['pattern'] ?? '');
  if (pattern === '^\\d{4}-\\d{2}-\\d{2}$')
    return { message: `must be a date as YYYY-MM-DD, got ${describe(error.data)}`, hint: 'Write the date as YYYY-MM-DD, e.g. 2026-11-26.' };
  if (pattern === '^[A-Z]{3}$')
    return { message: `must be a three-letter currency code, got ${describe(error.data)}`, hint: 'Use an ISO 4217 code in capitals, e.g. USD or EUR.' };
  if (pattern === '^[a-z][a-z-]*$')
    return { message: `must be lowercase letters and -, got ${describe(error.data)}`, hint: 'Write residency zones in lowercase, e.g. us, eu, uk, apac.' };
  if (ID_PATTERN.test(pattern))
    return { message: `${describe(error.data)} is not a valid id`, hint: 'Ids start with a letter and use only letters, digits, - or _.' };
  return {
    message: `${describe(error.data)} does not match the expected format ${pattern}`,
    hint: 'Check the format described in schemas/aiarch.schema.json.',
  };
}
