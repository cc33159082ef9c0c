// Citations a person can check: a table row's quote prints several periods and currencies side by side
// ("Referral services fees 108,476 548,824 76,011"), so a table figure is cited with its column: the
// heading's period, the currency and the scale, in every renderer. The quote stays the line's own text
// (the JSONL protocol's citation is checked against the release).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerEmbed } from '../src/adapters/discord/render.js';
import { renderAnswer as slackMessage } from '../src/adapters/slack/render.js';
import { renderAnswer as terminalText } from '../src/adapters/terminal/render.js';
import { loadEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';

const SEED = 'data/releases/qfin-2024q1.md';
const BUCKLE = '../shared/releases/filed/bke-2024q3.html';
let seed: Engine;
let buckle: Engine;
beforeAll(() => {
  seed = loadEngine({ releases: [SEED] });
  buckle = loadEngine({ releases: [BUCKLE] });
});

const slackNotes = (a: Answer) => slackMessage(a).blocks.flatMap((b: any) => (b.type === 'context' ? b.elements.map((e: any) => e.text) : []));
const discordSources = (a: Answer) => answerEmbed(a).fields?.find((f) => f.name === 'Sources')?.value;
const lineOf = (document: string, n: number) => readFileSync(document, 'utf8').split('\n')[n - 1]!;

describe('a table figure is cited with its column', () => {
  it('the RMB column of Q1 2024, in thousands, beside the row (and the USD column it converts)', () => {
    const a = seed.ask('What were referral services fees in Q1 2024?', 'col-1');
    expect(a.text).toContain('RMB548.8 million');
    const where = 'line 275, Three months ended March 31, 2024, RMB in thousands; Three months ended March 31, 2024, USD in thousands';
    expect(terminalText(a)).toContain(`[${SEED}:275, Three months ended March 31, 2024, RMB in thousands; Three months ended March 31, 2024, USD in thousands] Referral services fees 108,476 548,824 76,011`);
    expect(slackNotes(a)).toContain(`${where}: Referral services fees 108,476 548,824 76,011 (qfin-2024q1.md)`);
    expect(discordSources(a)).toBe(`${where}: Referral services fees 108,476 548,824 76,011`);
  });

  it('a change names both periods its inputs come from, each once', () => {
    const a = seed.ask('referral fees yoy', 'col-2');
    expect(a.citations.map((c) => c.column)).toEqual(['Three months ended March 31, 2023, RMB in thousands; Three months ended March 31, 2024, RMB in thousands']);
  });

  it('per-ADS figures say per ADS and counts their noun, with no scale they do not have', () => {
    const eps = seed.ask('What was diluted net income per ADS in Q1 2024?', 'col-3');
    expect(eps.citations[0]?.column).toBe('Three months ended March 31, 2024, RMB per ADS; Three months ended March 31, 2024, USD per ADS');
    const ads = seed.ask('weighted average ADS diluted Q1 2024', 'col-4');
    expect(ads.citations[0]?.column).toBe('Three months ended March 31, 2024, ADSs');
  });

  it("another issuer's heading, as printed: thirteen weeks, not the thirty-nine beside it", () => {
    const a = buckle.ask('What were net sales in Q3 2024?', 'col-5');
    expect(a.text).toContain('$293.6 million');
    expect(a.citations[0]?.column).toBe('Thirteen Weeks Ended November 2, 2024, USD in thousands');
    expect(discordSources(a)).toContain('line 10, Thirteen Weeks Ended November 2, 2024, USD in thousands: ');
  });

  it('the quote stays the text of its line, and a sentence is cited without a column', () => {
    const a = seed.ask('What were referral services fees in Q1 2024?', 'col-6');
    for (const c of a.citations) expect(lineOf(c.document, c.line).replace(/\t/g, ' ')).toContain(c.quote);
    const said = seed.ask('approved users growth year over year', 'col-7');
    expect(said.citations.length).toBeGreaterThan(0);
    expect(said.citations.every((c) => c.column === undefined)).toBe(true);
    for (const c of said.citations) expect(slackNotes(said)).toContain(`line ${c.line}: ${c.quote} (qfin-2024q1.md)`);
  });
});
