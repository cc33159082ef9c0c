// Citations a person can check, across issuers: a table row's quote prints several periods and
// currencies side by side ("Referral services fees 108,476 548,824 76,011"), so each cited cell names its
// column (period and unit) and the figure as printed, in every renderer; the quote stays the line's own
// text (the batch protocol's citation is checked against the release); a sentence has no cells.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { answerEmbed } from '../src/adapters/discord/render.js';
import { renderAnswer as slackMessage } from '../src/adapters/slack/render.js';
import { renderAnswer as terminalText } from '../src/adapters/terminal/render.js';
import type { Answer, Engine } from '../src/intents/answer.js';

const SEED = 'data/releases/qfin-2024q1.md';
const BUCKLE = '../shared/releases/filed/bke-2024q3.html';
let seed: Engine;
let buckle: Engine;
beforeAll(() => {
  seed = sharedEngine(SEED);
  buckle = sharedEngine(BUCKLE);
});

const slackNotes = (a: Answer) => slackMessage(a).blocks.flatMap((b: any) => (b.type === 'context' ? b.elements.map((e: any) => e.text) : []));
const discordSources = (a: Answer) => answerEmbed(a).fields?.find((f) => f.name === 'Sources')?.value;
const lineOf = (document: string, n: number) => readFileSync(document, 'utf8').split('\n')[n - 1]!;

describe('a table figure is cited with its column', () => {
  it('the RMB and the USD cell of Q1 2024, each with its unit, beside the line', () => {
    const a = seed.ask('What were referral services fees in Q1 2024?', 'col-1');
    expect(a.text).toContain('RMB548.8 million');
    const rmb = 'Referral services fees · Q1 2024 · RMB thousands: 548,824';
    const usd = 'Referral services fees · Q1 2024 · USD thousands: 76,011';
    expect(terminalText(a)).toContain(`[${SEED}:275] ${rmb}\n  [${SEED}:275] ${usd}`);
    expect(slackNotes(a)).toEqual(expect.arrayContaining([`line 275: ${rmb} (qfin-2024q1.md)`, `line 275: ${usd} (qfin-2024q1.md)`]));
    expect(discordSources(a)).toBe(`line 275: ${rmb}\nline 275: ${usd}`);
  });

  it('a change names both periods its inputs come from, each once, on one citation of the line', () => {
    const a = seed.ask('referral fees yoy', 'col-2');
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]!.cells!.map((c) => c.period)).toEqual(['Q1 2023', 'Q1 2024']);
  });

  it('per-ADS figures say per ADS and counts their noun, with no scale they do not have', () => {
    const eps = seed.ask('What was diluted net income per ADS in Q1 2024?', 'col-3');
    expect(eps.citations[0]?.cells?.map((c) => c.unit)).toEqual(['RMB per ADS', 'USD per ADS']);
    const ads = seed.ask('weighted average ADS diluted Q1 2024', 'col-4');
    expect(ads.citations[0]?.cells).toEqual([{ period: 'Q1 2024', unit: 'ADSs', printed: '159,457,579' }]);
  });

  it("another issuer's fiscal quarter: the thirteen weeks' cell, not the thirty-nine beside it", () => {
    const a = buckle.ask('What were net sales in Q3 2024?', 'col-5');
    expect(a.text).toContain('$293.6 million');
    expect(a.citations[0]?.cells).toEqual([{ period: 'fiscal Q3 2024', unit: 'USD thousands', printed: '293,618' }]);
    expect(discordSources(a)).toBe('line 10: SALES, Net of returns and allowances · fiscal Q3 2024 · USD thousands: 293,618');
  });

  it('the quote stays the text of its line, and a sentence is cited without cells', () => {
    const a = seed.ask('What were referral services fees in Q1 2024?', 'col-6');
    for (const c of a.citations) expect(lineOf(c.document, c.line).replace(/\t/g, ' ')).toContain(c.quote);
    const said = seed.ask('approved users growth year over year', 'col-7');
    expect(said.citations.length).toBeGreaterThan(0);
    expect(said.citations.every((c) => c.cells === undefined)).toBe(true);
    for (const c of said.citations) expect(slackNotes(said)).toContain(`line ${c.line}: ${c.reads ?? c.quote} (qfin-2024q1.md)`);
  });
});
