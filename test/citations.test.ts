// Citations a person can check (issue 11): the real engine's answers about the shipped release, as the
// terminal, Slack and Discord show them and as the batch protocol writes them. A table figure is named
// by its row, its column's period and unit and the cell as printed; a sentence reads without footnote
// marks and is not printed twice; several formulas stand one a line.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { answerEmbed } from '../src/adapters/discord/render.js';
import { renderAnswer as slack } from '../src/adapters/slack/render.js';
import { runJsonl } from '../src/adapters/terminal/jsonl.js';
import { renderAnswer as terminal } from '../src/adapters/terminal/render.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { sentenceCitation } from '../src/knowledge/citation.js';
import { plain } from '../src/knowledge/markup.js';

const RELEASE = 'data/releases/qfin-2024q1.md';
const lines = readFileSync(RELEASE, 'utf8').split('\n');
let engine: Engine;
beforeAll(() => {
  engine = sharedEngine(RELEASE);
});

/** Every text a Slack message shows, in block order. */
const slackText = (a: Answer) =>
  slack(a)
    .blocks.flatMap((b: any) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e: any) => e.text) : []))
    .join('\n');
const discordText = (a: Answer) => {
  const e = answerEmbed(a);
  return [e.description, ...(e.fields ?? []).map((f) => f.value)].join('\n').replace(/\\/g, '');
};
const count = (text: string, part: string) => text.split(part).length - 1;

async function jsonl(questions: string[]): Promise<any[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c) => (out += c));
  input.end(questions.map((text, i) => JSON.stringify({ id: `q${i}`, text })).join('\n'));
  await runJsonl(engine, input, output);
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

describe('a table figure is cited by its row, period, unit and cell as printed', () => {
  it('in the terminal, Slack and Discord, each cell of a growth answer with its line', () => {
    const a = engine.ask('What was Q1 referral revenue YoY?', 'cite-1');
    expect(a.status).toBe('answer');
    const shown = terminal(a);
    expect(shown).toContain(`[${RELEASE}:275] Referral services fees · Q1 2024 · RMB thousands: 548,824`);
    expect(shown).toContain(`[${RELEASE}:275] Referral services fees · Q1 2023 · RMB thousands: 108,476`);
    // Not the bare row of three numbers, whose columns nobody can tell apart.
    expect(shown).not.toContain('108,476 548,824 76,011');
    expect(slackText(a)).toContain('line 275: Referral services fees · Q1 2024 · RMB thousands: 548,824 (qfin-2024q1.md)');
    expect(discordText(a)).toContain('line 275: Referral services fees · Q1 2024 · RMB thousands: 548,824');
  });

  it('a negative cell as printed, a USD column by its own currency, a rate without a second "%"', () => {
    expect(terminal(engine.ask('net increase in cash and cash equivalents yoy change', 'cite-2'))).toContain('Net (decrease) increase in cash and cash equivalents · Q1 2023 · RMB thousands: (1,767,019)');
    expect(terminal(engine.ask('diluted net income per ADS', 'cite-3'))).toMatch(/· Q1 2024 · USD per ADS: 1\.02$/m);
    expect(terminal(engine.ask('GAAP operating margin', 'cite-4'))).toContain('GAAP operating margin · Q1 2024: 32.8%');
  });

  it('in the batch protocol the quote stays the verbatim line, and the period and unit stand beside it', async () => {
    const [reply] = await jsonl(['What was Q1 referral revenue YoY?']);
    const c = reply.citations.find((x: any) => x.line === 275);
    expect(plain(lines[274]!)).toContain(c.quote);
    expect(c.quote).toBe('Referral services fees 108,476 548,824 76,011');
    expect(c.row).toBe('Referral services fees');
    expect(c.cells).toEqual([
      { period: 'Q1 2023', unit: 'RMB thousands', printed: '108,476' },
      { period: 'Q1 2024', unit: 'RMB thousands', printed: '548,824' },
    ]);
    // One citation for the line, carrying both cells.
    expect(reply.citations.filter((x: any) => x.line === 275)).toHaveLength(1);
  });
});

describe('a sentence reads without footnote marks, once', () => {
  it('a figure sentence whose line carries <sup> marks is shown without them; the protocol keeps the verbatim quote', async () => {
    const a = engine.ask('total facilitation and origination loan volume', 'cite-5');
    for (const shown of [terminal(a), slackText(a), discordText(a)]) {
      expect(shown).toContain('Total facilitation and origination loan volume reached RMB99,237 million, a decrease of 9.3%');
      expect(shown).not.toMatch(/million 4 ,/);
    }
    const [reply] = await jsonl(['total facilitation and origination loan volume']);
    const c = reply.citations.find((x: any) => x.line === 16);
    expect(c.quote).toContain('RMB99,237 million 4 , a decrease');
    expect(plain(lines[15]!)).toContain(c.quote);
  });

  it('a stated reason quoted in the answer is not printed again under Sources', () => {
    const a = engine.ask('why did funding costs decrease?', 'cite-6');
    const sentence = 'The year-over-year and sequential decreases were mainly due to the lower average cost of ABSs';
    expect(a.text).toContain(sentence);
    expect(count(terminal(a), sentence)).toBe(1);
    expect(terminal(a)).toContain(`[${RELEASE}:103] quoted above`);
    expect(count(slackText(a), sentence)).toBe(1);
    expect(count(discordText(a), sentence)).toBe(1);
  });

  it('reads only where the two differ by marks alone (positive and negative examples)', () => {
    const cite = (quote: string, sentence: string) => sentenceCitation('d.md', 1, quote, sentence, [quote]).reads;
    expect(cite('Volume reached RMB99,237 million 4 , a decrease.', 'Volume reached RMB99,237 million, a decrease.')).toBe('Volume reached RMB99,237 million, a decrease.');
    expect(cite('The rate 8 of loans was 3.35%.', 'The rate of loans was 3.35%.')).toBe('The rate of loans was 3.35%.');
    // Another figure, other words, or the same text: the verbatim quote is what is shown.
    expect(cite('Volume reached RMB99,237 million 4 , a decrease.', 'Volume reached RMB99,238 million, a decrease.')).toBeUndefined();
    expect(cite('Volume reached RMB99,237 million 4 , a decrease.', 'Volume fell to RMB99,237 million.')).toBeUndefined();
    expect(cite('Volume reached RMB99,237 million.', 'Volume reached RMB99,237 million.')).toBeUndefined();
  });
});

describe('formulas', () => {
  it('a summary shows each formula on its own line in the terminal; one formula stays one "How:" line', () => {
    const summary = engine.ask('summary', 'cite-7');
    expect(summary.derivations.length).toBeGreaterThan(2);
    const shown = terminal(summary).split('\n');
    const at = shown.indexOf('How:');
    expect(at).toBeGreaterThan(0);
    for (const [i, d] of summary.derivations.entries()) expect(shown[at + 1 + i]).toBe(`  ${d.label} = ${d.formula}`);
    const one = terminal(engine.ask('S&M as % of rev', 'cite-8'));
    expect(one).toContain('How: Sales and marketing as % of total net revenue = 415,617 ÷ 4,153,183 × 100.');
    expect(count(one, 'How:')).toBe(1);
  });
});
