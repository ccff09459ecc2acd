// The properties every generated spec must have. Cheap ones run in process on
// many specs; the build ones spawn the CLI, rebuild through the library and read
// the artifacts back with qpdf, pdftotext, an XML parser and LibreOffice.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '../../src/compile/index.js';
import { prepareSpec } from '../../src/compile/prepare.js';
import { toModelJson } from '../../src/model/json.js';
import { createFormatter } from '../../src/format/numbers.js';
import { loadSpec } from '../../src/spec/load.js';
import { BIN } from '../support/cli.js';
import { xmlParts, xmlProblems } from '../render/pptx/helpers.js';
import { DECK_FILE, DETERMINISTIC, differences, EXPECTED_FILES, listFiles, PDF_FILE, snapshot } from './artifacts.js';
import { MIN_DIAGRAM_PT, smallDiagramWords } from './diagram-print.js';
import { contentsProblems, pdfText, squash } from './pdf-contents.js';
import { stackTraceIn } from './stack-trace.js';

export interface Failure {
  readonly property: string;
  readonly detail: string;
}

/** Codes of the documented diagram limits: a located refusal before rendering, not a crash. */
export const LIMIT_CODES = new Set(['AIA401', 'AIA402']);

export interface CheapResult {
  readonly failures: Failure[];
  /** The spec hit a documented diagram limit (a located AIA401/AIA402), so no build is expected. */
  readonly limited: boolean;
  /** The year-1 total as every artifact must print it. */
  readonly year1: string | null;
}

function crash(property: string, error: unknown): Failure {
  return { property, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** Validates, models and renders the text artifacts twice in memory. */
export function cheapProperties(name: string, yaml: string): CheapResult {
  const failures: Failure[] = [];
  try {
    const source = loadSpec(name, yaml);
    const errors = source.diagnostics.filter((d) => d.severity === 'error');
    if (source.spec === null || errors.length > 0) {
      failures.push({ property: 'validates', detail: errors.map((d) => `${d.code} ${d.line}:${d.column} ${d.path} ${d.message}`).join('\n') });
      return { failures, limited: false, year1: null };
    }
  } catch (error) {
    return { failures: [crash('validates', error)], limited: false, year1: null };
  }
  let first;
  try {
    first = prepareSpec(name, yaml);
  } catch (error) {
    return { failures: [crash('models and renders text', error)], limited: false, year1: null };
  }
  if (!first.ok) {
    const limited = first.diagnostics.every((d) => d.severity !== 'error' || (LIMIT_CODES.has(d.code) && d.line > 0));
    if (!limited) failures.push({ property: 'models and renders text', detail: first.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') });
    return { failures, limited, year1: null };
  }
  const year1 = createFormatter(first.model.currency).moneyWhole(first.model.year1.total);
  try {
    JSON.stringify(toModelJson(first.model));
  } catch (error) {
    failures.push(crash('aiarch model', error));
  }
  const second = prepareSpec(name, yaml);
  if (!second.ok) {
    failures.push({ property: 'text artifacts are deterministic', detail: 'second prepare failed' });
  } else {
    const text = (p: typeof first) => [...p.documents, ...p.extras].map((d) => d.markdown).concat(p.diagrams.map((d) => d.source));
    if (JSON.stringify(text(first)) !== JSON.stringify(text(second)))
      failures.push({ property: 'text artifacts are deterministic', detail: 'markdown or mermaid differs between two renders' });
  }
  const costModel = first.documents.find((d) => d.name === 'cost-model');
  if (!costModel || !squash(costModel.markdown).includes(squash(year1)))
    failures.push({ property: 'year-1 figure in the markdown', detail: `${year1} not in cost-model.md` });
  return { failures, limited: false, year1 };
}

export interface BuildOptions {
  /** Also open the deck in LibreOffice (slow). */
  readonly libreoffice?: boolean;
  readonly timeoutMs?: number;
  /** Where to copy both versions of any file a rebuild changed, so the difference can be looked at. */
  readonly differencesDir?: string;
  /**
   * Read every word's printed size on the PDF's diagram pages (at least 6 pt).
   * On unless turned off (`npm run fuzz -- --print-size 0`): a diagram too dense
   * to print whole prints as an overview and parts (src/render/images/print-fit.ts).
   */
  readonly printSize?: boolean;
}

/** Builds with the CLI, rebuilds with the library into a fresh folder, and reads every artifact back. */
export async function buildProperties(yaml: string, year1: string | null, options: BuildOptions = {}): Promise<Failure[]> {
  const failures: Failure[] = [];
  const root = mkdtempSync(join(tmpdir(), 'aiarch-fuzz-'));
  try {
    const spec = join(root, 'spec.yaml');
    writeFileSync(spec, yaml);
    const cli = spawnSync(process.execPath, [BIN, 'build', spec, '-o', join(root, 'a'), '--no-cache'], {
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 600_000,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const trace = stackTraceIn(`${cli.stdout}\n${cli.stderr}`);
    if (trace) failures.push({ property: 'no stack trace reaches the user', detail: trace });
    if (cli.status !== 0) {
      failures.push({ property: 'build exits 0', detail: `exit ${cli.status ?? cli.signal}: ${cli.stderr.slice(-2000)}` });
      return failures;
    }
    // An unnumbered contents is a fallback the build warns about; for a valid spec it is a failure.
    if (/\bAIA503\b/.test(cli.stderr))
      failures.push({ property: 'contents page numbered (no AIA503)', detail: cli.stderr.split('\n').find((l) => l.includes('AIA503')) ?? '' });
    const [slug] = readdirSync(join(root, 'a')).filter((d) => !d.startsWith('.'));
    if (slug === undefined) return [...failures, { property: 'build writes every artifact', detail: 'no output folder' }];
    const a = join(root, 'a', slug);
    const missing = EXPECTED_FILES.filter((f) => !listFiles(a).includes(f));
    if (missing.length > 0) failures.push({ property: 'build writes every artifact', detail: `missing: ${missing.join(', ')}` });

    // The PDF is read back below (qpdf, pdftotext), not byte-compared, so the rebuild skips it.
    const rebuilt = await compile([spec], { out: join(root, 'b'), cache: false, formats: ['md', 'mmd', 'svg', 'png', 'pptx'] });
    const again = rebuilt.specs[0];
    if (!again?.ok) {
      failures.push({ property: 'rebuild succeeds', detail: again?.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') ?? 'no result' });
    } else {
      const keep = (m: Map<string, string>) => new Map([...m].filter(([p]) => DETERMINISTIC.test(p)));
      const changed = differences(keep(snapshot(a)), keep(snapshot(join(root, 'b', slug))));
      if (changed.length > 0) {
        const saved = options.differencesDir !== undefined ? keepDifferences(changed, a, join(root, 'b', slug), options.differencesDir) : '';
        failures.push({ property: 'rebuild is byte-identical', detail: `${changed.join(', ')}${saved}` });
      }
    }

    const pdf = join(a, PDF_FILE);
    const qpdf = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    if (qpdf.status !== 0) failures.push({ property: 'qpdf --check passes', detail: `${qpdf.stdout}${qpdf.stderr}`.slice(-1500) });
    const contents = contentsProblems(pdf);
    if (contents.length > 0) failures.push({ property: 'contents page numbers match the headings', detail: contents.join('\n') });
    const small = options.printSize !== false ? await smallDiagramWords(pdf) : [];
    if (small.length > 0)
      failures.push({
        property: `every word on a diagram page prints at ${MIN_DIAGRAM_PT} pt or more`,
        detail: `${small.length} words:\n${small.slice(0, 10).join('\n')}`,
      });

    const deck = readFileSync(join(a, DECK_FILE));
    const parts = await xmlParts(deck);
    const xml = parts.flatMap(xmlProblems);
    if (xml.length > 0) failures.push({ property: 'every deck XML part parses', detail: xml.slice(0, 10).join('\n') });

    if (year1 !== null) {
      if (!squash(pdfText(pdf)).includes(squash(year1))) failures.push({ property: 'year-1 figure in the PDF', detail: `${year1} not in the PDF text` });
      const slidesText = parts
        .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p.name))
        .map((p) => deckText(p.text))
        .join('');
      if (!squash(slidesText).includes(squash(year1))) failures.push({ property: 'year-1 figure in the deck', detail: `${year1} not on any slide` });
    }
    if (options.libreoffice) {
      const problem = libreOfficeOpens(deck, root);
      if (problem) failures.push({ property: 'LibreOffice opens the deck', detail: problem });
    }
  } catch (error) {
    failures.push(crash('build properties', error));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return failures;
}

/** Copies each changed file of both builds as NAME.first.EXT and NAME.second.EXT; says where. */
export function keepDifferences(changed: readonly string[], first: string, second: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const path of changed) {
    const flat = path.replaceAll('/', '_');
    const dot = flat.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [flat.slice(0, dot), flat.slice(dot)] : [flat, ''];
    for (const [from, label] of [
      [first, 'first'],
      [second, 'second'],
    ] as const) {
      try {
        copyFileSync(join(from, path), join(dir, `${stem}.${label}${ext}`));
      } catch {
        // Written by one build only: the other side is simply absent.
      }
    }
  }
  return `\n(both versions saved in ${dir})`;
}

/** The text runs of a slide, entities decoded. */
function deckText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** Converts the deck to PDF with LibreOffice; a problem, or null when it opened and printed pages. */
export function libreOfficeOpens(deck: Uint8Array, root: string): string | null {
  const dir = join(root, 'lo');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'deck.pptx');
  writeFileSync(file, deck);
  // A private profile, so a concurrent LibreOffice (or a stale lock) cannot interfere.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (run.status !== 0) return `soffice exit ${run.status ?? run.signal}: ${run.stderr}`;
  let pdf: Buffer;
  try {
    pdf = readFileSync(join(dir, 'deck.pdf'));
  } catch {
    return `soffice wrote no PDF: ${run.stdout}${run.stderr}`;
  }
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...counts) > 0 ? null : 'the converted deck has no pages';
}
