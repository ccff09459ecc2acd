#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), unlike the rest of the package: an ES module
// entry starts Node's ES module loader, about 7 ms of a quick command's start.
// `build` and the other long commands still load dist/ as ES modules.
const { existsSync } = require('node:fs');
const { setFlagsFromString } = require('node:v8');
const { bundlePath, ignoringClosedPipe, loadQuick, QUICK_COMMANDS, quickProcess } = require('./quick.js');

// The quick commands finish in a few hundred milliseconds, before optimised
// code could pay back what V8 spends compiling it on its background threads:
// without the optimising compiler, `check` takes about a quarter less CPU time
// (see the README's performance section). Long builds keep it.
const command = process.argv[2] ?? '';
const quick = QUICK_COMMANDS.includes(command) && existsSync(bundlePath(command));
if (quick) setFlagsFromString('--no-opt');

// They also run from one bundle each with its code cache (bin/quick.js): the
// same code, read from one file and not compiled again.
const loaded = quick ? Promise.resolve(loadQuick(command)) : import('../dist/cli/main.js');
if (!quick) for (const stream of [process.stdout, process.stderr]) ignoringClosedPipe(stream);
loaded
  .then(({ main }) => main(quick ? quickProcess() : process))
  .then((code) => {
    process.exitCode = code;
  });
