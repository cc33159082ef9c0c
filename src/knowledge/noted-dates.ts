// A table line whose footnote dates its figures ("Net debt (1) (3)" over "(3) Net debt is shown at September 30, 2026
// and December 31, 2025", in columns of the three months ended September 30 of 2026 and 2025): the columns' periods
// would misdate them (the prior year's figure is at December 31), so the line is left out by name, and the prose that
// states its figures is read instead.
import type { Block } from './blocks.js';
import { FOOTNOTE, markOf } from './marks.js';
import { findPeriods } from './period-grammar.js';
import { periodEnd } from './period.js';
import type { Column, TableLine } from './tables.js';

/** Words of a note that say at which dates a line's figures stand. */
const DATES_SAID = /\b(?:shown|presented|stated|given|reported|measured)\s+(?:as\s+)?(?:at|of)\b|\bas\s+(?:at|of)\b/i;

/** The document's footnotes that say at which dates something stands, by mark. */
export function datingNotes(blocks: Block[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'heading') continue;
    if (b.kind === 'footnote' && b.mark) notes.set(b.mark, b.text);
    // (Notes set one under another are read as one paragraph: each line opening with a mark starts one, running to the next.)
    else {
      const starts = b.segments.map((seg) => seg.start).filter((at) => FOOTNOTE.test(b.text.slice(at)));
      for (const [k, at] of starts.entries()) {
        const m = FOOTNOTE.exec(b.text.slice(at, starts[k + 1]));
        if (m) notes.set(markOf(m), m[7] ?? '');
      }
    }
  }
  return new Map([...notes].filter(([, text]) => DATES_SAID.test(text)));
}

/** Why a line's figures are not facts when a footnote its label marks dates them where no column ends; else undefined. */
export function notedDates(line: TableLine, columns: Column[], notes: Map<string, string>): string | undefined {
  const dated = columns.find((c) => c.period)?.period;
  if (!notes.size || !dated) return undefined;
  const label = line.quoteLine.split('\t')[0] ?? '';
  const marks = [...label.matchAll(/\((\d{1,2})\)|<sup>\*?(\d{1,2})<\/sup>/g)].map((m) => m[1] ?? m[2]!);
  const ends = new Set(columns.flatMap((c) => (c.period ? [periodEnd(c.period)] : [])));
  const own = marks.some((k) => findPeriods(notes.get(k) ?? '', dated).some((r) => r.kind === 'period' && r.period.kind === 'instant' && !ends.has(r.period.date)));
  return own ? 'a line whose footnote dates its figures where its columns do not end (read from the prose that states them)' : undefined;
}
