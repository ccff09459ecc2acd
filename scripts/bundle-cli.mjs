// Bundles the CLI into dist/quick/ for the commands that finish in a blink
// (validate, check, model, diff, init; see bin/aiarch.js). Loading some ninety
// compiled modules plus the `yaml` and `commander` packages file by file cost
// more CPU than those commands' own work; one bundle with its chunks loads in a
// fraction of it. Other packages stay external: they are loaded from
// node_modules as usual, and only by commands that need them.
// Runs after tsc, from the compiled dist/cli/main.js.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const BUNDLED = new Set(['yaml', 'commander']);
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

const outdir = join(root, 'dist/quick');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'dist/cli/main.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // The bundled packages are CommonJS and require() Node's built-ins.
  banner: { js: "import { createRequire as __aiarchRequire } from 'node:module'; const require = __aiarchRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'eof',
});
