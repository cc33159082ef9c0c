// "Net cash?" was answered with the cash balance ("Cash and cash equivalents were $302.0 million"): "net" was
// dropped as a word of the name. Net cash is cash less debt, another measure; where no line prints it, the bot
// says the release doesn't give it. A cash flow's own name ("net cash provided by operating activities") stays its line.
import { describe, expect, it } from 'vitest';
import { RIDGEWAY_HEAD } from './support/ridgeway.js';
import { inlineEngine } from './support/inline.js';

const balances = [...RIDGEWAY_HEAD, '| Cash and cash equivalents | 302.0 | 268.2 |', '| Long-term debt | 410.0 | 405.0 |'];
let n = 0;
const ask = (q: string, lines = balances) => inlineEngine(lines).ask(q, `net-cash-${n++}`);

describe('net cash is no cash balance', () => {
  it.each(['net cash?', 'what is the net cash position?', 'net cash at quarter end?', 'net cash balance?'])('%s', (q) => {
    const a = ask(q);
    expect(a.text).not.toContain('302.0');
    expect(a.status).not.toBe('answer');
  });
  it('a flow named with "net cash" is still its line', () => {
    const a = ask('net cash from operating activities?', [...balances, '| Net cash provided by operating activities | 88.4 | 71.9 |']);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$88.4 million');
  });
});
