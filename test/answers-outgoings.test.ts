// Outgoings a table prints in parentheses (finance costs, income tax) are amounts spent: their change is
// the change of their size, in the direction the release states ("finance costs rose 7.9%"), even where
// the prose states the amount unsigned beside the table's bracket. A loss is a real negative and stays
// one: no percentage from a negative base.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Haulage Reports Second Quarter 2026 Results',
    '',
    'Synthetic Haulage today reported results for the second quarter ended June 30, 2026.',
    '',
    'Finance costs rose 7.9% to $74.9 million, mainly on higher floating rates.',
    '',
    '| ($ in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Revenue | 1,112,930 | 1,284,560 |',
    '| Finance costs | (69,450) | (74,920) |',
    '| Income tax | (27,320) | (41,740) |',
    '| Loss from discontinued operations | (5,000) | (8,000) |',
    '| Other (income) expense, net | 1,250 | (3,410) |',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `outgoings-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;

describe('a change of an outgoing printed in parentheses', () => {
  it('rose as the release says, by its size, with the percentage', () => {
    const a = said(ask('how much did finance costs go up year on year, in %?'));
    expect(a).toContain('up 7.9%');
    expect(a).toContain('$74.9 million');
    expect(a).not.toMatch(/decrease|-\$|\$-|not meaningful/);
  });

  it('a tax charge with no "expense" in its name is an outgoing too', () => {
    const a = said(ask('income tax yoy'));
    expect(a).toContain('up 52.8%');
    expect(a).not.toMatch(/decrease|not meaningful/);
  });
});

describe('a loss stays negative', () => {
  it('no percentage from a negative base, and no size read as a rise', () => {
    const a = said(ask('loss from discontinued operations change year over year'));
    expect(a).toContain('not meaningful');
    expect(a).toContain('a decrease of $3.0');
  });
});

describe('a line named for both its sides', () => {
  it('a figure in parentheses is the side its label puts in them, never called an expense', () => {
    const a = said(ask('other income net in Q2 2026'));
    expect(a).toContain('$3.41 million');
    expect(a).toContain('(income, printed in parentheses');
    expect(a).not.toMatch(/an expense|\$-/);
  });

  it('a figure without parentheses is the other side, said as printed', () => {
    const a = said(ask('other (income) expense, net in Q2 2025'));
    expect(a).toContain('$1.25 million');
    expect(a).not.toContain('printed in parentheses');
  });
});
