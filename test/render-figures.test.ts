// What the chat platforms show: the real engine's answers rendered for Discord and Slack keep every
// figure as the engine wrote it (minus signs, the typeset minus of a formula, "nil"), and text at
// and just past each platform limit (Discord 1,024 / 2,000 / 4,096 / 6,000, Slack 3,000) is kept
// whole at the limit and cut, with an ellipsis, one character past it.
import fc from 'fast-check';
import { sharedEngine } from './support/engines.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerEmbed, autocompleteChoices, choiceButtons, formatDerivations, formatSources, LIMITS as DISCORD, plainText, truncate } from '../src/adapters/discord/render.js';
import { fitText, LIMITS as SLACK, renderAnswer } from '../src/adapters/slack/render.js';
import type { Answer, Citation, Engine } from '../src/intents/answer.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('data/releases/qfin-2024q1.md');
});

const answer = (over: Partial<Answer>): Answer => ({ status: 'answer', text: 'x', citations: [], derivations: [], choices: [], ...over });
const cite = (line: number, quote: string, document = 'data/releases/qfin-2024q1.md'): Citation => ({ document, line, quote });
const embedTotal = (e: ReturnType<typeof answerEmbed>) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
/** Every text a Slack message shows, in block order. */
const slackTexts = (blocks: any[]) =>
  blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e: any) => e.text) : []));

describe('real answers, rendered', () => {
  const NEGATIVE_BASE = 'net increase in cash and cash equivalents yoy change';

  it('Discord: the figures, the formula with its minus signs, each cited cell by its row, period and unit, and the period', () => {
    const a = engine.ask(NEGATIVE_BASE, 'render-1');
    const e = answerEmbed(a);
    expect(e.description).toContain('was RMB597.6 million in Q1 2024, an increase of RMB2,364.6 million year over year, from RMB-1,767.0 million in Q1 2023');
    expect(e.fields).toEqual([
      { name: 'Period', value: 'Q1 2024', inline: true },
      { name: 'Calculation', value: 'Net (decrease) increase in cash and cash equivalents change year over year: RMB2,364.6 million = 597,596 − -1,767,019' },
      {
        name: 'Sources',
        value:
          'line 320: Net (decrease) increase in cash and cash equivalents · Q1 2023 · RMB thousands: (1,767,019)\n' +
          'line 320: Net (decrease) increase in cash and cash equivalents · Q1 2024 · RMB thousands: 597,596',
      },
    ]);
    expect(e.footer).toEqual({ text: 'Source: qfin-2024q1.md' });
  });

  it('Slack: the same figures, the formula and the cited cells, under the text', () => {
    const a = engine.ask(NEGATIVE_BASE, 'render-2');
    const msg = renderAnswer(a, { question: NEGATIVE_BASE });
    const [question, text, ...notes] = slackTexts(msg.blocks);
    expect(question).toBe(`*Question:* ${NEGATIVE_BASE}`);
    expect(text).toContain('from RMB-1,767.0 million in Q1 2023 (a percentage change is not meaningful from a zero or negative base)');
    expect(notes).toEqual([
      'Net (decrease) increase in cash and cash equivalents change year over year: RMB2,364.6 million = 597,596 − -1,767,019',
      'line 320: Net (decrease) increase in cash and cash equivalents · Q1 2023 · RMB thousands: (1,767,019) (qfin-2024q1.md)',
      'line 320: Net (decrease) increase in cash and cash equivalents · Q1 2024 · RMB thousands: 597,596 (qfin-2024q1.md)',
    ]);
    // The section and the fallback text show the statement; the How: line is the note below it.
    expect(text).toBe(a.text.split('\nHow: ')[0]);
    expect(msg.text).toBe(text);
  });

  it('a clarifying question becomes buttons whose value is the question to ask', () => {
    const a = engine.ask('weighted average ADS', 'render-3');
    expect(a.status).toBe('clarify');
    const slack = renderAnswer(a).blocks.find((b) => b.type === 'actions') as any;
    expect(slack.elements.map((b: any) => b.value)).toEqual(a.choices.map((c) => c.question));
    const rows = choiceButtons(a, (i) => `c${i}`);
    expect(rows.flatMap((r) => r.components).map((b: any) => [b.label, b.custom_id])).toEqual(
      a.choices.map((c, i) => [c.label.length <= 80 ? c.label : `${c.label.slice(0, 79).trimEnd()}…`, `c${i}`]),
    );
  });
});

describe('Discord limits, at and one past', () => {
  it('a description of exactly 4,096 characters is whole; one more is cut to 4,096 with an ellipsis', () => {
    const at = 'a'.repeat(DISCORD.embedDescription);
    expect(answerEmbed(answer({ text: at })).description).toBe(at);
    const past = answerEmbed(answer({ text: `${at}b` })).description!;
    expect(past).toHaveLength(DISCORD.embedDescription);
    expect(past).toBe(`${'a'.repeat(DISCORD.embedDescription - 1)}…`);
  });

  it('the description gets what the fields leave of 6,000 characters, exactly', () => {
    const quote = 'q'.repeat(200);
    const citations = Array.from({ length: 4 }, (_, i) => cite(i + 1, quote));
    const derivations = Array.from({ length: 2 }, (_, i) => ({ label: `L${i}`, value: '1', formula: 'f'.repeat(400) }));
    const e = answerEmbed(answer({ text: 'a'.repeat(5000), period: 'p'.repeat(1000), citations, derivations }));
    const others = embedTotal(e) - e.description!.length;
    expect(others).toBeGreaterThan(6000 - 4096);
    expect(embedTotal(e)).toBe(DISCORD.embedTotal);
    expect(e.description!.endsWith('…')).toBe(true);
    // A text that fits what is left is not cut.
    const fits = 'a'.repeat(DISCORD.embedTotal - others);
    expect(answerEmbed(answer({ text: fits, period: 'p'.repeat(1000), citations, derivations })).description).toBe(fits);
  });

  it('a field of exactly 1,024 characters is whole; one more drops a line and says how many', () => {
    // Each line "line N: " + quote; four lines and three newlines.
    const lines = (extra: number) => [1, 2, 3, 4].map((n, i) => cite(n, 'q'.repeat(i === 3 ? 210 + extra : 210)));
    const exact = formatSources(lines(0), 1024 - 4 * 8 - 3 - 4 * 210 + 840);
    expect(exact.split('\n')).toHaveLength(4);
    const total = (extra: number) => lines(extra).reduce((n, c) => n + `line ${c.line}: `.length + c.quote.length, 3);
    expect(formatSources(lines(0), total(0))).toBe(lines(0).map((c) => `line ${c.line}: ${c.quote}`).join('\n'));
    expect(formatSources(lines(1), total(0))).toBe(`${lines(1).slice(0, 3).map((c) => `line ${c.line}: ${c.quote}`).join('\n')}\n… and 1 more`);
  });

  it('sources from several releases name each file; one too long for the field alone is cut and the rest counted', () => {
    const two = [cite(7, 'Net income', 'data/releases/a.md'), cite(9, 'Revenue', 'data/releases/b.md')];
    expect(formatSources(two)).toBe('a.md line 7: Net income\nb.md line 9: Revenue');
    const one = formatSources([cite(1, 'x'.repeat(300)), cite(2, 'y')], 100);
    expect(one).toHaveLength(100);
    expect(one).toMatch(/^line 1: x+…\n… and 1 more$/);
    expect(formatSources([cite(1, 'x'.repeat(300))], 50)).toBe(`line 1: ${'x'.repeat(41)}…`);
    expect(formatDerivations([{ label: 'A', value: '1', formula: 'b * c' }])).toBe('A: 1 = b \\* c');
  });

  it('a quote is cut to 220 characters, a calculation to 440', () => {
    expect(formatSources([cite(5, 'q'.repeat(220))])).toBe(`line 5: ${'q'.repeat(220)}`);
    expect(formatSources([cite(5, 'q'.repeat(221))])).toBe(`line 5: ${'q'.repeat(219)}…`);
    const at = formatDerivations([{ label: 'L', value: 'v', formula: 'f'.repeat(440 - 7) }]);
    expect(at).toHaveLength(440);
    expect(at.endsWith('f')).toBe(true);
    const past = formatDerivations([{ label: 'L', value: 'v', formula: 'f'.repeat(441 - 7) }]);
    expect(past).toHaveLength(440);
    expect(past.endsWith('…')).toBe(true);
  });

  it('plain text of exactly 2,000 characters is whole; one more is cut; blank is an ellipsis', () => {
    expect(plainText('a'.repeat(2000))).toHaveLength(2000);
    expect(plainText(`  ${'a'.repeat(2000)}  `)).toBe('a'.repeat(2000));
    expect(plainText('a'.repeat(2001))).toBe(`${'a'.repeat(1999)}…`);
    expect(plainText('   ')).toBe('…');
    expect(answerEmbed(answer({ text: '  ' })).description).toBe('…');
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('ab\\\\cd', 5)).toBe('ab\\\\…');
    expect(truncate('abc   def', 7)).toBe('abc…');
  });

  it('buttons: 25 at most, five to a row, labels of 80, and a label for a choice without one', () => {
    const choices = Array.from({ length: 27 }, (_, i) => ({ label: i === 0 ? 'L'.repeat(80) : i === 1 ? 'L'.repeat(81) : i === 2 ? ' ' : i === 3 ? '' : `c${i}`, question: i === 3 ? ' ' : `q${i}` }));
    const rows = choiceButtons(answer({ status: 'clarify', choices }), (i) => `id${i}`);
    expect(rows.map((r) => r.components.length)).toEqual([5, 5, 5, 5, 5]);
    const labels = rows.flatMap((r) => r.components).map((b: any) => b.label);
    expect(labels.slice(0, 5)).toEqual(['L'.repeat(80), `${'L'.repeat(79)}…`, 'q2', 'Choice 4', 'c4']);
    expect(rows.every((r) => r.type === 1 && r.components.every((b: any) => b.type === 2 && b.style === 2))).toBe(true);
  });

  it('autocomplete keeps a value of exactly 100 characters and skips one of 101', () => {
    const choices = autocompleteChoices(['v'.repeat(100), 'w'.repeat(101), '  spaced  ']);
    expect(choices).toEqual([
      { name: 'v'.repeat(100), value: 'v'.repeat(100) },
      { name: 'spaced', value: 'spaced' },
    ]);
  });

  it('any answer, with texts as long as the generator allows, stays within every limit', () => {
    const long = (maxLength: number) => fc.string({ maxLength, size: 'max' });
    fc.assert(
      fc.property(
        fc.record({
          text: long(8000),
          period: long(1500),
          citations: fc.array(fc.record({ document: fc.constantFrom('a/x.md', 'b/y.md'), line: fc.nat(9999), quote: long(600) }), { maxLength: 40, size: 'max' }),
          derivations: fc.array(fc.record({ label: long(200), value: long(40), formula: long(900) }), { maxLength: 20, size: 'max' }),
        }),
        (over) => {
          const e = answerEmbed(answer(over));
          expect(e.description!.length).toBeGreaterThan(0);
          expect(e.description!.length).toBeLessThanOrEqual(DISCORD.embedDescription);
          for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(DISCORD.embedFieldValue);
          expect(embedTotal(e)).toBeLessThanOrEqual(DISCORD.embedTotal);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('Slack limits, at and one past', () => {
  it('text of exactly 3,000 characters is one section; one more is two, split at a space', () => {
    const at = `${'a'.repeat(1500)} ${'b'.repeat(1499)}`;
    expect(slackTexts(renderAnswer(answer({ text: at })).blocks)).toEqual([at]);
    const past = `${at}c`;
    expect(slackTexts(renderAnswer(answer({ text: past })).blocks)).toEqual([`${'a'.repeat(1500)} `, `${'b'.repeat(1499)}c`]);
    expect(renderAnswer(answer({ text: past })).text).toBe(`${'a'.repeat(1500)} …`);
  });

  it('escaping counts: 600 ampersands are 3,000 characters escaped and fit; 601 do not', () => {
    expect(fitText('&'.repeat(600), SLACK.text, 1)).toEqual(['&amp;'.repeat(600)]);
    expect(fitText('&'.repeat(601), SLACK.text, 2)).toEqual(['&amp;'.repeat(600), '&amp;']);
    expect(fitText('&'.repeat(601), SLACK.text, 1)).toEqual([`${'&amp;'.repeat(599)}…`]);
  });

  it('a piece breaks after the last space or newline that fits, never at the very start', () => {
    expect(fitText('ab cd ef', 5, 3)).toEqual(['ab ', 'cd ef']);
    expect(fitText('ab\ncd ef', 6, 2)).toEqual(['ab\ncd ', 'ef']);
    expect(fitText('ab\ncdef', 5, 2)).toEqual(['ab\n', 'cdef']);
    expect(fitText(' abcdefgh', 4, 3)).toEqual([' abc', 'defg', 'h']);
    expect(fitText('abcdefghi', 4, 2)).toEqual(['abcd', 'efg…']);
  });

  it('a button label of 75 is whole, of 76 cut to 75 with an ellipsis', () => {
    const msg = renderAnswer(answer({ status: 'clarify', choices: [{ label: 'x'.repeat(75), question: 'q1' }, { label: 'y'.repeat(76), question: 'q2' }] }));
    const buttons = (msg.blocks.find((b) => b.type === 'actions') as any).elements;
    expect(buttons.map((b: any) => b.text.text)).toEqual(['x'.repeat(75), `${'y'.repeat(74)}…`]);
    expect(buttons.map((b: any) => b.action_id)).toEqual(['qfin_choice_0', 'qfin_choice_1']);
  });

  it('an answer (not a clarify) shows no choice buttons, even with choices', () => {
    const msg = renderAnswer(answer({ status: 'answer', choices: [{ label: 'a', question: 'b' }] }));
    expect(msg.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(renderAnswer(answer({ status: 'clarify', choices: [] })).blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('many notes fill the blocks the text and the buttons leave, the text keeping one', () => {
    const citations = Array.from({ length: 600 }, (_, i) => cite(i + 1, `q${i}`));
    const msg = renderAnswer(answer({ text: 'T', citations, status: 'clarify', choices: [{ label: 'a', question: 'b' }] }), { question: 'Q', postValue: 'p' });
    expect(msg.blocks).toHaveLength(SLACK.blocks);
    expect(msg.blocks.map((b) => b.type).slice(0, 3)).toEqual(['context', 'section', 'context']);
    expect(msg.blocks.slice(-2).map((b) => b.type)).toEqual(['actions', 'actions']);
    expect(msg.blocks.filter((b) => b.type === 'context')).toHaveLength(SLACK.blocks - 4 + 1);
  });

  it('with a table too, notes and text share what the table leaves: the text still one section, cut', () => {
    const citations = Array.from({ length: 600 }, (_, i) => cite(i + 1, `q${i}`));
    const text = `By line:\n- a: 1\n- b: 2\n${'word '.repeat(20_000)}`;
    const msg = renderAnswer(answer({ text, citations }), { question: 'Q', postValue: 'p' });
    const types = msg.blocks.map((b) => b.type);
    expect(types).toEqual(['context', 'section', 'table', ...Array(SLACK.blocks - 4).fill('context'), 'actions']);
    const section = (msg.blocks[1] as any).text.text as string;
    expect(section.startsWith('By line:\nword word')).toBe(true);
    expect(section.endsWith('…')).toBe(true);
  });

  it('a text that is only a table shows the table and no section; a How: line stays when no derivation shows it', () => {
    expect(renderAnswer(answer({ text: '- a: 1\n- b: 2' })).blocks.map((b) => b.type)).toEqual(['table']);
    const how = renderAnswer(answer({ text: 'Up.\nHow: the text says so' }));
    expect((how.blocks[0] as any).text.text).toBe('Up.\nHow: the text says so');
  });

  it('at most 25 choice buttons, and the post button as Slack shows it', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ label: `c${i}`, question: `q${i}` }));
    const msg = renderAnswer(answer({ status: 'clarify', choices }), { postValue: 'k' });
    const [buttons, post] = msg.blocks.filter((b) => b.type === 'actions') as any[];
    expect(buttons.elements).toHaveLength(25);
    expect(post.elements).toEqual([{ type: 'button', action_id: expect.any(String), text: { type: 'plain_text', text: 'Post to channel' }, value: 'k' }]);
  });

  it('a text of only whitespace shows no empty section', () => {
    const msg = renderAnswer(answer({ text: ' \n\t ', citations: [cite(1, 'q')] }));
    expect(msg.blocks.map((b) => b.type)).toEqual(['context']);
  });
});
