#!/usr/bin/env node
// Runs the compiled CLI (npm run build, or npm ci, which builds through "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('qfin: not built yet. Run `npm run build` (npm ci does it for you).\n');
  process.exit(2);
}
const { run } = await import(cli.href);
await run(process.argv.slice(2));
