// Makes the written deck a pure function of its inputs. pptxgenjs stamps the
// clock into docProps/core.xml (also inside each chart's embedded workbook) and
// into every zip entry, and leaves `company` unescaped in docProps/app.xml
// (https://github.com/gitbrent/PptxGenJS/issues/1407). It also numbers charts
// with a counter that lives as long as the process, so a second deck in the same
// process gets chart3.xml where the first had chart1.xml. This rewrites all four.
import JSZip from 'jszip';
import { escapeXml } from './clean.js';

export interface NormaliseOptions {
  readonly date: Date;
  /** Written into docProps/app.xml <Company>, escaped here. */
  readonly company: string;
}

function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fixCoreDates(xml: string, date: Date): string {
  const stamp = w3cdtf(date);
  return xml.replace(
    /<dcterms:(created|modified)([^>]*)>[^<]*<\/dcterms:\1>/g,
    (_match, tag: string, attributes: string) => `<dcterms:${tag}${attributes}>${stamp}</dcterms:${tag}>`,
  );
}

function setCompany(xml: string, company: string): string {
  return xml.replace(/<Company>[\s\S]*?<\/Company>|<Company\/>/, `<Company>${escapeXml(company)}</Company>`);
}

/** [Content_Types].xml first (as Office writes it), then every other part by name. */
function entryOrder(names: readonly string[]): string[] {
  const first = '[Content_Types].xml';
  const rest = names.filter((name) => name !== first).sort();
  return names.includes(first) ? [first, ...rest] : rest;
}

// Every place a chart's process-wide number appears: its part, its rels, its workbook.
const CHART_REF = /(charts\/(?:_rels\/)?chart|embeddings\/Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g;

/** Maps each chart number in use to 1..n, in ascending order. */
function chartRenumbering(names: readonly string[]): (text: string) => string {
  const ids = new Set<number>();
  for (const name of names) for (const match of name.matchAll(CHART_REF)) ids.add(Number(match[2]));
  const order = new Map([...ids].sort((a, b) => a - b).map((id, index) => [id, index + 1] as const));
  return (text) => text.replace(CHART_REF, (_m, head: string, id: string, tail: string) => `${head}${order.get(Number(id)) ?? id}${tail}`);
}

async function rezip(bytes: Uint8Array, date: Date, rewrite: (name: string, text: string) => string): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const names = Object.values(source.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
  const renumber = chartRenumbering(names);
  const renamed = new Map(names.map((name) => [renumber(name), name] as const));
  const target = new JSZip();
  for (const name of entryOrder([...renamed.keys()])) {
    const entry = source.file(renamed.get(name) ?? name);
    if (!entry) continue;
    let data: Uint8Array | string;
    if (name.endsWith('.xlsx')) {
      data = await rezip(await entry.async('uint8array'), date, (inner, text) => (inner === 'docProps/core.xml' ? fixCoreDates(text, date) : text));
    } else if (/\.(xml|rels)$/.test(name)) {
      data = rewrite(name, renumber(await entry.async('string')));
    } else {
      data = await entry.async('uint8array');
    }
    target.file(name, data, { date, createFolders: false, binary: typeof data !== 'string' });
  }
  return target.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

/** Fixed dates and entry times, escaped company, stable entry order. */
export function normaliseDeck(bytes: Uint8Array, options: NormaliseOptions): Promise<Uint8Array> {
  return rezip(bytes, options.date, (name, text) => {
    if (name === 'docProps/core.xml') return fixCoreDates(text, options.date);
    if (name === 'docProps/app.xml') return setCompany(text, options.company);
    return text;
  });
}
