// A table figure alone on its source line (one cell a line, as some EDGAR generators write HTML) cannot
// be quoted: its line's text is the figure itself ("3,189"), too short to identify a place. Such a figure
// is cited by the release's own sentence that states it to within 1% or as precisely as the cell ("Operating cash flow was $9.5
// billion" for 9,539): the answer gives the table's figure with the sentence that identifies it. A
// sentence that rounds it more coarsely ("$3.2 billion" for 3,189) does not identify it: the sentence's
// figure is marked as rounding that cell, and answers say so instead of giving a rounded figure as the
// release's. A figure no sentence states keeps its cell's citation, and answers leave it out (kb.ts).
import { Decimal } from 'decimal.js';
import { amount, currencyOf, type Fact } from './fact.js';
import { periodKey } from './period.js';
import { halfUnit, roundsTo } from './release.js';

/** Words that qualify a sentence's figure without naming another line ("Q4 GAAP net income"). */
const QUALIFYING = new Set(['gaap', 'q1', 'q2', 'q3', 'q4', 'fiscal', 'quarter', 'quarterly', 'year', 'full', 'the', 'total', 'our', 'reported']);
const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !/^\d+$/.test(w));

/** Whether a sentence's label names the table line: every word of it (but qualifiers) is the line's or its parents'. */
function namesLine(sentence: Fact, cell: Fact): boolean {
  if (sentence.metric === cell.metric) return true;
  const own = new Set([...words(cell.label), ...cell.parents.flatMap(words)]);
  const said = words(sentence.label).filter((w) => !QUALIFYING.has(w));
  return said.length > 0 && said.every((w) => own.has(w));
}

function agrees(sentence: Fact, cell: Fact): boolean {
  if (sentence.role !== 'value' || periodKey(sentence.period) !== periodKey(cell.period)) return false;
  if (sentence.unit.kind !== cell.unit.kind || currencyOf(sentence.unit) !== currencyOf(cell.unit)) return false;
  return roundsTo(amount(cell), sentence) && namesLine(sentence, cell);
}

/** Whether a sentence's figure is within 1% of the cell's: it identifies the figure, not only rounds it. */
const identifies = (sentence: Fact, cell: Fact) => halfUnit(sentence).lte(Decimal.max(halfUnit(cell), amount(cell).abs().div(100)));

/** Re-cites each unquotable table figure by the one sentence that states it; marks sentences that only round one. */
export function citeCellsBySentences(facts: Fact[], minQuote: number): void {
  const sentences = facts.filter((f) => f.source === 'narrative');
  for (const cell of facts) {
    // (A cell cited by its row's line, where its label stands, is no more quoted: the quote does not carry it.)
    const byRow = cell.citation.cells?.some((c) => c.line !== undefined);
    // (So is one in hundreds of millions, "4,731" for ¥473.1 billion: its quote reads in no scale a reader checks it by.)
    const oddScale = cell.unit.kind === 'money' && cell.unit.scale === 1e8;
    if (cell.source !== 'table' || (cell.citation.quote.trim().length >= minQuote && !byRow && !oddScale)) continue;
    const agreeing = sentences.filter((s) => agrees(s, cell));
    const vouching = agreeing.filter((s) => identifies(s, cell));
    for (const s of agreeing) if (!identifies(s, cell)) s.rounds ??= cell.citation;
    if (vouching.length && new Set(vouching.map((s) => s.citation.line)).size === 1) {
      cell.cell = cell.citation;
      cell.citation = vouching[0]!.citation;
    }
  }
}
