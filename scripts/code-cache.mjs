// Writes the V8 code cache of each quick command's bundle (bin/quick.js):
// runs the command on a shipped spec in a fresh Node process with the flags
// bin/aiarch.js uses, so the cache holds the functions a real run compiles,
// then saves it beside the bundle. Runs after scripts/bundle-cli.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { QUICK_COMMANDS } from '../bin/quick.js';

const root = resolve(import.meta.dirname, '..');
const spec = ['specs/northwind-health.yaml', 'templates/starter.yaml'].map((p) => resolve(root, p)).find((p) => existsSync(p));

/** What each command runs while its cache is made; init writes files, so it is only loaded. */
const RUNS = {
  validate: [['validate', spec]],
  check: [['check', spec]],
  model: [['model', spec]],
  diff: [['diff', spec, spec]],
  init: [],
};

const child = `
import { writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--no-opt');
const { cachePath, loadQuick } = await import(${JSON.stringify(new URL('../bin/quick.js', import.meta.url).href)});
const [command, runs] = JSON.parse(process.argv[1]);
const { main, script } = loadQuick(command, { cached: false });
const sink = { write: () => true };
for (const argv of runs) await main({ argv: ['node', 'aiarch', ...argv], stdout: sink, stderr: sink, env: { NO_COLOR: '1' }, cwd: () => process.cwd() });
writeFileSync(cachePath(command), script.createCachedData());
`;

for (const command of QUICK_COMMANDS) {
  const runs = spec === undefined ? [] : (RUNS[command] ?? []);
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child, JSON.stringify([command, runs])], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`code-cache: ${command} failed:\n${result.stderr}`);
    process.exit(1);
  }
}
