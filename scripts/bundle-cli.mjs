// Bundles the CLI for the commands that finish in a blink (bin/quick.js):
// one CommonJS file per command in dist/quick/, holding that command, the
// library code it runs, the `yaml`, `commander` and `fastest-levenshtein`
// packages and ajv's runtime helpers. Loading some
// ninety compiled modules plus those packages file by file cost more CPU than
// those commands' own work. Every other package stays external: it is loaded
// from node_modules as usual, and only when needed. CommonJS, because only a
// script (not a module) can be compiled with a V8 code cache on Node 20
// (scripts/code-cache.mjs). Runs after tsc, from the compiled dist/cli/main.js.
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundlePath, QUICK_COMMANDS } from '../bin/quick.js';

const root = resolve(import.meta.dirname, '..');
const BUNDLED = new Set(['yaml', 'commander', 'fastest-levenshtein']);
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);
const requireHere = createRequire(import.meta.url);

/**
 * main.js imports each command module on demand; a bundle keeps only its own
 * command (bin/aiarch.js sends it no other) and gets a stub for the rest.
 */
const onlyCommand = (command) => ({
  name: 'only-command',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) => {
      const name = /([a-z-]+)\.js$/.exec(args.path)[1];
      return name === command ? undefined : { path: name, namespace: 'other-command' };
    });
    b.onLoad({ filter: /.*/, namespace: 'other-command' }, (args) => ({
      contents: `export function register() { throw new Error('the ${command} bundle has no ${args.path} command'); }`,
      loader: 'js',
    }));
    // The generated validators require() ajv's runtime helpers through their
    // own createRequire, which hides them from the bundler: give them the bundler's.
    b.onLoad({ filter: /schema-validator\.generated\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/^const require = createRequire\(import\.meta\.url\);$/m, ''),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
    // ...and bundle those helpers (a few lines each), though ajv itself stays out.
    b.onResolve({ filter: /^ajv\/dist\/runtime\// }, (args) => ({ path: requireHere.resolve(args.path) }));
    // commander requires child_process at load time, for executable
    // subcommands this CLI does not have; load it only if it is ever used.
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
});

rmSync(join(root, 'dist/quick'), { recursive: true, force: true });
for (const command of QUICK_COMMANDS) {
  await build({
    entryPoints: [join(root, 'dist/cli/main.js')],
    outfile: bundlePath(command),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external,
    // Modules that find shipped files from their own URL (src/cli/package-files.ts)
    // sit one folder below dist/, as the bundle does.
    define: { 'import.meta.url': '__aiarchModuleUrl' },
    banner: { js: "const __aiarchModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [onlyCommand(command)],
    logLevel: 'warning',
    legalComments: 'eof',
    // Half the bytes to read at every start (names kept: error and class names
    // reach the crash report and commander's errors).
    minify: true,
    keepNames: true,
    // bin/quick.js reads an all-ASCII bundle as Latin-1, which V8 takes as it is.
    charset: 'ascii',
  });
  const text = readFileSync(bundlePath(command), 'utf8');
  const wide = /[^\x00-\x7f]/.exec(text);
  if (wide !== null)
    console.warn(
      `bundle-cli: dist/quick/${command}.cjs holds ${JSON.stringify(wide[0])} at ${wide.index}; write it as a \\u escape so the bundle is read as Latin-1`,
    );
}
