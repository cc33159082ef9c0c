// Building an Answer: the handlers' shared toolkit. Citations come from the facts an answer uses,
// once per line; derived figures carry their formula.
import { lineOf, type CitedCell } from '../knowledge/citation.js';
import { UNSTATED } from '../knowledge/currencies.js';
import { currencyOf, type Fact, type TextFact } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { periodLabel, type Period } from '../knowledge/period.js';
import type { Answer, Choice, Citation, Derivation, Reason } from './answer.js';
import type { Ask } from './frame.js';
import { spoken } from './naming/spoken.js';
import { memo } from '../knowledge/memo.js';

/** One key per quote of a line (two figures of one line may quote different sentences of it), and per table row named. */
export const citationKey = (c: Citation) => `${lineOf(c)}:${c.quote}${c.row ? `|${c.row}` : ''}`;

const sameCell = (a: CitedCell, b: CitedCell) => a.period === b.period && a.unit === b.unit && a.printed === b.printed;

/** Adds a citation once per key; the cells of one row cited twice (this quarter and a year ago) are kept together. */
export function addCitation(into: Map<string, Citation>, c: Citation): void {
  const key = citationKey(c);
  const had = into.get(key);
  if (!had) into.set(key, c);
  else if (had.cells && c.cells) {
    const fresh = c.cells.filter((x) => !had.cells!.some((y) => sameCell(x, y)));
    if (fresh.length) into.set(key, { ...had, cells: [...had.cells, ...fresh] });
  }
}

export class Reply {
  private readonly lines: string[] = [];
  private readonly citations = new Map<string, Citation>();
  private readonly derivations: Derivation[] = [];
  private period?: string;
  private flagged = false;
  private unstated = false;

  constructor(private readonly kb: KnowledgeBase) {}

  say(line: string): this {
    this.lines.push(line);
    return this;
  }

  cite(...facts: (Fact | TextFact)[]): this {
    for (const f of facts) {
      // Each quote must carry its figure.
      addCitation(this.citations, f.citation);
      for (const c of ('continued' in f && f.continued) || []) addCitation(this.citations, c);
      if ('value' in f && this.kb.isFlagged(f)) this.flagged = true;
      if ('value' in f && currencyOf(f.unit) === UNSTATED) this.unstated = true;
    }
    return this;
  }

  derive(label: string, value: string, formula: string): this {
    this.derivations.push({ label, value, formula });
    return this;
  }

  about(period: Period): this {
    this.period ??= periodLabel(period);
    return this;
  }

  answer(): Answer {
    const notes = [
      ...(this.flagged ? ['Note: a figure used here failed a load check of the release (run `qfin check`); treat it with care.'] : []),
      // A release that names no currency it can be read in: its amounts as printed, never put in a currency guessed.
      ...(this.unstated ? ['Note: the release does not name a currency the amounts are in; they are shown as printed.'] : []),
    ];
    const formulas = this.derivations.length ? [`How: ${this.derivations.map((d) => `${d.label} = ${d.formula}`).join('; ')}.`] : [];
    return {
      status: 'answer',
      text: [...this.lines, ...formulas, ...notes].join('\n'),
      ...(this.period ? { period: this.period } : {}),
      citations: [...this.citations.values()].sort((a, b) => a.line - b.line),
      derivations: this.derivations,
      choices: [],
    };
  }
}

/** Where a sentence stands, as an answer names it: "line 167", or "lines 167–168" where it is wrapped onto more. */
export function linesOf(t: TextFact): string {
  const last = t.continued?.at(-1)?.line;
  return last ? `lines ${t.citation.line}–${last}` : `line ${t.citation.line}`;
}

/**
 * A text as an answer shows it, with where it stands: the release's words in quotation marks; the reader's sentence for
 * a table row (knowledge/outlook-tables.ts) said as the row's reading, never quoted: a quote is the release's own words.
 */
export function asSaid(t: TextFact, text = t.text): string {
  return t.paraphrase ? `${text.replace(/\.$/, '')} (as read from the table row on ${linesOf(t)}).` : `“${text}” (${linesOf(t)})`;
}

/** A decline and why: most handlers decline because the release does not give what was asked. */
export function unknown(text: string, reason: Reason = 'not-in-release'): Answer {
  return { status: 'unknown', reason, text, citations: [], derivations: [], choices: [] };
}

export function clarify(text: string, choices: Choice[], citations: Citation[] = []): Answer {
  return { status: 'clarify', reason: 'ambiguous', text, citations, derivations: [], choices };
}

export type Handler = (ask: Ask) => Answer;

/**
 * A label to start a sentence, as an analyst says it (naming/spoken.ts: "diluted net income per ADS";
 * the citation keeps the full label): narrative labels start lowercase; table totals may be in capitals
 * (lowered), but a label of one word in capitals is an acronym ("EBITDA") and stays one.
 */
// (Said of the same few labels in every answer: each said once, a bounded memo by label.)
export const title = memo((label: string): string => {
  const said = spoken(label);
  const l = /^[^a-z]+$/.test(said) && /\s/.test(said) ? said.toLowerCase() : said;
  // (A name in mixed case, "iPhone", is spelt as printed wherever it stands.)
  return /^[a-z]+[A-Z]/.test(l) ? l : l.charAt(0).toUpperCase() + l.slice(1);
}, { weigh: (t) => t.length });

/** A label inside a sentence: "total net revenue", but "GAAP operating margin" (a capitalised abbreviation stays). */
export function inline(label: string): string {
  const t = title(label);
  return /^[A-Z][A-Z-]/.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1);
}

/** "was" or "were" for a label by its head noun: "Funding costs were", "Income from operations was". */
export function verb(label: string): string {
  const head = label.replace(/\s*\(.*\)\s*$/, '').split(/\s+(?:from|of|for|to|attributable|attributed|per|by|in|with|across|through|under|used|provided)\s+/i)[0]!;
  const last = head.split(/[\s,-]+/).pop()!.toLowerCase();
  return /[^su]s$/.test(last) && !/(?:ss|ics|loss)$/.test(last) ? 'were' : 'was';
}

/** Words said as a list: "A", "A and B", "A, B and C". */
export function andJoined(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "Q1 2023", "Q1 2023 and Q2 2023", "Q1 2023, Q2 2023 and Q3 2023". */
export function listed(periods: Period[]): string {
  return andJoined(periods.map(periodLabel));
}

/** Periods the release gives a metric for, as words: "Q1 2024, Q4 2023 and Q1 2023". */
export function available(kb: KnowledgeBase, metric: string): string {
  return listed(kb.periods(metric));
}
