// A release of a chosen size, made from the seed's own material, for the load-time ladder in bench.mjs.
// The seed keeps its head (title, highlights, dates); then its results, statements and tables follow again
// and again as further sections, each under headings of its own and with every amount scaled by its own
// factor, so the document grows by many distinct tables and paragraphs, not by one repeated line.
// Percentages, dates and footnote marks stay as printed.
import { readFileSync } from 'node:fs';

/** An amount as printed ("1,534,986", "4,153.2", "10.10"), not a percentage, a year or a footnote mark. */
const AMOUNT = /(?<![\d.,*])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d%]|\s*%)/g;

function scaled(printed, factor) {
  const decimals = printed.split('.')[1]?.length ?? 0;
  const value = Number(printed.replace(/,/g, '')) * factor;
  const fixed = value.toFixed(decimals);
  return printed.includes(',') ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : fixed;
}

/** Copy `k` of the seed's body: its headings numbered, its amounts scaled. */
function section(body, k) {
  const factor = 1 + k / 997;
  return body.map((line) => (/^#+\s/.test(line) ? line.replace(/^(#+\s+)(\**)/, `$1$2Supplement ${k}: `) : line.replace(AMOUNT, (m) => scaled(m, factor)))).join('\n');
}

/** The seed's text grown to at least `bytes` (the seed itself when it is already that large). */
export function sizedRelease(seedPath, bytes) {
  const seed = readFileSync(seedPath, 'utf8');
  const lines = seed.split('\n');
  // The body repeated starts at the first heading after the highlights: the results and the statements.
  const start = lines.findIndex((l, i) => i > 0 && /^#+\s.*\bresults\b/i.test(l) && !/announces/i.test(l));
  const body = lines.slice(Math.max(start, 0));
  const parts = [seed];
  let size = Buffer.byteLength(seed);
  for (let k = 1; size < bytes; k++) {
    const s = section(body, k);
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return parts.join('\n');
}
