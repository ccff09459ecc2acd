// Industry → required certification facts (catalog/requirements/industries.yaml),
// read and checked once per process.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CATALOG_DIR } from './load.js';
import { SHIPPED_REQUIREMENTS } from './shipped.generated.js';

export interface IndustryRequirement {
  /** A client.industry value, or "any". */
  readonly industry: string;
  readonly framework: string;
  readonly residency?: readonly string[];
  /** Also applies when the spec gives no data residency. */
  readonly always?: boolean;
  readonly sensitivity?: readonly string[];
  readonly why: string;
}

const FILE = 'requirements/industries.yaml';
let cached: readonly IndustryRequirement[] | undefined;

const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Parses the requirements file's text; throws naming the file and entry on a malformed one. */
export function parseRequirements(text: string): IndustryRequirement[] {
  // The shipped file, unchanged, was parsed when aiarch was built (scripts/gen-catalog.mjs).
  return checkRequirements(text === SHIPPED_REQUIREMENTS.text ? SHIPPED_REQUIREMENTS.data : parse(text));
}

function checkRequirements(yaml: unknown): IndustryRequirement[] {
  const data = yaml as { requirements?: unknown } | null;
  const list = data?.requirements;
  if (!Array.isArray(list)) throw new Error(`catalog/${FILE}: expected a "requirements" list`);
  return list.map((entry: unknown, i) => {
    const r = entry as Record<string, unknown> | null;
    const ok =
      r !== null &&
      typeof r === 'object' &&
      typeof r.industry === 'string' &&
      typeof r.framework === 'string' &&
      typeof r.why === 'string' &&
      (r.residency === undefined || strings(r.residency)) &&
      (r.sensitivity === undefined || strings(r.sensitivity)) &&
      (r.always === undefined || typeof r.always === 'boolean');
    if (!ok)
      throw new Error(`catalog/${FILE}: requirements[${i}] needs industry, framework and why (strings), and optional residency/sensitivity lists and always`);
    return r as unknown as IndustryRequirement;
  });
}

export function loadRequirements(): readonly IndustryRequirement[] {
  cached ??= Object.freeze(parseRequirements(readFileSync(CATALOG_DIR + FILE, 'utf8')));
  return cached;
}

/** The requirements that apply to a client of this industry, residency and data sensitivity. */
export function requiredFor(
  requirements: readonly IndustryRequirement[],
  client: { readonly industry?: string | undefined; readonly dataResidency?: readonly string[] | undefined; readonly dataSensitivity?: string | undefined },
): IndustryRequirement[] {
  return requirements.filter((r) => {
    if (r.industry !== 'any' && r.industry !== client.industry) return false;
    if (r.sensitivity && (client.dataSensitivity === undefined || !r.sensitivity.includes(client.dataSensitivity))) return false;
    if (!r.residency) return true;
    const zones = client.dataResidency ?? [];
    return zones.length === 0 ? r.always === true : zones.some((z) => r.residency!.includes(z));
  });
}
