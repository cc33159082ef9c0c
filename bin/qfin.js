#!/usr/bin/env node
// Runs the compiled CLI, rebuilding dist/ first if a source file changed since the last build.
// CommonJS (bin/package.json): an ES-module entry starts Node's module loader, ~7 ms of a fresh
// `qfin ask`'s CPU, and the bundle it runs is CommonJS anyway.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
require('./fresh.js');

// No V8 flag is set here at run time: --no-regexp-tier-up, set so once (it cut ~7% of a first answer's
// CPU), crashed `qfin ask` with a segmentation fault when a module was preloaded from the project
// (node --require ./test/support/...), since V8 flags changed after start-up are undefined behaviour.

// The bundle (dist/bundle/cli.cjs, built with dist/: one file, compiled with V8's code cache), else
// tsc's output, module by module (a tree built by tsc alone).
const bundle = join(__dirname, '../dist/bundle/cli.cjs');
if (existsSync(bundle)) {
  const { loadBundle } = require('./bundle.js');
  const { exports, save } = loadBundle(pathToFileURL(bundle));
  // On exit, so the cache holds every function this run compiled (a run that ends by a signal saves none).
  process.once('exit', save);
  exports.run(process.argv.slice(2));
} else {
  // tsc's output is ES modules.
  import(pathToFileURL(join(__dirname, '../dist/cli.js')).href).then(({ run }) => run(process.argv.slice(2)));
}
