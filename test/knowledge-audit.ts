// The coverage audit: every number of a release file, read here independently of the loader (table
// cells by tab, prose by a plain number pattern), is either part of a fact cited to its line, at its
// printed precision, or a deliberate exclusion with its reason.
import { Decimal } from 'decimal.js';
import type { Fact } from '../src/knowledge/fact.js';
import type { Release } from '../src/knowledge/release.js';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

interface Token {
  line: number;
  /** The digits as printed ("4,153.2"). */
  text: string;
  /** Where it starts in the raw line. */
  at: number;
  value: Decimal;
  decimals: number;
  /** Printed negative: "(2,236)" or "RMB-2.2". */
  negative: boolean;
  /** Stated as a fall: "a decrease of 9.3%". */
  decrease: boolean;
  where: 'table' | 'header' | 'prose' | 'heading';
}

interface Exclusion {
  reason: string;
  /** Numbers inside a match of this pattern (any capture group, or the whole match) are excluded. */
  pattern: RegExp;
  /** Numbers the loader never reads (markup, links, headings, table headers): no nonFigure expected. */
  unread?: boolean;
  /** The number must be the mark of a footnote the document defines (a line starting with that mark). */
  defined?: boolean;
}

/**
 * The deliberate exclusions: what they are and why no fact holds them. Each pattern is read against
 * the raw line; a number is excluded only when it lies inside a match.
 */
export const EXCLUSIONS: Exclusion[] = [
  { reason: 'footnote mark', pattern: /<sup>\\?\*?\d{1,2}<\/sup>/g, unread: true },
  { reason: 'footnote mark (at the start of the footnote)', pattern: /^(?:<sup>\d{1,2}<\/sup>|\\?\*\d{1,2}|\(\d{1,2}\)|\d{1,2})(?=\s+["“A-Z])/g, unread: true },
  { reason: 'web or e-mail address', pattern: /<https?:\/\/[^>]+>|\[[^\]]*\]\([^)]*\)/g, unread: true },
  {
    reason: 'footnote mark glued to the word it marks ("lines*2", "loans(3)", "million4")',
    pattern: /(?<=\S)\\?\*\d{1,2}(?!\d)|(?<=[A-Za-z%"”])\(\d{1,2}\)|(?<=[a-z]{2}|\w["”])\d{1,2}(?!\w|[.,]\d)/g,
    unread: true,
    // Only the marks of footnotes the document has: a line that starts with the mark.
    defined: true,
  },
  { reason: 'a date', pattern: new RegExp(`${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?`, 'g') },
  { reason: 'a year', pattern: /(?<!RMB|US\\?\$|[\d,.])(?:19|20)\d{2}(?![\d,.]\d|\s*(?:%|million|billion|thousand))/g },
  { reason: 'a time of day', pattern: /\b\d{1,2}:\d{2}\s*(?:AM|PM)\b/g },
  { reason: 'part of a metric name ("90 day+", "Day-1", "30-day")', pattern: /\b\d+[- ](?:day|Day)\+?|\bDay-\d+\b/g },
  { reason: 'a day count in a definition ("91 to 180 calendar days", "more than 180 days")', pattern: /\b\d+ to \d+ calendar days\b|\bmore than \d+ days\b/g },
  { reason: 'a time window in prose ("12-month period", "10 minutes")', pattern: /\b\d+-month period\b|\b\d+ minutes\b/g },
  { reason: 'a ticker or exchange code (HKEx: 3660)', pattern: /\bHKEx:\s*\d+/g },
  { reason: 'the name of a statistical release (H.10)', pattern: /\bH\.\d+\b/g },
  { reason: 'part of a name ("360 Jietiao", "360 Group", 360shuke)', pattern: /\b360(?= Jietiao| Group|shuke)/g },
  { reason: 'the one-dollar side of the exchange rate ("RMB7.2203 to US$1.00")', pattern: /(?<=RMB[\d.]+ to )US\\?\$1\.00/g },
];

/** Table header cells (the periods and currencies above a table's first labelled row). */
export const HEADER_REASON = 'a table column header (a period or a currency)';

function tokensOf(text: string, line: number, offset: number, where: Token['where']): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const digits = m[0].replace(/,/g, '');
    const before = text.slice(0, m.index);
    const after = text.slice(m.index! + m[0].length);
    out.push({
      line,
      text: m[0],
      at: offset + m.index!,
      value: new Decimal(digits),
      decimals: digits.includes('.') ? digits.split('.')[1]!.length : 0,
      negative: /(?:RMB|US\\?\$)-$|^\($/.test(before.trim()) || (where === 'table' && /^\(/.test(text.trim()) && /^\)/.test(after.trim())),
      decrease: /\b(?:decrease|decline|drop|fall|down|fell|declined|decreased)\b(?:\s+(?:of|by))?\s*$/i.test(before),
      where,
    });
  }
  return out;
}

/** Every number of the raw release, table cells separately from prose. */
function readNumbers(lines: string[]): { tokens: Token[]; nils: { line: number; column: number }[] } {
  const tokens: Token[] = [];
  const nils: { line: number; column: number }[] = [];
  let inTable = false;
  let header = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    if (raw.includes('\t')) {
      const cells = raw.split('\t');
      const label = cells[0]!.replace(/<[^>]+>|\*\*/g, '').trim();
      if (!inTable) header = true;
      inTable = true;
      if (label) header = false;
      let at = 0;
      cells.forEach((cell, j) => {
        const plain = cell.replace(/<\/?b>|\*\*/g, '').trim();
        if (/^[-–—]$/.test(plain)) nils.push({ line, column: j });
        else tokens.push(...tokensOf(cell, line, at, header ? 'header' : 'table'));
        at += cell.length + 1;
      });
      return;
    }
    inTable = false;
    tokens.push(...tokensOf(raw, line, 0, /^#{1,6}\s/.test(raw) ? 'heading' : 'prose'));
  });
  return { tokens, nils };
}

/** Marks of the footnotes a document defines: lines that start with "<sup>1</sup>", "*1", "(1)" or "1" and text. */
function footnoteMarks(lines: string[]): Set<string> {
  return new Set(lines.flatMap((l) => {
    const m = /^(?:<sup>\\?\*?(\d{1,2})<\/sup>|\\?\*(\d{1,2})|\((\d{1,2})\)|(\d{1,2}))\s+["“A-Z]/.exec(l);
    return m ? [m[1] ?? m[2] ?? m[3] ?? m[4]!] : [];
  }));
}

/** The exclusion a number falls under, if any. */
function exclusionOf(raw: string, t: Token, marks: Set<string>): Exclusion | undefined {
  for (const e of EXCLUSIONS) {
    if (e.defined && !marks.has(t.text)) continue;
    for (const m of raw.matchAll(e.pattern)) {
      if (m.index! <= t.at && t.at + t.text.length <= m.index! + m[0].length) return e;
    }
  }
  return undefined;
}

export interface Outcome {
  /** Numbers that are neither in a fact nor excluded: "line 17: 61.0". */
  uncovered: string[];
  /** Numbers excluded in prose that the loader does not list among its non-figures. */
  unexplained: string[];
  /** Non-figures the loader reports that this test's exclusions do not account for. */
  dropped: string[];
  covered: number;
  excluded: Map<string, number>;
}

export function audit(lines: string[], release: Release): Outcome {
  const { tokens, nils } = readNumbers(lines);
  const marks = footnoteMarks(lines);
  const byLine = new Map<number, Fact[]>();
  for (const f of release.facts) byLine.set(f.citation.line, [...(byLine.get(f.citation.line) ?? []), f]);
  const used = new Set<Fact>();
  const out: Outcome = { uncovered: [], unexplained: [], dropped: [], covered: 0, excluded: new Map() };
  const nonFigures = release.nonFigures.map((n) => ({ ...n, matched: false }));

  for (const t of tokens) {
    const raw = lines[t.line - 1]!;
    if (t.where === 'header') {
      out.excluded.set(HEADER_REASON, (out.excluded.get(HEADER_REASON) ?? 0) + 1);
      continue;
    }
    // A fact on this line with this value (or its negation when printed negative or stated as a fall),
    // at the printed precision. Each fact accounts for one printed number.
    const want = t.negative ? t.value.negated() : t.value;
    const fact = (byLine.get(t.line) ?? []).find(
      (f) => !used.has(f) && f.decimals === t.decimals && (f.value.equals(want) || (t.decrease && f.value.equals(t.value.negated()))),
    );
    if (fact) {
      used.add(fact);
      out.covered++;
      continue;
    }
    // A table cell is a figure: only prose and headings have exclusions.
    const ex = t.where === 'table' ? undefined : exclusionOf(raw, t, marks);
    if (!ex) {
      out.uncovered.push(`line ${t.line}: ${t.negative ? '-' : ''}${t.text}`);
      continue;
    }
    out.excluded.set(ex.reason, (out.excluded.get(ex.reason) ?? 0) + 1);
    if (t.where === 'heading') continue;
    // The loader must have seen this number and declined it, with a reason (markup it drops unread,
    // such as footnote marks and link targets, excepted).
    const nf = nonFigures.find((n) => !n.matched && n.line === t.line && n.text.replace(/^(?:RMB|US\$)/, '') === t.text);
    if (nf && nf.reason) nf.matched = true;
    else if (!ex.unread) out.unexplained.push(`line ${t.line}: ${t.text} (${ex.reason})`);
  }
  for (const n of nils) {
    const fact = (byLine.get(n.line) ?? []).find((f) => !used.has(f) && f.value.isZero());
    if (fact) {
      used.add(fact);
      out.covered++;
    } else out.uncovered.push(`line ${n.line}: "-" (nil) in column ${n.column}`);
  }
  for (const n of nonFigures) if (!n.matched) out.dropped.push(`line ${n.line}: ${n.text} (${n.reason})`);
  return out;
}

