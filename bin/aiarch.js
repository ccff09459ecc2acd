#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { bundlePath, loadQuick, QUICK_COMMANDS } from './quick.js';

// The quick commands finish in a few hundred milliseconds, before optimised
// code could pay back what V8 spends compiling it on its background threads:
// without the optimising compiler, `check` takes about a quarter less CPU time
// (see the README's performance section). Long builds keep it.
const command = process.argv[2] ?? '';
const quick = QUICK_COMMANDS.includes(command) && existsSync(bundlePath(command));
if (quick) setFlagsFromString('--no-opt');

// They also run from one bundle each with its code cache (bin/quick.js): the
// same code, read from one file and not compiled again.
const { main } = quick ? loadQuick(command) : await import('../dist/cli/main.js');
process.exitCode = await main(process);
