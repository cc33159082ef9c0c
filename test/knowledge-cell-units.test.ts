// A table cell's unit and scale as the reader assigns them, pinned by the small releases of
// test/corpus/cell-units.jsonl (each a class of wrong unit once shown): a "(%)" under one column's header is
// that column's unit, not the table's (amounts were read as "58,912%"); a dash in a change column is no change
// of 0%; a count noun that ends a segment's name ("Commercial Lines") is no unit of an amount that adds into a
// total of money ("1,104.3 lines"), and over figures with decimals it is read as neither; "% chg" under a span's
// words heads its own column, not every column the span covers (the whole table went unread); a unit on a section
// row ("NETBACKS ($/boe)") is its lines' (they were read as $ thousands); a figure printed with its currency and
// scale ("£1,842.6m") and a row of units under a tab table's header ("£m  £m  %") no longer drop their tables. Expected null: no fact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineRelease } from './support/inline.js';

interface Expected {
  metric: string;
  period: string;
  role?: string;
  unit: unknown;
  value?: string;
  /** Of the facts in this currency only (a table's second currency column). */
  currency?: string;
}
interface Case {
  name: string;
  file: string;
  lines: string[];
  expect: Expected[];
}
const cases = readFileSync('test/corpus/cell-units.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case);

describe('cell units', () => {
  it.each(cases)('$name', (c) => {
    const r = inlineRelease(c.lines, c.file);
    for (const e of c.expect) {
      const f = r.facts.find((x) => x.metric === e.metric && periodKey(x.period) === e.period && x.role === (e.role ?? 'value') && x.citation.line > 5 && (!e.currency || ('currency' in x.unit && x.unit.currency === e.currency)));
      const what = `${e.metric} ${e.period} ${e.role ?? 'value'}`;
      if (e.unit === null) expect(f, what).toBeUndefined();
      else {
        expect(f?.unit, what).toMatchObject(e.unit as object);
        expect(f?.value.toString(), what).toBe(e.value);
      }
    }
  });

  it('pins each class with a case that reads and one that declines', () => {
    const declines = cases.filter((c) => c.expect.some((e) => e.unit === null));
    expect(declines.length).toBeGreaterThanOrEqual(3);
  });
});
