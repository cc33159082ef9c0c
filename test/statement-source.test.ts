// "per the consolidated cash flow statement", "on the balance sheet": the statement a figure is read
// from, said beside the line's name, is no word of that name (it had made "cash flow" a second line).
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let n = 0;
const engines: Record<string, Engine> = {};
beforeAll(() => {
  engines.cat = sharedEngine('../shared/releases/filed/cat-2022q1.htm');
  engines.seed = sharedEngine('data/releases/qfin-2024q1.md');
});

describe('the statement a figure is read from', () => {
  it.each([
    ['cat', 'Net cash provided by operating activities in Q1 2022 per the consolidated cash flow statement?', '$313.0 million'],
    ['cat', 'dividends paid in Q1 2022 according to the statement of cash flows', '595.0 million'],
    ['seed', 'income from operations in Q1 2024 per the consolidated income statement', 'RMB1,364.1 million'],
    ['seed', 'total assets as of March 31, 2024 on the unaudited condensed consolidated balance sheets', 'RMB47,426.5 million'],
  ])('%#: answered', (engine, q, figure) => {
    const a = engines[engine]!.ask(q, `s-${n++}`);
    expect(a.status, q).toBe('answer');
    expect(a.text, q).toContain(figure);
  });
});
