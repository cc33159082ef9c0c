// A table of amounts with no unit note is read at a scale only where its figures say which: at exactly one
// of thousands, millions or billions several of its figures equal figures the release's other tables state
// for the same line and period, and none differs (a reconciliation under an income statement "in millions"
// repeating its operating income). Otherwise it stays skipped, named: never a guessed scale.
import type { TableBlock } from './blocks.js';
import { amount, currencyOf, type Fact } from './fact.js';
import { words } from './labels.js';
import { periodKey, type Period } from './period.js';
import type { SkippedTable } from './release.js';
import { parseTable, TableSkip, type ParsedTable } from './tables.js';
import { unitlessLines } from './table-units.js';
import { push } from './multimap.js';

/** The notes tried, each a scale the unit-note reader knows. */
const NOTES = ['(In thousands)', '(In millions)', '(In billions)'];
/** Figures that must agree: one could be a coincidence of digits. */
const AGREEING = 2;
/** Words that say a line's basis, not which line it is ("Operating income (GAAP)" is the statement's "Operating income"). */
const BASIS = new Set(words('GAAP reported'));

/** A table skipped for want of a unit note: its block, read again under each note tried. */
export interface Unscaled {
  block: TableBlock;
  line: number;
}

/**
 * Each table skipped for want of a unit note whose figures settle its scale, read into `tables` in the
 * release's order and taken off `skipped`. `factsOf` gives read tables' facts without recording their lines.
 */
export function readByAgreement(unscaled: Unscaled[], tables: ParsedTable[], skipped: SkippedTable[], read: (b: TableBlock) => ParsedTable | null, factsOf: (ts: ParsedTable[]) => Fact[]): void {
  if (!unscaled.length) return;
  const byLine = knownByLine(factsOf(tables));
  for (const u of unscaled) {
    const t = scaleByAgreement(u, byLine, read, (x) => factsOf([x]));
    if (!t) continue;
    const after = tables.findIndex((o) => (o.lines[0]?.line ?? 0) > u.line);
    tables.splice(after < 0 ? tables.length : after, 0, t);
    skipped.splice(skipped.findIndex((s) => s.line === u.line), 1);
  }
}

/**
 * The table read at the one scale its figures agree with the known ones (by line) at, else null. `read` parses a
 * block as the release's tables are (null where it cannot); `factsOf` gives a read table's facts.
 */
function scaleByAgreement(u: Unscaled, byLine: Map<string, Fact[]>, read: (b: TableBlock) => ParsedTable | null, factsOf: (t: ParsedTable) => Fact[]): ParsedTable | null {
  const fits = NOTES.flatMap((note) => {
    const t = read({ ...u.block, unitNote: note });
    if (!t) return [];
    const { agree, differ } = tally(factsOf(t), byLine);
    return agree >= AGREEING && !differ ? [t] : [];
  });
  return fits.length === 1 ? fits[0]! : null;
}

const lineKey = (f: Fact) => [...new Set(words(f.label).filter((w) => !BASIS.has(w)))].sort().join(' ');
const key = (f: Fact) => `${lineKey(f)}|${periodKey(f.period)}|${currencyOf(f.unit)}`;

/** The release's amounts by line, period and currency. */
function knownByLine(known: Fact[]): Map<string, Fact[]> {
  const by = new Map<string, Fact[]>();
  for (const f of known) if (f.role === 'value' && f.unit.kind === 'money') push(by, key(f), f);
  return by;
}

/** How many of a table's amounts equal every known figure of their line and period, and how many differ from one. */
function tally(facts: Fact[], byLine: Map<string, Fact[]>): { agree: number; differ: number } {
  let agree = 0;
  let differ = 0;
  for (const f of facts) {
    const same = f.role === 'value' && f.unit.kind === 'money' ? byLine.get(key(f)) : undefined;
    if (!same?.length) continue;
    if (same.every((k) => amount(k).equals(amount(f)))) agree++;
    else differ++;
  }
  return { agree, differ };
}

/** A table skipped for want of a unit note, read under a note tried: null where it still cannot be read whole. */
export function readUnscaled(b: TableBlock, currency: string, current: Period): ParsedTable | null {
  try {
    const t = parseTable(b, { currency, current });
    return unitlessLines(t).length ? null : t;
  } catch (err) {
    if (err instanceof TableSkip) return null;
    throw err;
  }
}
