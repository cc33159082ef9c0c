// The build: tsc compiles src/ to dist/ (module by module, what the tests and `npm run discord:register`
// run), then esbuild bundles the same entry points into dist/bundle/, one CommonJS file each (what
// `qfin` runs: Node's ESM loader over ~100 modules was half of a fresh start), and last the code's
// version is written beside the build, dist/code-version: the hash the parsed-release cache keys its entries by
// (src/knowledge/cache.ts), so a start need not hash every file of dist/ again. Written last, it is
// also the build's stamp (bin/fresh.js): a build cut short leaves the previous stamp, and a rebuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
const bundle = {
  absWorkingDir: root,
  // Flat, two levels under the root like src/*/*.ts, so each module's paths from import.meta.url
  // (data/releases, package.json, node_modules/.cache) resolve as they do from dist/*/*.js.
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  target: 'node20',
  // The libraries stay in node_modules, loaded as installed: the bundle is our code, and decimal.js,
  // which every answer needs: bundled, it is compiled from the code cache with our code (required from
  // node_modules it was parsed again at each start, ~5 ms of a fresh `qfin ask`'s CPU).
  external: Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies).filter((name) => name !== 'decimal.js').flatMap((name) => [name, `${name}/*`]),
  sourcemap: true,
  logLevel: 'warning',
};
// In the CLI's bundle, the chart libraries (src/adapters/chart/libs.ts) are the chart bundle, loaded on
// use by bin/bundle.js (`__bundle`), compiled with V8's code cache as the CLI's own is.
const chartBundle = {
  name: 'chart-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/libs\.js$/ }, (args) => (/[\\/]src[\\/]adapters[\\/]chart[\\/]render\.ts$/.test(args.importer) ? { path: 'chart.cjs', namespace: 'chart-bundle' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'chart-bundle' }, (args) => ({ contents: `module.exports = __bundle(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};
// The CLI: one CommonJS file, cli.cjs, which bin/qfin.js compiles through vm.Script with V8's code
// cache (bin/bundle.js): Node 20 caches code for scripts, not ES modules, and that cache was measured to
// save more than the lazy chunks of an ESM build did. A module imported on use is still evaluated on use
// (esbuild wraps it), and V8 compiles a function only when it first runs.
const cli = await esbuild?.build({
  ...bundle,
  entryPoints: { cli: 'src/cli.ts' },
  plugins: [chartBundle],
  metafile: true,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // import.meta.url is a module's own URL; in CommonJS, the bundle file's (at the same depth).
  define: { 'import.meta.url': '__qfinModuleUrl' },
  banner: { js: 'var __qfinModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
// Any other `import()` left in it would fail only when run, so the build fails now, naming it.
const dynamic = Object.values(cli?.metafile.outputs ?? {}).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));
// The chart libraries are chart.cjs's, never in the CLI's bundle (where vega would be `require`d as installed).
if (cli && Object.keys(cli.metafile.inputs).some((f) => f.endsWith('chart/libs.ts'))) throw new Error('qfin build: src/adapters/chart/libs.ts is in the CLI bundle: import it as ./libs.js from render.ts only');
if (dynamic.length) throw new Error(`qfin build: import() of ${dynamic.join(', ')} in the CLI bundle: an import() compiled from V8's code cache finds no loader on Node 20`);
// The chart bundle: vega and vega-lite (ES modules only, ~60 packages) in one CommonJS file; resvg, a
// native addon, stays installed. vega-canvas is taken in its browser build: its Node build awaits an
// optional node-canvas at its top level (no CommonJS can), which is no dependency of ours, so vega
// measures text by its estimate either way (and no longer by whatever canvas a machine happens to have).
await esbuild?.build({
  ...bundle,
  entryPoints: { chart: 'src/adapters/chart/libs.ts' },
  external: ['@resvg/resvg-js'],
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  minify: true,
  plugins: [{ name: 'vega-canvas', setup: (build) => build.onResolve({ filter: /^vega-canvas$/ }, () => ({ path: join(dirname(require.resolve('vega-canvas')), 'vega-canvas.browser.js') })) }],
});
// The shard process (src/start.ts forks it from beside itself: shard.js), an ES module: it awaits at
// its top level, and a forked shard starts rarely enough to need no code cache.
await esbuild?.build({ ...bundle, entryPoints: { shard: 'src/shard.ts' }, format: 'esm', splitting: true, chunkNames: '[name]-[hash]' });

/** What the cache's key must change with: every compiled file (both layouts) and the installed libraries. */
function codeVersion() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:c?js|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
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
