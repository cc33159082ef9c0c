// How much a restatement changed a figure (handlers/restated.ts), as a user reads it: the restated figure
// against the one first reported, the change and its formula under "How:", both releases cited; each line
// and period no loaded release restates named with its figure and release, beside the answer or, with
// nothing restated, as the decline; a restatement upward, and one from nil (no percentage of nil). The two
// synthetic releases of test/fixtures/history-marks/ (edited copies for the last two).
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { writeTmp } from './knowledge-helpers.js';

const DIR = 'test/fixtures/history-marks';
let engine: Engine;
beforeAll(() => {
  engine = buildEngine(loadKnowledge(readdirSync(DIR).map((f) => `${DIR}/${f}`), () => {}).companies);
});
let n = 0;
const ask = (q: string): Answer => engine.ask(q, `restated-${n++}`);
const RESTATED = 'Net income in Q3 2025 is $5.8 million as restated in the Q4 2025 release, against $6.1 million first reported in the Q3 2025 release: a decrease of $0.3 million (4.9%).';
const HOW = 'How: Net income restated less first reported = 5.8 − 6.1.';

describe('the change a restatement made', () => {
  it('restated less first reported, its formula shown', () => {
    const a = ask('Q3 2025 net income now after the restatement, and by how much did it change');
    expect(a.text).toBe(`${RESTATED}\n${HOW}`);
    expect(a.derivations).toEqual([{ label: 'Net income restated less first reported', value: '$-0.3 million', formula: '5.8 − 6.1' }]);
  });
  it('beside it, every line and period asked that no release restates, each with its figure', () => {
    const a = ask('how much did the restatement change net income and revenue in Q3 2025 and Q4 2025');
    expect(a.text).toBe(
      `${RESTATED}\nNo release loaded restates net income in Q4 2025 ($7.4 million in the Q4 2025 release); net revenue in Q3 2025 ($89.0 million in the Q4 2025 release); net revenue in Q4 2025 ($98.7 million in the Q4 2025 release).\n${HOW}`,
    );
  });
});

describe('nothing restated: declined, naming what was asked', () => {
  it('each period with its figure', () => {
    const a = ask('how much did the restatement change revenue in Q3 2025 and Q4 2025');
    expect([a.status, a.reason]).toEqual(['unknown', 'not-in-release']);
    expect(a.text).toBe('No release loaded restates net revenue in Q3 2025 ($89.0 million in the Q4 2025 release); net revenue in Q4 2025 ($98.7 million in the Q4 2025 release).');
  });
  it('a period no release gives', () => {
    const a = ask('how much did the restatement change net income in Q1 2020');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe('No release loaded restates net income for Q1 2020.');
  });
});

describe('a restatement upward, and one from a first figure of nil', () => {
  const restatedTo = (first: string, now: string) => {
    const q3 = readFileSync(`${DIR}/cygnet-2025q3.md`, 'utf8').replace('| Net income | 6.1 | 4.4 |', `| Net income | ${first} | 4.4 |`).replace('- Net income of $6.1 million, compared with $4.4 million a year earlier.', '');
    const q4 = readFileSync(`${DIR}/cygnet-2025q4.md`, 'utf8').replace('| Net income⁽¹⁾ | 7.4 | 5.8⁽¹⁾ | 5.2 |', `| Net income⁽¹⁾ | 7.4 | ${now}⁽¹⁾ | 5.2 |`);
    return buildEngine(loadKnowledge([writeTmp('cygnet-2025q3.md', q3), writeTmp('cygnet-2025q4.md', q4)], () => {}).companies).ask('by how much did the restatement change Q3 2025 net income', 'up');
  };
  it('an increase, and its share of the figure first reported', () => {
    expect(restatedTo('6.1', '6.4').text.split('\n')[0]).toBe('Net income in Q3 2025 is $6.4 million as restated in the Q4 2025 release, against $6.1 million first reported in the Q3 2025 release: an increase of $0.3 million (4.9%).');
  });
  it('from nil: the increase, with no percentage of nil', () => {
    expect(restatedTo('0.0', '0.4').text.split('\n')[0]).toBe('Net income in Q3 2025 is $400 thousand as restated in the Q4 2025 release, against nil first reported in the Q3 2025 release: an increase of $0.4 million.');
  });
});
