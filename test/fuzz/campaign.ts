// A fuzzing campaign from one seed: generated specs through every property,
// then mutated specs through the CLI. Case i uses seed + i, so any failure
// replays alone with `npm run fuzz -- --seed <its seed> --runs 1` (or
// `--mutations 1 --runs 0`). Failing inputs are saved for turning into fixtures.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/cli.js';
import { describeSteps, mutate, stepsAt } from './mutate.js';
import { buildOutcome, seedOutput, validateMany, type Outcome, type Verdict } from './mutation-run.js';
import { buildProperties, cheapProperties, type Failure } from './properties.js';
import { specAt, specYaml } from './spec-arbitrary.js';

export interface GeneratedOptions {
  readonly seed: number;
  readonly runs: number;
  /** Full builds for every nth spec (1: all); the others get the in-process properties only. */
  readonly buildEvery: number;
  /** LibreOffice opens the deck of every nth built spec; 0: never. */
  readonly libreofficeEvery: number;
  /** Check the print size of the PDF's diagram pages (see BuildOptions.printSize); on unless false. */
  readonly printSize?: boolean;
  readonly failuresDir: string;
  readonly log: (line: string) => void;
}

export interface GeneratedReport {
  readonly runs: number;
  readonly built: number;
  readonly passed: number;
  /** Refused at a documented diagram limit with a located AIA401/AIA402. */
  readonly limited: number;
  readonly failed: { readonly seed: number; readonly failures: readonly Failure[] }[];
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

export async function runGenerated(options: GeneratedOptions): Promise<GeneratedReport> {
  const failed: GeneratedReport['failed'] = [];
  let built = 0;
  let passed = 0;
  let limited = 0;
  let librePending = 0;
  for (let i = 0; i < options.runs; i++) {
    const seed = options.seed + i;
    const started = Date.now();
    const yaml = specYaml(specAt(seed));
    const name = `generated-${seed}.yaml`;
    const cheap = cheapProperties(name, yaml);
    let failures = cheap.failures;
    let what = 'in process';
    if (failures.length === 0 && cheap.limited) {
      limited++;
      what = 'refused at a documented diagram limit';
    } else if (failures.length === 0 && i % options.buildEvery === 0) {
      const libreoffice = options.libreofficeEvery > 0 && librePending % options.libreofficeEvery === 0;
      librePending++;
      failures = await buildProperties(yaml, cheap.year1, {
        libreoffice,
        printSize: options.printSize !== false,
        differencesDir: join(options.failuresDir, `generated-${seed}-differences`),
      });
      built++;
      what = libreoffice ? 'built twice, LibreOffice' : 'built twice';
    }
    if (failures.length === 0) {
      if (!cheap.limited) passed++;
      options.log(`[${i + 1}/${options.runs}] seed ${seed}: ok (${what}, ${seconds(started)})`);
      continue;
    }
    failed.push({ seed, failures });
    mkdirSync(options.failuresDir, { recursive: true });
    const saved = join(options.failuresDir, name);
    writeFileSync(saved, yaml);
    options.log(`[${i + 1}/${options.runs}] seed ${seed}: FAILED (${seconds(started)}) ${failures.map((f) => f.property).join('; ')}`);
    for (const f of failures) options.log(`    ${f.property}: ${f.detail.split('\n').slice(0, 6).join('\n      ')}`);
    options.log(`    spec: ${saved}\n    replay: npm run fuzz -- --seed ${seed} --runs 1 --mutations 0${options.printSize === false ? ' --print-size 0' : ''}`);
  }
  return { runs: options.runs, built, passed, limited, failed };
}

export interface MutationOptions {
  readonly seed: number;
  readonly count: number;
  /** Mutants built with --only md,mmd (every one that validates first, then some that do not). */
  readonly builds: number;
  /** Mutants built with every format, Chromium included. */
  readonly fullBuilds: number;
  readonly failuresDir: string;
  readonly log: (line: string) => void;
}

export interface MutationReport {
  readonly count: number;
  readonly verdicts: Readonly<Record<Verdict, number>>;
  readonly builds: number;
  readonly fullBuilds: number;
  readonly failed: { readonly seed: number; readonly source: string; readonly steps: string; readonly outcome: Outcome }[];
}

/** The valid specs mutations start from: the examples, the valid fixtures and a few generated ones. */
export function mutationSources(): { name: string; bytes: Buffer }[] {
  const from = (dir: string) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, bytes: readFileSync(join(ROOT, dir, f)) }));
  const generated = [0, 1, 2, 3, 4].map((k) => ({ name: `generated spec ${900_000 + k}`, bytes: Buffer.from(specYaml(specAt(900_000 + k))) }));
  return [...from('specs'), ...from('test/fixtures/valid'), ...generated];
}

const BAD: ReadonlySet<Verdict> = new Set(['crash', 'hang', 'unlocated', 'partial-write']);

export function runMutations(options: MutationOptions): MutationReport {
  const sources = mutationSources();
  const dir = mkdtempSync(join(tmpdir(), 'aiarch-mutants-'));
  const mutants = Array.from({ length: options.count }, (_, i) => {
    const seed = options.seed + i;
    const source = sources[seed % sources.length] ?? sources[0]!;
    const steps = stepsAt(seed);
    const file = join(dir, `mutant-${seed}.yaml`);
    writeFileSync(file, mutate(source.bytes, steps));
    return { seed, source, steps, file };
  });
  const outcomes: Outcome[] = [];
  for (let i = 0; i < mutants.length; i += 25) {
    outcomes.push(...validateMany(mutants.slice(i, i + 25).map((m) => m.file)));
    options.log(`validated ${Math.min(i + 25, mutants.length)}/${mutants.length} mutants`);
  }

  // Build-level: mutants that validate (their model and renderers run), then some that do not (nothing may be written).
  const seeded = new Map<string, string>();
  const seededFor = (source: { name: string; bytes: Buffer }, only: string | undefined): string => {
    const key = `${source.name}|${only ?? 'all'}`;
    const known = seeded.get(key);
    if (known) return known;
    const out = join(dir, `seeded-${seeded.size}`);
    const spec = join(dir, `source-${seeded.size}.yaml`);
    writeFileSync(spec, source.bytes);
    const problem = seedOutput(spec, only, out);
    if (problem)
      options.log(`source ${source.name} does not build (${only ?? 'all formats'}); its mutants build into an empty folder: ${problem.split('\n')[0]}`);
    seeded.set(key, out);
    return out;
  };
  const order = [...mutants.keys()].sort((a, b) => Number(outcomes[b]?.verdict === 'valid') - Number(outcomes[a]?.verdict === 'valid') || a - b);
  let builds = 0;
  let fullBuilds = 0;
  for (const index of order) {
    const m = mutants[index];
    const validated = outcomes[index];
    if (!m || !validated || BAD.has(validated.verdict)) continue;
    const full = fullBuilds < options.fullBuilds;
    if (!full && builds >= options.builds) break;
    const only = full ? undefined : 'md,mmd';
    const started = Date.now();
    const built = buildOutcome(m.file, seededFor(m.source, only), { ...(only ? { only } : {}), timeoutMs: full ? 600_000 : 30_000 });
    if (full) fullBuilds++;
    else builds++;
    options.log(`built mutant ${m.seed} (${full ? 'all formats' : 'md,mmd'}; validate: ${validated.verdict}): ${built.verdict} in ${seconds(started)}`);
    if (BAD.has(built.verdict)) outcomes[index] = built;
  }

  const verdicts: Record<Verdict, number> = { valid: 0, diagnosed: 0, crash: 0, hang: 0, unlocated: 0, 'partial-write': 0 };
  const failed: MutationReport['failed'] = [];
  mutants.forEach((m, i) => {
    const outcome = outcomes[i];
    if (!outcome) return;
    verdicts[outcome.verdict]++;
    if (!BAD.has(outcome.verdict)) return;
    mkdirSync(options.failuresDir, { recursive: true });
    const saved = join(options.failuresDir, `mutant-${m.seed}.yaml`);
    writeFileSync(saved, readFileSync(m.file));
    failed.push({ seed: m.seed, source: m.source.name, steps: describeSteps(m.steps), outcome });
    options.log(
      `mutant ${m.seed} (${m.source.name}; ${describeSteps(m.steps)}): ${outcome.verdict.toUpperCase()}\n    ${outcome.detail.split('\n').slice(0, 8).join('\n    ')}\n    input: ${saved}\n    replay: npm run fuzz -- --seed ${m.seed} --runs 0 --mutations 1`,
    );
  });
  return { count: mutants.length, verdicts, builds, fullBuilds, failed };
}
