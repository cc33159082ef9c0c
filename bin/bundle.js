// Runs a CommonJS bundle (dist/bundle/cli.cjs) through vm.Script with V8's code cache: compiling the
// bundle was the largest part of a fresh `qfin ask` after Node's own start, and Node 20 caches code for
// scripts only (not ES modules; module.enableCompileCache is Node 22). The cache is written when a run
// ends, so it holds the functions that run compiled, and sits with the parsed releases
// (node_modules/.cache/qfin-bot/, QFIN_CACHE_DIR; none with QFIN_CACHE=0).
// V8 checks a cache against its own version and flags, but against the source's LENGTH only: an entry is
// keyed by what identifies the bundle's bytes too, so a changed bundle is never run with another one's code.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { fileURLToPath, pathToFileURL } = require('node:url');
const vm = require('node:vm');

const DEFAULT_DIR = join(__dirname, '../node_modules/.cache/qfin-bot/');
const KEY_BYTES = 32;

/** The cache entry for `file` and the key its bytes must carry, or null when caching is off. */
function entryOf(file, source) {
  if (process.env.QFIN_CACHE === '0') return null;
  const dir = process.env.QFIN_CACHE_DIR || DEFAULT_DIR;
  const name = createHash('sha256').update(file).digest('hex').slice(0, 32);
  return { dir, path: join(dir, `code-${name}.v8`), key: createHash('sha256').update(process.version).update(identity(file, source)).digest() };
}

/**
 * What identifies the bundle's bytes: the build's stamp (dist/code-version, a hash of every file the build
 * wrote, this one among them) with the file's size and time, when the file is no newer than the stamp;
 * else its bytes (hashing the 860 KB bundle was ~5 ms of a fresh `qfin ask`).
 */
function identity(file, source) {
  const stamp = join(dirname(file), '../code-version');
  try {
    const [built, own] = [statSync(stamp), statSync(file)];
    if (own.mtimeMs <= built.mtimeMs) return `${readFileSync(stamp, 'utf8')}\u0000${own.size}\u0000${own.mtimeMs}`;
  } catch {
    // No stamp (a tree built otherwise): the bytes identify it.
  }
  return source;
}

/** The code cache stored for this very source, or undefined. */
function stored(entry) {
  try {
    const bytes = readFileSync(entry.path);
    return entry.key.equals(bytes.subarray(0, KEY_BYTES)) ? bytes.subarray(KEY_BYTES) : undefined;
  } catch {
    return undefined; // none yet
  }
}

/**
 * Compiles and runs the bundle at `url` (a file: URL): its exports; whether V8 took the stored cache;
 * and `save`, which stores the code compiled so far when it did not (a no-op when it did).
 */
function loadBundle(url) {
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  const entry = entryOf(file, source);
  const cachedData = entry ? stored(entry) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __bundle) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (name) => sibling(join(dirname(file), name)));
  const cached = Boolean(cachedData) && !script.cachedDataRejected;
  const save = () => {
    if (!entry || cached) return;
    try {
      mkdirSync(entry.dir, { recursive: true });
      const temp = `${entry.path}.${process.pid}.tmp`;
      writeFileSync(temp, Buffer.concat([entry.key, script.createCachedData()]));
      renameSync(temp, entry.path); // whole or not at all: a reader never sees half an entry
    } catch {
      // A read-only tree: the next run compiles again.
    }
  };
  return { exports: module.exports, cached, save };
}

const siblings = new Map();
/**
 * The exports of a bundle beside the CLI's (the chart libraries, chart.cjs: what `__bundle` gives the CLI's),
 * loaded once, on use, with its own code cache, saved when the process ends.
 */
function sibling(file) {
  if (!siblings.has(file)) {
    const { exports, save } = loadBundle(pathToFileURL(file));
    process.once('exit', save);
    siblings.set(file, exports);
  }
  return siblings.get(file);
}

module.exports = { loadBundle };
