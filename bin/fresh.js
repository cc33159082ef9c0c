// Keeps dist/ fresh: when a file under src/ (or tsconfig.json) is newer than the last build (an edit,
// a pull), rebuilds it, saying so on stderr; otherwise costs a stat of each source file (~1 ms). Run
// by bin/qfin.js on import and by `npm run discord:register` on its own. dist/ is first built at
// install ("prepare").
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = `${root}dist/.tsbuildinfo`;
const cli = `${root}dist/cli.js`;

/** The newest modification time under `dir`, directories included (a deleted file changes its directory). */
function newest(dir) {
  let t = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

function stale() {
  if (!existsSync(stamp) || !existsSync(cli)) return true;
  const built = statSync(stamp).mtimeMs;
  return newest(`${root}src`) > built || statSync(`${root}tsconfig.json`).mtimeMs > built;
}

if (existsSync(`${root}src`) && stale()) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    tsc = null; // an install without dev dependencies: run what was built
  }
  if (tsc) {
    process.stderr.write('qfin: sources changed since the last build; rebuilding dist/ ...\n');
    const args = [tsc, '-p', root, '--incremental', '--tsBuildInfoFile', stamp];
    // Loaded only to rebuild: a fresh tree starts without it.
    const { spawnSync } = await import('node:child_process');
    const built = spawnSync(process.execPath, args, { stdio: ['ignore', 2, 2] });
    if (built.status !== 0) {
      process.stderr.write('qfin: the build failed (errors above); fix them or run `npm run build`.\n');
      process.exit(2);
    }
    // tsc leaves its build info untouched when no output changed (a file touched, not edited).
    const now = new Date();
    utimesSync(stamp, now, now);
  }
}
if (!existsSync(cli)) {
  process.stderr.write('qfin: not built yet. Run `npm run build` (npm ci does it for you).\n');
  process.exit(2);
}
