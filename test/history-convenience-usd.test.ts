// A figure a later release prints again is restated only when that release prints it otherwise in the same
// currency: the earlier release's convenience translation into US dollars is no first report of the
// renminbi figure (src/knowledge/history.ts restated). Two synthetic releases of an invented company.
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import type { Engine } from '../src/intents/answer.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { writeTmp } from './knowledge-helpers.js';

const release = (quarter: string, date: string, ended: string, columns: string, currencies: string, rows: string) => `<!-- Synthetic release for tests: an invented company, invented figures. -->

## Jade Lending Announces ${quarter} Unaudited Financial Results

${date}

SHANGHAI, China, ${date} (GLOBE NEWSWIRE) -- Jade Lending Ltd. (NASDAQ: JADE), a consumer credit platform in China, today announced its unaudited financial results for the quarter ended ${ended}.

### Unaudited Condensed Consolidated Statements of Operations

(Amounts in thousands of Renminbi ("RMB") and U.S. dollars ("USD"), except for per share data)

	Three months ended${'\t'.repeat(columns.split('\t').length - 1)}
	${columns}
	${currencies}
${rows}
`;

// Loaded by the first question, inside a test (not in a hook): a load that fails is that test's failure,
// which a mutation run counts, where a failing hook would leave the file with no tests run.
let loaded: Engine | undefined;
function load(): Engine {
  if (loaded) return loaded;
  // The USD column is printed to a decimal: more precise than the RMB figures, so it would be the one
  // compared were currencies mixed.
  const q4 = release('Fourth Quarter 2023', 'March 12, 2024', 'December 31, 2023', 'December 31, 2022\tDecember 31, 2023\tDecember 31, 2023', 'RMB\tRMB\tUSD', [
    'Loan facilitation fees\t860,000\t1,010,000\t142,256.3',
    'Other services fees\t130,000\t170,000\t23,943.9',
    '<b>Total net revenue</b>\t<b>990,000</b>\t<b>1,180,000</b>\t<b>166,200.2</b>',
    '<b>Net income</b>\t<b>289,000</b>\t<b>354,000</b>\t<b>49,859.1</b>',
  ].join('\n'));
  const q1 = release('First Quarter 2024', 'May 20, 2024', 'March 31, 2024', 'March 31, 2023\tDecember 31, 2023\tMarch 31, 2024\tMarch 31, 2024', 'RMB\tRMB\tRMB\tUSD', [
    'Loan facilitation fees\t900,000\t1,010,000\t1,050,000\t145,421.3',
    'Other services fees\t150,000\t170,000\t180,000\t24,929.4',
    '<b>Total net revenue</b>\t<b>1,050,000</b>\t<b>1,180,000</b>\t<b>1,230,000</b>\t<b>170,350.7</b>',
    '<b>Net income</b>\t<b>300,000</b>\t<b>354,000</b>\t<b>380,000</b>\t<b>52,629.0</b>',
  ].join('\n'));
  return (loaded = buildEngine(loadKnowledge([writeTmp('jade-2023q4.md', q4), writeTmp('jade-2024q1.md', q1)], () => {}).companies));
}
const ask = (q: string, thread: string) => load().ask(q, thread);

describe('a convenience translation is no first report', () => {
  it('a quarter both releases print alike is answered without a restatement, with the dollar figure beside it', () => {
    const a = ask('net income in Q4 2023', 'usd-1');
    expect(a.text).toBe('Net income was RMB354.0 million (US$49.9 million) in Q4 2023.');
    expect(ask('what was total net revenue in Q4 2023', 'usd-2').text).toBe('Total net revenue was RMB1,180.0 million (US$166.2 million) in Q4 2023.');
  });
});
