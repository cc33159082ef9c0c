// A figure compared with, named for its subject's other side ("net income of $11.2 million, compared to a net
// loss of $2.2 million") is the subject's figure negated: said as a loss, never read as a profit. The loss
// side's subject compared with an income stays a statement (its figure filed as a loss would read backwards).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { comparedAs } from '../src/knowledge/sides.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Workflow Reports Third Quarter 2026 Results',
    '',
    'Synthetic Workflow today reported results for the third quarter ended September 30, 2026.',
    '',
    '- Net income: GAAP net income was $11.2 million, compared to a GAAP net loss of $2.2 million in the third quarter of 2025.',
    '- Other income was $1.5 million, compared to other expense of $0.4 million in the third quarter of 2025.',
    '- Operating loss was $3.1 million, compared with operating income of $2.0 million in the third quarter of 2025.',
    '',
    '| ($ in thousands) | Q3 2026 |',
    '|---|---|',
    '| Revenue | 205,643 |',
    '| Other income, net | 1,512 |',
    '| Net income (loss) | 11,158 |',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `compared-side-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;

describe('the other side of a line, compared with', () => {
  it('a net loss of an earlier period is said as a loss', () => {
    const a = said(ask('what was the net loss in 3Q25'));
    expect(a).toContain('$2.2 million');
    expect(a).toMatch(/\bloss\b.*as the release states it|\$-2\.2/);
    expect(a).not.toContain('printed in parentheses');
  });

  it('no growth is computed from a loss read as a profit', () => {
    const a = said(ask('net income (loss) yoy'));
    expect(a).not.toMatch(/up \d|407/);
    expect(a).toContain('not meaningful');
  });

  it('other expense compared with other income is income negated', () => {
    const a = said(ask('other income in Q3 2025'));
    expect(a).toMatch(/\$-0\.4|-\$0\.4|\(0\.4\)|expense/);
    expect(a).not.toMatch(/^Other income was \$0\.4 million/);
  });

  it('an income compared with a loss is never filed as the loss', () => {
    const a = said(ask('operating loss in Q3 2025'));
    expect(a).not.toMatch(/\$2\.0 million/);
  });
});

describe('comparedAs', () => {
  it.each([
    ['GAAP net loss', 'Net income: GAAP net income', 'opposite'],
    ['net loss', 'Net income', 'opposite'],
    ['other expense', 'Other income', 'opposite'],
    ['net income', 'Net loss', 'other'],
    ['operating income', 'Operating loss', 'other'],
    ['net sales', 'Gross margin', 'other'],
    ['GAAP net income', 'GAAP net income', 'same'],
    [undefined, 'Net income', 'same'],
  ])('%s compared with %s: %s', (named, line, want) => {
    expect(comparedAs(named, line)).toBe(want);
  });
});
