// Loads a quick command's bundle (dist/quick/<command>.cjs, see
// scripts/bundle-cli.mjs) with the V8 code cache written beside it at build
// time (scripts/code-cache.mjs). Node 20 has no compile cache for modules, and
// compiling the bundle as it first ran (the schema validator, `yaml`, the
// model) was about a third of `aiarch validate`'s CPU time. A cache V8 refuses
// (another Node version or V8 flags) is ignored: the code is then compiled as
// usual. The bundle and its cache are written together by `npm run build`,
// because V8 checks a cache against its source's length only.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

/** The commands that run from a bundle; everything else loads dist/cli/main.js. */
const QUICK_COMMANDS = ['validate', 'check', 'model', 'diff', 'init'];

const QUICK_DIR = join(__dirname, '..', 'dist', 'quick') + '/';

const bundlePath = (command) => `${QUICK_DIR}${command}.cjs`;
const cachePath = (command) => `${bundlePath(command)}.cache`;

function readCache(command) {
  try {
    return readFileSync(cachePath(command));
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle's module body and returns its exports (`main`) and the
 * compiled script (for code-cache.mjs and its test). `cached: false` compiles
 * without the cache.
 */
function loadQuick(command, { cached = true } = {}) {
  const file = bundlePath(command);
  const source = readFileSync(file, 'utf8');
  const cachedData = cached ? readCache(command) : undefined;
  // The same wrapper Node gives a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, QUICK_DIR);
  return { main: module.exports.main, script };
}

module.exports = { QUICK_COMMANDS, bundlePath, cachePath, loadQuick };
