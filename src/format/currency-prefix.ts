// What en-US prints before an amount of each currency, as ICU's data (CLDR)
// in Node 20 has it: a symbol for the currencies below, else the code and a
// no-break space ("CHF\u00A01,234.50"). test/format/en-us-number.test.ts
// checks every currency Intl knows against this table.

/** The currencies whose en-US prefix is not their code and a no-break space (U+202F is a narrow no-break space). */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['AUD', 'A$'],
  ['BRL', 'R$'],
  ['CAD', 'CA$'],
  ['CNY', 'CN¥'],
  ['EUR', '€'],
  ['GBP', '£'],
  ['HKD', 'HK$'],
  ['ILS', '₪'],
  ['INR', '₹'],
  ['JPY', '¥'],
  ['KRW', '₩'],
  ['MXN', 'MX$'],
  ['NZD', 'NZ$'],
  ['PHP', '₱'],
  ['TWD', 'NT$'],
  ['USD', '$'],
  ['VND', '₫'],
  ['XAF', 'FCFA\u00A0'],
  ['XCD', 'EC$'],
  ['XCG', 'Cg.\u00A0'],
  ['XOF', 'F\u202FCFA\u00A0'],
  ['XPF', 'CFPF\u00A0'],
]);

/** The prefix of an amount in this ISO 4217 code, or null for a code Intl would refuse (not three letters). */
export function currencyPrefix(code: string): string | null {
  if (!/^[A-Za-z]{3}$/.test(code)) return null;
  const upper = code.toUpperCase();
  return PREFIXES.get(upper) ?? `${upper}\u00A0`;
}
