// Quotes checked against the lines they cite, each release loaded alone:
// - every citation the knowledge base holds (a figure's, the cell a rounded figure stands for, a text's and the lines
//   it runs onto), its quote found verbatim in its line as the grader finds it (../shared/eval/grade.mjs: both read
//   as plain text, whitespace collapsed); and every text an answer may quote ("in its words: “…”") that is no reader's
//   sentence for a table row (TextFact.paraphrase), found in its lines as a person reads them (typography aside);
// - with --ask, the answers to questions that quote the release (outlook, earlier guidance, buybacks, dividends,
//   reasons, definitions): each citation as the grader checks it, and each span the answer sets in “…” found in a
//   cited line (or in what a name or label is: a cited row's label).
// Usage (after npm run build): node scripts/quote-check.mjs [FILE|DIR ...] [--ask] [--verbose]
// With no file, every release a test or eval set loads. Prints the breaches counted by mechanism; exit 1 on any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

process.env.QFIN_CACHE = '0';
const dist = (m) => import(new URL(`../dist/${m}`, import.meta.url).href);
const { loadKnowledge } = await dist('knowledge/load.js');
const { plain } = await dist('knowledge/markup.js');
const { MIN_QUOTE } = await dist('knowledge/kb.js');
const { loadEngine } = await dist('bot.js');
const { decodeHTML } = await import('entities');

const RELEASE = /\.(?:md|html?|txt)$/i;
const files = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => RELEASE.test(f) && !/^readme\./i.test(f)).sort().map((f) => join(dir, f)) : []);
const evalDirs = (sub) => readdirSync('eval').map((d) => join('eval', d, sub)).filter(existsSync).sort();
const everyRelease = () => [...files('data/releases'), ...files('../shared/releases'), ...files('../shared/releases/filed'), ...files('../shared/releases/highlights'), ...files('eval/synthetic'), ...evalDirs('docs').flatMap(files)];

/** Questions whose answers quote the release's words. */
export const QUESTIONS = [
  'what did management say about the outlook', 'guidance', 'prior guidance', 'what is the revenue guidance', 'previous outlook?',
  'what did the CEO say', 'buyback', 'how much is left under the buyback', 'dividend', 'conference call', 'why did revenue change',
  'how do they define adjusted EBITDA', 'when are the next results',
];

const lines = new Map();
function lineOf(doc, n) {
  if (!lines.has(doc)) lines.set(doc, existsSync(doc) ? readFileSync(doc, 'utf8').split('\n') : []);
  return lines.get(doc)[n - 1] ?? null;
}

/** Why a citation is no verbatim quote of its line as the grader reads both, or null; quotes too short to use are never used. */
function breach(c) {
  const q = plain(c.quote ?? '').trim();
  if (q.length < MIN_QUOTE) return null;
  const ln = lineOf(c.document, c.line);
  if (ln === null) return 'no such line';
  return plain(ln).includes(q) ? null : 'not on its line';
}

/** Text as a reader compares words: every character reference decoded, quotes straight, dashes alike (typography, not wording). */
const readerText = (s) => decodeHTML(plain(s)).replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/[\u2012-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();

/** A document's lines from `line`, `more` of them after it, as a person reads them run together (a sentence wraps over short lines). */
const linesRead = (doc, line, more) => Array.from({ length: more + 1 }, (_, k) => readerText(lineOf(doc, line + k) ?? '')).join(' ');

/** Whether a text an answer may quote is the release's words: on its lines, or its quote read without footnote marks. */
function ownWords(t) {
  const more = Math.max(0, ...(t.continued ?? []).map((c) => c.line - t.citation.line)) + 2;
  return t.text === t.citation.reads || linesRead(t.citation.document, t.citation.line, more).includes(readerText(t.text));
}

/** Why a text is not its line's words: a guidance table's row set as a sentence, figures re-set (decimal comma, marks), or other words. */
function mechanism(text, line) {
  const bare = (s) => readerText(s).replace(/[^A-Za-z]+/g, '');
  if (line.includes(bare(text))) return 'its figures or marks re-set';
  if (/^[^:]{1,80}: .+\.$/.test(text) && /\b(?:guidance|outlook|forecast|current|previous|prior)\b|\bFY\s?\d|\bQ[1-4]\b/i.test(text.split(':')[0])) return 'a guidance table row set as a sentence';
  return 'words not on its lines';
}

/** The breaches of one release's knowledge: each [mechanism, detail]. */
function knowledgeBreaches(releases) {
  const out = [];
  for (const r of releases) {
    for (const f of r.facts) for (const c of [f.citation, f.rounds, f.cell].filter(Boolean)) if (breach(c)) out.push([`${f.source} figure's citation not on its line`, `${c.document}:${c.line} ${c.quote}`]);
    for (const t of r.texts) {
      for (const c of [t.citation, ...(t.continued ?? [])]) if (breach(c)) out.push([`${t.kind} text's citation not on its line`, `${c.document}:${c.line} ${c.quote}`]);
      if (t.paraphrase || ownWords(t)) continue;
      const ln = linesRead(t.citation.document, t.citation.line, 3).replace(/[^A-Za-z]+/g, '');
      out.push([`quotable ${t.kind} text: ${mechanism(t.text, ln)}`, `${t.citation.document}:${t.citation.line} ${t.text}\n    line: ${linesRead(t.citation.document, t.citation.line, 0)}`]);
    }
  }
  return out;
}

/** The breaches of one release's answers to QUESTIONS: each [mechanism, detail]. */
function answerBreaches(file) {
  const engine = loadEngine({ releases: [file] });
  const out = [];
  for (const [i, q] of QUESTIONS.entries()) {
    const a = engine.ask(q, `quote-${i}`);
    if (a.status !== 'answer') continue;
    for (const c of a.citations) if (breach(c)) out.push(["answer's citation not on its line", `${file} "${q}": ${c.line} ${c.quote}`]);
    // (A sentence quoted whole may start lines above the figure its citation is of, and run on below it.)
    const cited = a.citations.map((c) => `${linesRead(c.document, Math.max(1, c.line - 4), 12)} ${readerText(c.reads ?? '')}`).join(' ');
    for (const m of a.text.matchAll(/“([^”]{8,})”/g)) {
      if (!cited.includes(readerText(m[1]))) out.push(["answer quotes words not on a cited line", `${file} "${q}": “${m[1]}”`]);
    }
  }
  return out;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asking = args.includes('--ask');
const named = args.filter((a) => !a.startsWith('--')).flatMap((a) => (statSync(a).isDirectory() ? files(a) : [a]));
const counts = new Map();
let checked = 0;
for (const file of named.length ? named : everyRelease()) {
  let found;
  try {
    const releases = loadKnowledge([file], () => {}).companies.flatMap((co) => co.kb.releases);
    found = [...knowledgeBreaches(releases), ...(asking ? answerBreaches(file) : [])];
  } catch (e) {
    console.log(`${file}: not loaded (${e.message})`);
    continue;
  }
  checked++;
  for (const [m, detail] of found) {
    counts.set(m, (counts.get(m) ?? 0) + 1);
    if (verbose) console.log(`[${m}] ${detail}`);
  }
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
for (const [m, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${m}`);
console.log(`quote breaches ${total} in ${checked} releases${asking ? ` (${QUESTIONS.length} questions each)` : ''}`);
process.exit(total ? 1 : 0);
