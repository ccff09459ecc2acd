// Compliance framework names as people write them ("SOC 2", "PCI DSS", "ISO 27001")
// reduced to one key, so the scenario, the control mapping and the catalog agree.
import type { CatalogPlatform } from '../catalog/types.js';

const PREFIXES: readonly [string, string][] = [
  ['SOC2', 'SOC2'],
  ['PCI', 'PCIDSS'],
  ['ISO27001', 'ISO27001'],
  ['FEDRAMP', 'FEDRAMP'],
  ['HIPAA', 'HIPAA'],
  ['GDPR', 'GDPR'],
];

export function frameworkKey(name: string): string {
  const compact = name.toUpperCase().replace(/[^A-Z0-9]/g, '');
  for (const [prefix, key] of PREFIXES) if (compact.startsWith(prefix)) return key;
  return compact;
}

export function sameFramework(a: string, b: string): boolean {
  return frameworkKey(a) === frameworkKey(b);
}

const NEGATIVE = new Set(['no', 'none', 'false', 'absent', 'planned', 'in progress']);

/** The catalog's certification value for a framework, or null when the platform does not hold it. */
export function certification(platform: CatalogPlatform, framework: string): string | null {
  const entry = Object.entries(platform.certifications).find(([name]) => sameFramework(name, framework));
  if (!entry || NEGATIVE.has(entry[1].trim().toLowerCase())) return null;
  return entry[1];
}
