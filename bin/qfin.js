#!/usr/bin/env node
// Runs the compiled CLI, rebuilding dist/ first if a source file changed since the last build.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import './fresh.js';

// V8 interprets a regular expression until it has run often, then compiles it. The question pipeline's
// large patterns (the abbreviation pass alone is one 4.7 KB alternation) cost tens of milliseconds of
// interpretation before a first answer that way; compiling each on first use was measured faster to a
// first answer (about 7% less CPU on this machine) and is what a long-running bot ends up with anyway.
setFlagsFromString('--no-regexp-tier-up');

// The bundle (dist/bundle/, built with dist/: a few files for Node's loader to read, not ~100), else
// tsc's output, module by module (a tree built by tsc alone).
const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
const cli = existsSync(bundle) ? bundle : new URL('../dist/cli.js', import.meta.url);
const { run } = await import(cli.href);
await run(process.argv.slice(2));
