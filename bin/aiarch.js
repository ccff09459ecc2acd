#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// The quick commands finish in a few hundred milliseconds, before optimised
// code could pay back what V8 spends compiling it on its background threads:
// without the optimising compiler, `check` takes about a quarter less CPU time
// (see the README's performance section). Long builds keep it.
const QUICK = new Set(['validate', 'check', 'model', 'diff', 'init']);
if (QUICK.has(process.argv[2] ?? '')) setFlagsFromString('--no-opt');

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process);
