#!/usr/bin/env node
// Runs the compiled CLI, rebuilding dist/ first if a source file changed since the last build.
import { existsSync } from 'node:fs';
import './fresh.js';

// No V8 flag is set here at run time: --no-regexp-tier-up, set so once (it cut ~7% of a first answer's
// CPU), crashed `qfin ask` with a segmentation fault when a module was preloaded from the project
// (node --require ./test/support/...), since V8 flags changed after start-up are undefined behaviour.

// The bundle (dist/bundle/cli.cjs, built with dist/: one file, compiled with V8's code cache), else
// tsc's output, module by module (a tree built by tsc alone).
const bundle = new URL('../dist/bundle/cli.cjs', import.meta.url);
if (existsSync(bundle)) {
  const { loadBundle } = await import('./bundle.js');
  const { exports, save } = loadBundle(bundle);
  // On exit, so the cache holds every function this run compiled (a run that ends by a signal saves none).
  process.once('exit', save);
  await exports.run(process.argv.slice(2));
} else {
  const { run } = await import(new URL('../dist/cli.js', import.meta.url).href);
  await run(process.argv.slice(2));
}
