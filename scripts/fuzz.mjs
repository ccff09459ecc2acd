#!/usr/bin/env node
// npm run fuzz -- [--runs N] [--seed S] [--mutations M] [--build-every K]
//   [--libreoffice-every L] [--mutant-builds B] [--mutant-full-builds F] [--print-size 0|1] [--failures DIR]
// Generated specs through every property, then mutated specs through the CLI.
// Case i uses seed S + i; a failure prints its own seed, which replays it alone.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const FLAGS = {
  runs: 'FUZZ_RUNS',
  seed: 'FUZZ_SEED',
  mutations: 'FUZZ_MUTATIONS',
  'build-every': 'FUZZ_BUILD_EVERY',
  'libreoffice-every': 'FUZZ_LIBREOFFICE_EVERY',
  'mutant-builds': 'FUZZ_MUTANT_BUILDS',
  'mutant-full-builds': 'FUZZ_MUTANT_FULL_BUILDS',
  'print-size': 'FUZZ_PRINT_SIZE',
  failures: 'FUZZ_FAILURES',
};

let values;
try {
  ({ values } = parseArgs({ options: Object.fromEntries(Object.keys(FLAGS).map((k) => [k, { type: 'string' }])) }));
} catch (error) {
  console.error(
    `fuzz: ${error.message}\nusage: npm run fuzz -- [--runs N] [--seed S] [--mutations M] [--build-every K] [--libreoffice-every L] [--mutant-builds B] [--mutant-full-builds F] [--print-size 0|1] [--failures DIR]`,
  );
  process.exit(2);
}
for (const [flag, value] of Object.entries(values)) {
  if (flag !== 'failures' && !/^\d+$/.test(value)) {
    console.error(`fuzz: --${flag} takes a whole number; got "${value}"`);
    process.exit(2);
  }
}
// No seed given: draw one and say it, so this run can be replayed.
values.seed ??= String(randomInt(1, 2 ** 31 - 1));

const env = { ...process.env };
for (const [flag, name] of Object.entries(FLAGS)) if (values[flag] !== undefined) env[name] = values[flag];
const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'test/fuzz/vitest.fuzz.config.ts'], { cwd: root, env, stdio: 'inherit' });
console.error(
  `fuzz: seed ${values.seed} (replay this run: npm run fuzz -- --seed ${values.seed}${values.runs ? ` --runs ${values.runs}` : ''}${values.mutations ? ` --mutations ${values.mutations}` : ''})`,
);
process.exit(run.status ?? 1);
