// Loads a quick command's bundle (dist/quick/<command>.cjs, see
// scripts/bundle-cli.mjs) with the V8 code cache written beside it at build
// time (scripts/code-cache.mjs). Node 20 has no compile cache for modules, and
// compiling the bundle as it first ran (the schema validator, `yaml`, the
// model) was about a third of `aiarch validate`'s CPU time. A cache V8 refuses
// (another Node version or V8 flags) is ignored: the code is then compiled as
// usual. The bundle and its cache are written together by `npm run build`,
// because V8 checks a cache against its source's length only.
'use strict';
const { isAscii } = require('node:buffer');
const { fstatSync, readFileSync, writeSync } = require('node:fs');
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
  const bytes = readFileSync(file);
  // An ASCII bundle (scripts/bundle-cli.mjs) read as Latin-1 is copied as it
  // is; decoding it as UTF-8 takes longer.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
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

/**
 * Whether fd is a terminal, as tty.isatty says, without loading node:tty
 * (about 2 ms: it loads node:net) for what is plainly not one: only a
 * character device can be a terminal, and on Linux the memory devices
 * (major 1: /dev/null, where the output of a script often goes) are not.
 */
function isTerminal(fd) {
  let stat;
  try {
    stat = fstatSync(fd);
  } catch {
    return false;
  }
  if (!stat.isCharacterDevice()) return false;
  if (process.platform === 'linux' && ((stat.rdev >> 8) & 0xfff) === 1) return false;
  return require('node:tty').isatty(fd);
}

/**
 * Standard output or error written straight to its file descriptor. Node's
 * process.stdout and process.stderr are streams made on first use, loading
 * the stream, net and pipe machinery: about 2 ms of CPU per command for a pipe,
 * more than half of that for a file, where a quick command prints a few lines.
 * A write the descriptor refuses (a full non-blocking pipe, a closed one) goes,
 * with everything after it, to Node's stream, which behaves as it always has.
 */
function fdStream(fd, nodeStream) {
  let stream = null;
  let closed = false;
  return {
    isTTY: isTerminal(fd),
    get columns() {
      return nodeStream().columns;
    },
    write(chunk) {
      if (closed) return true;
      if (stream !== null) return stream.write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (error) {
        if (isClosedPipe(error)) {
          closed = true;
          return true;
        }
        stream = ignoringClosedPipe(nodeStream());
        return stream.write(bytes.subarray(done));
      }
      return true;
    },
  };
}

/** The reader went away (`aiarch check … | head`): what is left to print has no one to read it. */
function isClosedPipe(error) {
  return error !== null && typeof error === 'object' && (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED');
}

/**
 * Node's stream with a closed reader left quiet instead of crashing the
 * command with an unhandled 'error' event and a stack trace; the command
 * finishes and exits with its own code.
 */
function ignoringClosedPipe(stream) {
  // Any writable with events will do (a test hands in a bare writer).
  if (typeof stream.on === 'function' && !quieted.has(stream)) {
    quieted.add(stream);
    stream.on('error', quietOnClosedPipe);
  }
  return stream;
}

const quieted = new WeakSet();

function quietOnClosedPipe(error) {
  if (!isClosedPipe(error)) throw error;
}

/** The process a quick command runs with: Node's, but for the two output streams. */
function quickProcess() {
  return {
    argv: process.argv,
    env: process.env,
    cwd: () => process.cwd(),
    stdout: fdStream(1, () => process.stdout),
    stderr: fdStream(2, () => process.stderr),
  };
}

module.exports = { QUICK_COMMANDS, bundlePath, cachePath, fdStream, ignoringClosedPipe, isTerminal, loadQuick, quickProcess };
