// Preloaded into a child `qfin` (node --require): at exit, prints every CommonJS file it loaded, one
// JSON line on stderr, so a test can say which libraries a start pays for.
process.on('exit', () => process.stderr.write(`LOADED ${JSON.stringify(Object.keys(require.cache))}\n`));
