// The chart stack's libraries, the one module that imports them: render.ts loads it on the first chart,
// or before it while a chat waits for a question, so start-up never pays for them. In the CLI's bundle
// this module is the chart bundle, dist/bundle/chart.cjs (scripts/build.mjs): vega and vega-lite in one
// file that bin/bundle.js compiles with V8's code cache, where Node's ES-module loader took ~170 ms of
// CPU to resolve and compile their ~60 packages file by file.
export { parse, View } from 'vega';
export { compile } from 'vega-lite';
export { Resvg } from '@resvg/resvg-js';
