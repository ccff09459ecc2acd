// The catalog as text for `aiarch catalog`: facts first, then one price row per model.
import type { CatalogPlatform } from './types.js';

const PRICE = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

const pairs = (record: Readonly<Partial<Record<string, string>>>) =>
  Object.entries(record)
    .map(([k, v]) => `${k} ${v ?? ''}`)
    .join(', ');

export function formatPlatform(p: CatalogPlatform): string {
  const out = [
    `${p.label} (${p.id}, provider ${p.provider})`,
    `  certifications: ${pairs(p.certifications) || 'none listed'}`,
    `  regions:        ${pairs(p.regions) || 'none listed'}`,
    `  features:       ${pairs(p.features) || 'none listed'}`,
    `  proprietary:    ${p.proprietary.join(', ') || 'none listed'}`,
    `  tiers:          ${pairs(p.tiers ?? {}) || 'none listed'}`,
  ];
  const models = Object.entries(p.models);
  if (models.length === 0) return [...out, '  models: none listed'].join('\n');
  const rows = models.map(([id, m]) => [
    id,
    m.name,
    m.tier ?? '',
    `$${PRICE.format(m.inputPer1M)}`,
    `$${PRICE.format(m.outputPer1M)}`,
    m.asOf || 'unknown',
    m.deprecated ? `deprecated: ${m.deprecated}` : '',
  ]);
  const header = ['model', 'name', 'tier', 'input/1M', 'output/1M', 'as of', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    `    ${r.map((cell, i) => (i === 3 || i === 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  out.push(`  models (USD list price per 1M tokens):`, line(header), ...rows.map(line));
  return out.join('\n');
}
