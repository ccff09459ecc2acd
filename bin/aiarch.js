#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// The quick commands finish in a few hundred milliseconds, before optimised
// code could pay back what V8 spends compiling it on its background threads:
// without the optimising compiler, `check` takes about a quarter less CPU time
// (see the README's performance section). Long builds keep it.
const QUICK = new Set(['validate', 'check', 'model', 'diff', 'init']);
const quick = QUICK.has(process.argv[2] ?? '');
if (quick) setFlagsFromString('--no-opt');

// They also load the CLI as one bundle (scripts/bundle-cli.mjs): the same code,
// read from a few files instead of a hundred.
const { main } = await import(quick ? '../dist/quick/main.js' : '../dist/cli/main.js');
process.exitCode = await main(process);
