// Keeps dist/ fresh: when a file under src/ (or tsconfig.json, or the build script) is newer than the
// last build (an edit, a pull), rebuilds it, saying so on stderr; otherwise costs a stat of each source
// file (~1 ms). Run by bin/qfin.js on import and by `npm run discord:register` on its own. dist/ is
// first built at install ("prepare"). The build's last step writes dist/code-version: its stamp.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = `${join(__dirname, '..')}/`;
const stamp = `${root}dist/code-version`;
const cli = `${root}dist/cli.js`;
const script = `${root}scripts/build.mjs`;

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
  return newest(`${root}src`) > built || statSync(`${root}tsconfig.json`).mtimeMs > built || statSync(script).mtimeMs > built;
}

/** Whether the build's tools are installed (not in an install without dev dependencies: it runs what was built). */
function canBuild() {
  try {
    require.resolve('typescript/bin/tsc');
    return true;
  } catch {
    return false;
  }
}

if (existsSync(`${root}src`) && existsSync(script) && stale() && canBuild()) {
  process.stderr.write('qfin: sources changed since the last build; rebuilding dist/ ...\n');
  // Loaded only to rebuild: a fresh tree starts without it.
  const { spawnSync } = require('node:child_process');
  const built = spawnSync(process.execPath, [script], { stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    process.stderr.write('qfin: the build failed (errors above); fix them or run `npm run build`.\n');
    process.exit(2);
  }
}
if (!existsSync(cli)) {
  process.stderr.write('qfin: not built yet. Run `npm run build` (npm ci does it for you).\n');
  process.exit(2);
}
