// A fact written in a test: a table figure of one quarter, its decimals as printed, with what the test sets over it.
import { Decimal } from 'decimal.js';
import type { Fact, Unit } from '../../src/knowledge/fact.js';
import { quarter } from '../../src/knowledge/period.js';

export function fact(value: string, unit: Unit, over: Partial<Fact> = {}): Fact {
  return {
    metric: 'm',
    label: 'M',
    statement: '',
    parents: [],
    period: quarter(2024, 1),
    value: new Decimal(value),
    unit,
    decimals: value.includes('.') ? value.split('.')[1]!.length : 0,
    role: 'value',
    source: 'table',
    total: false,
    citation: { document: 'r.md', line: 1, quote: 'q' },
    ...over,
  };
}
