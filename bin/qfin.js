#!/usr/bin/env node
// Runs the compiled CLI, rebuilding dist/ first if a source file changed since the last build.
import './fresh.js';

const cli = new URL('../dist/cli.js', import.meta.url);
const { run } = await import(cli.href);
await run(process.argv.slice(2));
