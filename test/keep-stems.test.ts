// Stems kept between runs (nlp.ts keepStems, the CLI's table): a kept stem is read before the stemmer
// is asked, the stems of words new to the table are added to it, and so are those stemmed before it came.
import { describe, expect, it } from 'vitest';
import { keepStems, stem } from '../src/nlp.js';

describe('stems kept in a table', () => {
  it('reads the table first and keeps what is stemmed since, and before', () => {
    const before = stem('operations');
    const table = new Map([['revenues', 'zzz']]);
    keepStems(table);
    expect(stem('revenues')).toBe('zzz'); // read from the table, not stemmed
    expect(table.get('operations')).toBe(before);
    expect(stem('guidance')).toBe('guidanc');
    expect(table.get('guidance')).toBe('guidanc');
    keepStems(new Map());
  });

  it('keeps at most 5,000 (the table is read whole at every start), stemming the rest', () => {
    const table = new Map<string, string>();
    keepStems(table);
    for (let k = 0; k < 6000; k++) stem(`zq${k}ings`);
    expect(table.size).toBe(5000);
    expect(table.has('zq5999ings')).toBe(false);
    expect(stem('zq5999ings')).toBe('zq5999ing'); // stemmed again, as Porter stems it
    keepStems(new Map());
  });
});
