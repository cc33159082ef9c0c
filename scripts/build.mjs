// The build: tsc compiles src/ to dist/ (module by module, what the tests and `npm run discord:register`
// run), then esbuild bundles the same entry points into dist/bundle/ (what `qfin` runs: Node's ESM
// loader over ~100 modules was half of a fresh start), and last the code's version is written beside
// the build, dist/code-version: the hash the parsed-release cache keys its entries by
// (src/knowledge/cache.ts), so a start need not hash every file of dist/ again. Written last, it is
// also the build's stamp (bin/fresh.js): a build cut short leaves the previous stamp, and a rebuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root, '--incremental', '--tsBuildInfoFile', join(dist, '.tsbuildinfo')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

rmSync(join(dist, 'bundle'), { recursive: true, force: true });
// A tree installed before esbuild joined the dev dependencies: tsc's output alone runs (bin/qfin.js
// falls back to it), slower to start, rather than a stale bundle.
const esbuild = await import('esbuild').catch(() => null);
if (!esbuild) process.stderr.write('qfin build: esbuild is not installed (run `npm ci`): dist/ is built without its bundle.\n');
await esbuild?.build({
  absWorkingDir: root,
  // The CLI and the shard process (src/start.ts forks the latter from beside itself).
  entryPoints: { cli: 'src/cli.ts', shard: 'src/shard.ts' },
  outdir: 'dist/bundle',
  // Flat, two levels under the root like src/*/*.ts, so each module's paths from import.meta.url
  // (data/releases, package.json, node_modules/.cache) resolve as they do from dist/*/*.js.
  chunkNames: '[name]-[hash]',
  bundle: true,
  // Dynamic imports become chunks loaded on use: the chat adapters, charts, export, the full load.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The libraries stay in node_modules, loaded as installed: the bundle is our code only.
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

/** What the cache's key must change with: every compiled file (both layouts) and the installed libraries. */
function codeVersion() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:js|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(dist);
  try {
    hash.update(readFileSync(join(root, 'package-lock.json')));
  } catch {
    // No lockfile: the code's own hash stands.
  }
  return hash.digest('hex');
}
writeFileSync(join(dist, 'code-version'), `${codeVersion()}\n`);
