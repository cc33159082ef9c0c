#!/usr/bin/env node
// Runs the compiled CLI, rebuilding dist/ first if a source file changed since the last build.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import './fresh.js';

// V8 interprets a regular expression until it has run often, then compiles it. The question pipeline's
// large patterns (the abbreviation pass alone is one 4.7 KB alternation) cost tens of milliseconds of
// interpretation before a first answer that way; compiling each on first use was measured faster to a
// first answer (about 7% less CPU on this machine) and is what a long-running bot ends up with anyway.
// Set before the bundle is compiled: V8 refuses a code cache made under other flags.
setFlagsFromString('--no-regexp-tier-up');

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
