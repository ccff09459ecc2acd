// The long campaign behind `npm run fuzz` (scripts/fuzz.mjs passes the options
// in the environment). Not part of `npm test`: its fixed-seed sample is in
// generated.test.ts and mutations.test.ts.
import { expect, it } from 'vitest';
import { runGenerated, runMutations } from './campaign.js';

const number = (name: string, fallback: number): number => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};
const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

it('fuzz campaign', async () => {
  const seed = number('FUZZ_SEED', 1);
  const failuresDir = process.env['FUZZ_FAILURES'] ?? 'fuzz-failures';
  const started = Date.now();
  log(`fuzz: seed ${seed}, ${number('FUZZ_RUNS', 20)} generated specs, ${number('FUZZ_MUTATIONS', 200)} mutations`);
  const generated = await runGenerated({
    seed,
    runs: number('FUZZ_RUNS', 20),
    buildEvery: number('FUZZ_BUILD_EVERY', 1),
    libreofficeEvery: number('FUZZ_LIBREOFFICE_EVERY', 10),
    printSize: number('FUZZ_PRINT_SIZE', 1) > 0,
    failuresDir,
    log,
  });
  const mutations = runMutations({
    seed,
    count: number('FUZZ_MUTATIONS', 200),
    builds: number('FUZZ_MUTANT_BUILDS', 100),
    fullBuilds: number('FUZZ_MUTANT_FULL_BUILDS', 3),
    failuresDir,
    log,
  });
  const v = mutations.verdicts;
  log('');
  log(
    `generated specs: ${generated.runs} run, ${generated.built} built twice, ${generated.passed} passed every property, ${generated.limited} refused at a documented diagram limit, ${generated.failed.length} failed`,
  );
  for (const f of generated.failed) log(`  seed ${f.seed}: ${f.failures.map((x) => x.property).join('; ')}`);
  log(
    `mutations: ${mutations.count} run (${v.valid} still valid, ${v.diagnosed} located diagnostics; ${mutations.builds} built md,mmd, ${mutations.fullBuilds} built in full): ${v.crash} crashes, ${v.hang} hangs, ${v.unlocated} unlocated, ${v['partial-write']} partial writes`,
  );
  for (const f of mutations.failed) log(`  seed ${f.seed}: ${f.outcome.verdict} (${f.source}; ${f.steps})`);
  log(`took ${((Date.now() - started) / 60_000).toFixed(1)} min; failing inputs in ${failuresDir}/`);
  expect(generated.failed.map((f) => f.seed)).toEqual([]);
  expect(mutations.failed.map((f) => f.seed)).toEqual([]);
});
