// Global setup: the CLI, export, chart and shard tests run the compiled dist/ in child processes, so the
// run brings dist/ up to date once, before any worker starts, as `qfin` itself does (bin/fresh.js: a
// build only when a source is newer than the last). Each of those files used to run `npm run build` in
// its beforeAll: about 5 s of CPU each even with nothing to do, and under load the builds ran into the
// hooks' timeouts while other files' child processes read dist/ as it was being rewritten.
export async function setup(): Promise<void> {
  await import(new URL('../../bin/fresh.js', import.meta.url).href);
}
