// Money on the slides is never cut: with amounts in the trillions in a
// currency whose code prints in full (KWD, JPY, EUR), every table cell that
// holds an amount, and every card value, prints whole. A column too narrow
// for whole amounts states its unit in the header ("KWD millions") and the
// cells then read in that unit, as the model's figures rounded once.
import { describe, expect, it } from 'vitest';
import type { Model } from '../../../src/model/types.js';
import { renderDeck } from '../../../src/render/pptx/index.js';
import type { Spec } from '../../../src/spec/types.js';
import { specAt } from '../../fuzz/spec-arbitrary.js';
import { modelOf, type Part, referenceSpec, slides, xmlParts } from './helpers.js';

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each table of a slide as rows of cell texts, header row first. */
function tables(part: Part): string[][][] {
  return [...part.text.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((row) =>
      [...row[0].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((cell) => [...cell[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1] ?? '')).join('')),
    ),
  );
}

/** Every text run of a slide outside its tables. */
function runs(part: Part): string[] {
  return [...part.text.replace(/<a:tbl>[\s\S]*?<\/a:tbl>/g, '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? ''));
}

/** The reference spec with amounts a trillion times over in `currency`. */
function huge(currency: string): Spec {
  const spec = structuredClone(referenceSpec());
  const costs = spec.costs as unknown as {
    currency: string;
    growth: { month: number; users: number }[];
    operations: { item: string; monthly: number }[];
    benefits?: { benefit: string; monthly: number; startMonth: number }[];
  };
  costs.currency = currency;
  costs.growth = costs.growth.map((g) => ({ ...g, users: g.users * 200_000 }));
  costs.operations = costs.operations.map((o, i) => ({ ...o, monthly: [987_654_321_987, 123_456_789_123, 555_555_555_555][i % 3] ?? 1 }));
  costs.benefits = (costs.benefits ?? []).map((b) => ({ ...b, monthly: 999_999_999_999 }));
  return spec;
}

/** How the currency's amounts begin: "KWD", "¥", "€", "$". */
function prefixOf(currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(0).replace(/[\d.,\s\u00a0]/g, '');
}

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole amount in `currency`, or a bare figure under a header that names the unit (a cut one ends in "…" or loses its digits). */
function amountPattern(currency: string): RegExp {
  return new RegExp(`^-?(?:${literal(prefixOf(currency))}[\\s\\u00a0]?)?-?\\d[\\d,]*(?:\\.\\d+)?$`);
}

const UNIT = /\b(?:thousands|millions|billions)\b/;

const SCALE: Readonly<Record<string, number>> = { thousands: 1e3, millions: 1e6, billions: 1e9 };

/** The amount a cell states, in the header's unit; null when the cell holds none. */
function amountOf(cell: string, header: string): number | null {
  const digits = /-?[\d,]+(?:\.\d+)?/.exec(cell.replace(/\u00a0/g, ' '));
  if (digits === null) return null;
  const unit = /\b(thousands|millions|billions)\b/.exec(header)?.[1];
  return Number(digits[0].replace(/,/g, '')) * (unit === undefined ? 1 : (SCALE[unit] ?? 1));
}

async function deckOf(model: Model): Promise<Part[]> {
  return slides(await xmlParts(await renderDeck(model, null, { theme: 'light' })));
}

const CASES: readonly (readonly [string, () => Spec])[] = [
  ['KWD', () => huge('KWD')],
  ['JPY', () => huge('JPY')],
  ['EUR', () => huge('EUR')],
  // The generated spec that showed "KWD…" in the year-1 cost table.
  ['generated seed 9123', () => specAt(9123)],
];

describe('amounts on the slides', () => {
  for (const [name, spec] of CASES) {
    it(`prints every amount whole (${name})`, async () => {
      const model = modelOf(spec());
      const parts = await deckOf(model);
      const cut: string[] = [];
      let amounts = 0;
      const prefix = prefixOf(model.currency);
      const AMOUNT = amountPattern(model.currency);
      for (const [i, part] of parts.entries()) {
        for (const table of tables(part)) {
          const [header = [], ...rows] = table;
          // A column holds amounts when any of its cells is one, or its header names a unit of money.
          header.forEach((title, c) => {
            const cells = rows.map((row) => row[c] ?? '');
            if (!UNIT.test(title) && !cells.some((cell) => cell.replace(/^-/, '').startsWith(prefix))) return;
            if (title.includes('…')) cut.push(`slide ${i + 1}: header "${title}"`);
            for (const cell of cells) {
              if (cell === '' || cell === '—') continue;
              amounts += 1;
              if (!AMOUNT.test(cell)) cut.push(`slide ${i + 1}: "${cell}" under "${title}"`);
            }
          });
        }
        // Card values and sentences: an amount is never where a text was shortened.
        for (const run of runs(part)) if (run.includes(prefix) && run.includes('…')) cut.push(`slide ${i + 1}: "${run}"`);
      }
      // Four in the year-1 table of the sparsest spec, more where there are optimizations.
      expect(amounts).toBeGreaterThanOrEqual(4);
      expect(cut).toEqual([]);
    });
  }

  it('says how far over a tiny budget the year-1 cost goes without cutting it', async () => {
    const spec = huge('EUR');
    (spec.scenario as { budget?: { annualUsd: number } }).budget = { annualUsd: 8 };
    const model = modelOf(spec);
    expect(model.budget.usedPercent).toBeGreaterThan(1e12);
    const said = (await deckOf(model)).flatMap(runs);
    expect(said.filter((run) => run.includes('…'))).toEqual([]);
    expect(said.filter((run) => /\d(?:\.\d)? (?:trillion|billion) times the budget/.test(run))).not.toEqual([]);
  });

  it('states the year-1 total in the unit its column names, as the model computed it', async () => {
    const model = modelOf(huge('KWD'));
    const parts = await deckOf(model);
    const table = parts.flatMap((p) => tables(p)).find((t) => t.some((row) => row[0] === 'Total') && t.some((row) => row[0] === 'AI models'));
    expect(table).toBeDefined();
    const [header = [], ...rows] = table ?? [];
    const total = rows.find((row) => row[0] === 'Total') ?? [];
    const optimized = amountOf(total.at(-1) ?? '', header.at(-1) ?? '');
    expect(optimized).not.toBeNull();
    // The header names the unit the figure is rounded to; the figure is the model's within half of one.
    const unit = SCALE[/\b(thousands|millions|billions)\b/.exec(header.at(-1) ?? '')?.[1] ?? ''] ?? 1;
    expect(unit).toBeGreaterThan(1);
    expect(Math.abs((optimized ?? 0) - model.year1.total)).toBeLessThanOrEqual(unit / 2 + 1e-6 * model.year1.total);
  });
});
