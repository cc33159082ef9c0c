// Preloaded into a benchmarked child (node --require): at exit, prints the process's own CPU time
// (user + sys, since it started) on stderr, so the benchmark can set it beside the wall time.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`QFIN_BENCH_CPU_MS ${(user + system) / 1000}\n`);
});
