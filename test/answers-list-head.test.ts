// A list of items sharing a head noun: "asset-light + Pocket + partner programs loan balance" asks the
// head of every item, never an item alone as a line of another measure ("asset light" the fee line); "how
// much of it under asset-light, Pocket and other partner programs" after a volume is the volume under them,
// never the balance line that lists the same items. A release of our own in other words than the seed's, with
// an aliases file as the seed has: the issuer's shorthand is what makes an item alone another line's name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

let engine: Engine;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'qfin-list-head-'));
  const names = {
    'Servicing fees-asset light': ['asset light'],
    'loan volume under asset-light model, Pocket and other partner programs': ['asset light pocket and other partner programs'],
  };
  writeFileSync(join(dir, 'kestrelmoor-2026q3.aliases.json'), JSON.stringify({ issuer: 'Kestrelmoor Lending', names }));
  const lines = [
    '# Kestrelmoor Lending Reports Third Quarter 2026 Results',
    '',
    'Kestrelmoor Lending today reported results for the third quarter ended September 30, 2026.',
    '',
    '## Third Quarter 2026 Operating Highlights',
    '',
    '- Total loan volume reached US$40,000 million in the third quarter of 2026, an increase of 5.0% from US$38,095 million in the same period of 2025.',
    '- Out of those loans, US$22,000 million was under asset-light model, Pocket and other partner programs, representing 55.0% of the total, an increase of 10.0% from US$20,000 million in the same period of 2025.',
    '- Total outstanding loan balance was US$60,000 million as of September 30, 2026, an increase of 4.0% from US$57,692 million as of September 30, 2025.',
    '- US$33,000 million of such loan balance was under asset-light model, Pocket and other partner programs, an increase of 10.0% from US$30,000 million as of September 30, 2025.',
    '',
    'As of September 30, 2026, outstanding loan balance was US$12,000 million for "Pocket" and US$9,000 million for other partner programs.',
    '',
    '## Unaudited Condensed Consolidated Statements of Operations',
    '',
    '| (US$ in thousands) | Q3 2025 | Q3 2026 |',
    '|---|---|---|',
    '| Servicing fees-asset light | 300,000 | 240,000 |',
    '| Servicing fees-asset heavy | 200,000 | 260,000 |',
    '| Total revenue | 900,000 | 1,000,000 |',
  ];
  writeFileSync(join(dir, 'kestrelmoor-2026q3.md'), lines.join('\n'));
  engine = createEngine(loadKnowledge([join(dir, 'kestrelmoor-2026q3.md')], () => {}).kb);
});

let n = 0;
const ask = (q: string, thread = `list-head-${n++}`): Answer => engine.ask(q, thread);

describe('a head after a list is every item\'s', () => {
  it.each([
    'asset-light + Pocket + partner programs loan balance, yoy % and change',
    'asset-light + Pocket + other partner programs loan balance yoy',
  ])('%s: the balance line listing them all, never the asset-light fees', (q) => {
    const a = ask(q);
    expect(a.text).not.toMatch(/servicing fees/i);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('33,000 million');
    expect(a.text).toContain('10.0%');
  });
});

describe('every item joined by "plus" under one head: the line listing them, no sum', () => {
  it.each([
    ['asset-light plus Pocket plus other partner programs loan balance yoy', '33,000 million'],
  ])('%s: the line of the whole list, never the fees or a sum', (q, figure) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(figure);
    expect(a.text).toContain('10.0%');
    expect(a.text).not.toMatch(/servicing fees|sum of/i);
  });
});

describe('a part asked "of it" keeps the thread\'s measure', () => {
  it('the volume under the items after the total volume, and its share of it', () => {
    const thread = 'list-head-volume';
    expect(ask('total loan volume this quarter', thread).text).toContain('40,000 million');
    const part = ask('how much of it under asset-light, Pocket and other partner programs', thread);
    expect(part.status).toBe('answer');
    expect(part.text).toMatch(/^Loan volume under asset-light model/);
    expect(part.text).toContain('22,000 million');
    expect(part.text).not.toContain('33,000');
    expect(ask('% of total?', thread).text).toContain('55.0%');
  });

  it('after the balance, the balance under them', () => {
    const thread = 'list-head-balance';
    ask('total loan balance', thread);
    const part = ask('how much of it under asset-light, Pocket and other partner programs', thread);
    expect(part.text).toContain('33,000 million');
  });
});

describe('an item named alone is its own line, never the line listing it among others', () => {
  it('two of the three items under the head: their own lines', () => {
    const a = ask('Pocket and other partner programs loan balance');
    expect(a.text).toContain('12,000 million');
    expect(a.text).toContain('9,000 million');
    expect(a.text).not.toContain('33,000');
  });

  it('a sibling item after a part "of that": its own line', () => {
    const thread = 'list-head-items';
    expect(ask('total outstanding loan balance', thread).text).toContain('60,000 million');
    expect(ask('how much of that is Pocket?', thread).text).toContain('12,000 million');
    const other = ask('and other partner programs?', thread);
    expect(other.text).toContain('9,000 million');
    expect(other.text).not.toContain('33,000');
  });
});
